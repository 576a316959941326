// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';
import enApp from './locales/en/app.ts';
import esApp from './locales/es/app.ts';
import frApp from './locales/fr/app.ts';
import enCompare from './locales/en/compare.ts';
import esCompare from './locales/es/compare.ts';
import frCompare from './locales/fr/compare.ts';

export const RESOURCES = {
  en: { common: enCommon, app: enApp, compare: enCompare },
  es: { common: esCommon, app: esApp, compare: esCompare },
  fr: { common: frCommon, app: frApp, compare: frCompare },
};
