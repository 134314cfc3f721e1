/**
 * Wraps a blog post's content to show, on a translated post whose English source changed since
 * it was translated, a notice linking to the English post (see src/plugins/stale-translations).
 * Only on the post's own page, not in the blog's list pages.
 */
import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import StaleTranslationNotice from '@site/src/components/StaleTranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  return (
    <>
      {isBlogPostPage && <StaleTranslationNotice source={metadata.source} />}
      <Content {...props} />
    </>
  );
}
