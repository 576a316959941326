// Every namespace of the page's frame, panels and charts in this language (the port view, the
// editor and the lessons bring theirs when they load).
import app from './app.ts';
import charts from './charts.ts';
import common from './common.ts';
import compare from './compare.ts';
import glossary from './glossary.ts';
import observed from './observed.ts';
import report from './report.ts';
import staffing from './staffing.ts';
import tray from './tray.ts';

export default { app, charts, common, compare, glossary, observed, report, staffing, tray };
