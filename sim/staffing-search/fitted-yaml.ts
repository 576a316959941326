// Writes the fitted scenario as YAML by editing the scenario file's own text, so its comments, order and defaults left unsaid survive.

import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { StaffResult } from './staff.ts';

/**
 * The scenario file's text (YAML or JSON) with the searched lane groups' `officers` replaced by
 * `{ byHour: [24] }` or, where the search kept the scenario's shifts, `{ shifts }` with the officers found, and, when the search added a wait threshold, `report.waitThresholdsMinutes`
 * as it ran. Everything else — comments included — is kept as written. Returns YAML.
 */
export function fittedScenarioYaml(sourceText: string, result: StaffResult): string {
  let doc: Document = parseDocument(sourceText);
  if (doc.errors.length > 0) throw new SyntaxError(`the scenario text does not parse: ${doc.errors[0].message}`);
  // A JSON file is one flow collection: rebuilt in block style it reads as a YAML scenario (JSON has no comments to lose).
  if (isMap(doc.contents) && doc.contents.flow) doc = new Document(doc.toJS());
  for (const lane of result.lanes) {
    const path = lanePath(doc, lane.port, lane.lane);
    const node = doc.createNode(lane.shifts ? { shifts: lane.shifts } : { byHour: lane.officersByHour });
    const list = isMap(node) ? node.get(lane.shifts ? 'shifts' : 'byHour', true) : null;
    // byHour on one line; one shift a line, as planners write them.
    if (isSeq(list)) {
      if (lane.shifts) {
        for (const item of list.items) if (isMap(item)) item.flow = true;
      } else list.flow = true;
    }
    doc.setIn([...path, 'officers'], node);
  }
  const thresholds = result.scenario.report.waitThresholdsMinutes;
  const written = doc.getIn(['report', 'waitThresholdsMinutes']);
  const same = isSeq(written) && JSON.stringify(written.toJSON()) === JSON.stringify(thresholds);
  if (!same && result.target.thresholdMinutes !== undefined) {
    const node = doc.createNode(thresholds);
    if (isSeq(node)) node.flow = true;
    doc.setIn(['report', 'waitThresholdsMinutes'], node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** The path of lane group `port/lane` in a parsed scenario document (throws `RangeError` when it is not there). */
export function lanePath(doc: Document, port: string, lane: string): (string | number)[] {
  const ports = doc.get('ports');
  if (isSeq(ports)) {
    for (let pi = 0; pi < ports.items.length; pi++) {
      const p = ports.items[pi];
      if (!isMap(p) || p.get('id') !== port) continue;
      const lanes = p.get('laneGroups');
      if (!isSeq(lanes)) break;
      for (let li = 0; li < lanes.items.length; li++) {
        const l = lanes.items[li];
        if (isMap(l) && l.get('id') === lane) return ['ports', pi, 'laneGroups', li];
      }
    }
  }
  throw new RangeError(`lane group ${port}/${lane} is not in the scenario text`);
}
