// The site's own Docusaurus config with translations read from and written to $CMH_I18N_DIR.
// Used by check-translations.mjs to let `docusaurus write-translations --locale en` extract the
// English defaults of every interface string into a temporary folder, never into i18n/.
import config from '../../docusaurus.config.ts';

export default {...config, i18n: {...config.i18n, path: process.env.CMH_I18N_DIR}};
