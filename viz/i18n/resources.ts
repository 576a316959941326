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
import enTray from './locales/en/tray.ts';
import esTray from './locales/es/tray.ts';
import frTray from './locales/fr/tray.ts';
import enStaffing from './locales/en/staffing.ts';
import esStaffing from './locales/es/staffing.ts';
import frStaffing from './locales/fr/staffing.ts';
import enObserved from './locales/en/observed.ts';
import esObserved from './locales/es/observed.ts';
import frObserved from './locales/fr/observed.ts';
import enReport from './locales/en/report.ts';
import esReport from './locales/es/report.ts';
import frReport from './locales/fr/report.ts';

export const RESOURCES = {
  en: { common: enCommon, app: enApp, compare: enCompare, tray: enTray, staffing: enStaffing, observed: enObserved, report: enReport },
  es: { common: esCommon, app: esApp, compare: esCompare, tray: esTray, staffing: esStaffing, observed: esObserved, report: esReport },
  fr: { common: frCommon, app: frApp, compare: frCompare, tray: frTray, staffing: frStaffing, observed: frObserved, report: frReport },
};
