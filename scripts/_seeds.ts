import { loadScenarioFile } from '../scenarios/load-file.ts';
import { checkCalibration, checkBoundedness, loadObserved } from './calibration-check.ts';
import { runScenario } from '../sim/index.ts';
const r = loadScenarioFile('scenarios/bundled/san-ysidro-northbound.yaml');
if (!r.ok) throw new Error('bad');
const obs = loadObserved('scenarios/observed/san-ysidro-weekday-hourly.json');
for (const seed of [2019, 1, 2, 3, 4, 5]) {
  const rep = checkCalibration(r.scenario, obs, { replications: 5, days: 2, seed });
  const l = (t: string) => rep.lanes.find((x) => x.type === t)!;
  const g = rep.loads.map((x) => `${x.laneId}:${((x.gaveUpShare ?? 0) * 100).toFixed(2)}`).join(' ');
  const b = checkBoundedness(r.scenario, { volume: 1.1, days: 3, replications: 3, seed });
  console.log(seed, ['general', 'ready', 'sentri', 'pedestrian'].map((t) => l(t).correlation!.toFixed(3)).join(' '), 'R/G', l('ready').ratioToGeneral!.simulated!.toFixed(2), 'S/G', l('sentri').ratioToGeneral!.simulated!.toFixed(2), '02h', l('general').simulated.byHour[2]!.toFixed(1), '19h', l('general').simulated.byHour[19]!.toFixed(1), '22h', l('general').simulated.byHour[22]!.toFixed(1), 'peak', l('general').simulatedPeakHour, 'means', ['general','ready','sentri','pedestrian'].map((t)=>l(t).simulated.mean!.toFixed(1)).join('/'), g, '| x1.1', b.bounded, b.lanes.map((x)=>`${x.laneId}:${x.endOfDayQueue.map(v=>v.toFixed(0)).join(',')} gu${((x.gaveUpShare??0)*100).toFixed(1)}`).join(' '));
}
const t0 = Date.now();
const doc = runScenario(r.scenario, { replications: 5 });
console.log('5-rep run', Date.now() - t0, 'ms', doc.ports[0].lanes.map((l) => `${l.id}:${l.figures.wait.mean.mean!.toFixed(1)} gu ${(l.figures.gaveUpShare.mean!*100).toFixed(2)}`).join(' '));
