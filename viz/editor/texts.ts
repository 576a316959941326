// The texts of the scenario editor in every language, registered when it loads (it is a chunk of its own,
// so the first page load does not carry them). Its modules take `t` from here, so the texts are
// there whichever module is loaded first.
import { addTexts } from '../i18n/index.ts';
import en from '../i18n/locales/en/editor.ts';
import es from '../i18n/locales/es/editor.ts';
import fr from '../i18n/locales/fr/editor.ts';

addTexts('editor', { en, es, fr });

export { language, t } from '../i18n/index.ts';
