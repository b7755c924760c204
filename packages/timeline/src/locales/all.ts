// Every language the elements have words for besides English, as the one-file embed
// has them: `import '@summitline/timeline/locales/all.js'`.
import './fr.js';
import './de.js';
import './zh.js';
import './zh-Hant.js';
import './ar.js';
