// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';
import enPlaza from './locales/en/plaza.ts';
import esPlaza from './locales/es/plaza.ts';
import frPlaza from './locales/fr/plaza.ts';

export const RESOURCES = {
  en: { common: enCommon, plaza: enPlaza },
  es: { common: esCommon, plaza: esPlaza },
  fr: { common: frCommon, plaza: frPlaza },
};
