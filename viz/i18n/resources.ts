// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';
import enPlaza from './locales/en/plaza.ts';
import esPlaza from './locales/es/plaza.ts';
import frPlaza from './locales/fr/plaza.ts';
import enEditor from './locales/en/editor.ts';
import esEditor from './locales/es/editor.ts';
import frEditor from './locales/fr/editor.ts';

export const RESOURCES = {
  en: { common: enCommon, plaza: enPlaza, editor: enEditor },
  es: { common: esCommon, plaza: esPlaza, editor: esEditor },
  fr: { common: frCommon, plaza: frPlaza, editor: frEditor },
};
