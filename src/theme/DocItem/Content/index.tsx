/**
 * Wraps the doc content to show, on a translated page whose English source changed since it was
 * translated, a notice linking to the English page (see src/plugins/stale-translations).
 */
import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import StaleTranslationNotice from '@site/src/components/StaleTranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <StaleTranslationNotice source={metadata.source} />
      <Content {...props} />
    </>
  );
}
