// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';

export const RESOURCES = {
  en: { common: enCommon },
  es: { common: esCommon },
  fr: { common: frCommon },
};
