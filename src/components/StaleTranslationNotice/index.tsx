import React from 'react';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import type {StaleTranslationsData} from '@site/src/plugins/stale-translations';

/**
 * Tells readers of a translated page that its English source changed since it was translated,
 * with a link to the English page. Renders nothing when the translation is current.
 * `source` is the page's metadata source ("@site/i18n/fr/…").
 */
export default function StaleTranslationNotice({source}: {source: string}): React.ReactNode {
  const data = usePluginData('cmh-stale-translations') as StaleTranslationsData | undefined;
  const {createUrl} = useAlternatePageUtils();
  if (!data?.stale.includes(source)) return null;
  const english = createUrl({locale: 'en', fullyQualified: false});
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" data-stale-translation="">
      <Translate id="staleTranslation.notice" description="Notice on a translated page whose English source changed since it was translated">
        The English version of this page has been updated since this translation was made.
      </Translate>{' '}
      <a href={english} hrefLang="en">
        <Translate id="staleTranslation.link" description="Link from the stale-translation notice to the English page">
          Read the English version
        </Translate>
      </a>
    </div>
  );
}
