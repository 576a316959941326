// Every text of the page, by language and namespace. A part of the page that has text owns one
// namespace file per language; add it here in all three languages.

import enCommon from './locales/en/common.ts';
import esCommon from './locales/es/common.ts';
import frCommon from './locales/fr/common.ts';
import enCharts from './locales/en/charts.ts';
import esCharts from './locales/es/charts.ts';
import frCharts from './locales/fr/charts.ts';
import enGlossary from './locales/en/glossary.ts';
import esGlossary from './locales/es/glossary.ts';
import frGlossary from './locales/fr/glossary.ts';
import enLessons from './locales/en/lessons.ts';
import esLessons from './locales/es/lessons.ts';
import frLessons from './locales/fr/lessons.ts';

export const RESOURCES = {
  en: { common: enCommon, charts: enCharts, glossary: enGlossary, lessons: enLessons },
  es: { common: esCommon, charts: esCharts, glossary: esGlossary, lessons: esLessons },
  fr: { common: frCommon, charts: frCharts, glossary: frGlossary, lessons: frLessons },
};
