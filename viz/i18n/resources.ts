// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';
import enCharts from './locales/en/charts.ts';
import esCharts from './locales/es/charts.ts';
import frCharts from './locales/fr/charts.ts';

export const RESOURCES = {
  en: { common: enCommon, charts: enCharts },
  es: { common: esCommon, charts: esCharts },
  fr: { common: frCommon, charts: frCharts },
};
