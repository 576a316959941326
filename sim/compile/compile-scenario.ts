// The compile step: a validated scenario becomes plain model data (samplers, staffing tables, eligibility, screening stages), once.

import type { Flow, LaneGroup, Port, Program } from '../../scenarios/schema.ts';
import { Scenario } from '../../scenarios/scenario.ts';
import type { PolicyWindow } from '../../scenarios/screening-schema.ts';
import { exclusivity, modesOf, programsOf } from '../../scenarios/lane-defaults.ts';
import { scenarioHash } from '../../scenarios/hash.ts';
import type { CompiledFlow, CompiledLane, CompiledLaneManagement, CompiledModel, CompiledPort, CompiledRegion } from '../model/compiled.ts';
import type { CompiledPolicy } from '../model/policies.ts';
import { DIRECTIONS, ELIGIBILITIES, MODES, eligibilityBase, eligibilityKey, type Direction, type Eligibility, type Mode } from '../model/vocabulary.ts';
import { STAGES, type StageDefinition } from '../stages/index.ts';
import { byType } from '../stages/definition.ts';
import { compileDistribution } from './distribution.ts';
import { derivedProblems } from './workload.ts';
import { ScenarioLimitError } from '../model/limits.ts';
import { scaled } from '../random/samplers.ts';
import { compileStaffing } from './staffing.ts';
import { holidayDays } from '../../scenarios/calendar.ts';
import { forDayType } from '../../scenarios/staffing.ts';
import { DAY_TYPES } from '../model/calendar.ts';
import type { StaffingTable } from '../model/staffing.ts';

/** Programs in the order their shares are laid end to end on [0, 1). */
export const PROGRAM_ORDER: Program[] = ['ready', 'sentri', 'nexus', 'fast'];
const TRUSTED_KINDS = new Set(['ready', 'nexus', 'sentri', 'fast', 'pedestrian-ready', 'pedestrian-sentri']);
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HOUR = 3600;

/** Options of `compileScenario`: `stages` replaces the screening pipeline (default: `STAGES`). */
export interface CompileOptions {
  /** The screening pipeline, in order (default: every bundled stage, `STAGES`). */
  stages?: readonly StageDefinition[];
  /**
   * Whether the vehicles in line at the start (`initialQueue`) count in the wait figures
   * (default true). A forecast leaves them out: they arrived before the run, so only part of
   * their wait falls inside it, and the hour's figures are those of the vehicles arriving in it.
   */
  measureInitialLines?: boolean;
}

/**
 * Compiles a scenario (validated here, so a scenario built in code gets the same checks
 * and defaults as a file) into the model the engine runs.
 */
export function compileScenario(input: Scenario, options: CompileOptions = {}): CompiledModel {
  const scenario = Scenario.parse(input);
  const derived = derivedProblems(scenario);
  if (derived.length > 0) throw new ScenarioLimitError(derived);
  const stages = options.stages ?? STAGES;
  const ports = scenario.ports.map((p, i) => compilePort(p, i, scenario, stages));
  return {
    name: scenario.name,
    hash: scenarioHash(scenario),
    seed: scenario.seed,
    replications: scenario.replications,
    horizonHours: scenario.horizonHours,
    warmupHours: scenario.warmupHours,
    endOfRun: scenario.endOfRun,
    drainCapHours: scenario.drainCapHours,
    startHour: scenario.startHour,
    startDay: scenario.startDay,
    startDayIndex: DAYS.indexOf(scenario.startDay),
    holidays: scenario.calendar ? holidayDays(scenario.calendar) : [],
    contrabandTypes: scenario.contrabandTypes.map((t) => ({ id: t.id, radiological: t.radiological })),
    referralReasons: stages.map((s) => s.reason),
    valueOfTimePerHour: { ...scenario.valueOfTimePerHour },
    ports,
    region: compileRegion(scenario),
    waitThresholdsMinutes: [...scenario.report.waitThresholdsMinutes],
    measureInitialLines: options.measureInitialLines ?? true,
  };
}

function compilePort(port: Port, index: number, scenario: Scenario, definitions: readonly StageDefinition[]): CompiledPort {
  const flows = port.flows.map((f, i) => compileFlow(f, i, scenario));
  const lanes = port.laneGroups.map((l, i) => compileLane(l, i, port, scenario));
  for (const l of lanes) {
    if (l.trusted) l.generalTwin = lanes.find((g) => g.kind === 'general' && g.modes.some((m) => l.modes.includes(m)))?.index ?? -1;
  }
  const dynamic = lanes.some((l) => l.trusted && l.policies.some((p) => p.trustedSuspended));
  const eligible = dynamic ? null : eligibilityTable(lanes);
  const stages: CompiledPort['stages'] = [];
  const stageReasons: number[] = [];
  definitions.forEach((def, i) => {
    const stage = def.compile(port, scenario, { lanes, distribution: compileDistribution });
    if (stage) {
      stages.push(stage);
      stageReasons.push(i);
    }
  });
  const sec = port.secondary;
  const types = scenario.contrabandTypes;
  // Midnight is always a change: the day type may change there.
  const hours = new Set<number>([0]);
  const addHours = (t: StaffingTable | null) => {
    for (const day of t ? [t, ...(t.byDayType ?? [])] : []) for (const h of day.hours) hours.add(h);
  };
  for (const l of lanes) addHours(l.staffing);
  const secondaryStaffing = compileStaffing(sec?.officers);
  addHours(secondaryStaffing);
  const imagingStaffing = compileStaffing(port.imaging?.officers);
  addHours(imagingStaffing);
  return {
    index,
    id: port.id,
    name: port.name,
    flows,
    lanes,
    laneChoice: { volumeShares: port.laneChoice.rule === 'volume-shares', programLaneShare: port.laneChoice.programLaneShare },
    eligible,
    stages,
    stageReasons,
    secondary: sec
      ? {
          bays: sec.bays,
          staffing: secondaryStaffing,
          minutes: compileDistribution(sec.minutes),
          detection: byType(types, sec.detection),
          inspections: sec.inspections.map((ins) => ({
            id: ins.id,
            kind: ins.kind,
            modes: ins.modes ?? null,
            weight: ins.weight,
            minutes: compileDistribution(ins.minutes),
            detection: byType(types, ins.detection.probability, ins.detection.byType),
          })),
        }
      : null,
    imaging: port.imaging ? { scanners: port.imaging.scanners, staffing: imagingStaffing, scan: compileDistribution(port.imaging.scanMinutes) } : null,
    staffingHours: [...hours].sort((a, b) => a - b),
    policyBoundaries: [...new Set(lanes.flatMap((l) => l.policies.filter((p) => p.extraOfficers > 0 || p.trustedSuspended).flatMap((p) => [p.start, p.end])))].sort((a, b) => a - b),
    laneManagement: compileLaneManagement(port.laneManagement),
  };
}

/** Idle emission factors of a mode, grams per second (from grams per vehicle-hour); pedestrians emit nothing. */
function idleGramsPerSecond(mode: Flow['mode'], scenario: Scenario): [number, number, number] | null {
  const e = scenario.emissions;
  if (!e) return null;
  const g = mode === 'pedestrian' ? undefined : e.idleGramsPerHour[mode];
  return g ? [g.co2 / 3600, g.nox / 3600, g.pm25 / 3600] : [0, 0, 0];
}

function compileFlow(f: Flow, index: number, scenario: Scenario): CompiledFlow {
  let cum = 0;
  const programCum = PROGRAM_ORDER.map((p) => (cum += f.programs[p] ?? 0));
  const types = scenario.contrabandTypes;
  const mix = f.contraband.mix;
  const weights = types.map((t) => (mix ? (Object.hasOwn(mix, t.id) ? mix[t.id] : 0) : 1));
  const wTotal = weights.reduce((a, b) => a + b, 0) || 1;
  let wc = 0;
  const flat = new Array<number>(24).fill(1);
  const given = f.hourlyProfile ?? flat;
  const shares = (profile: number[]) => {
    const total = profile.reduce((a, b) => a + b, 0);
    return profile.map((w) => (total > 0 ? w / total : 0));
  };
  const byDayType = DAY_TYPES.map((d) => shares(Array.isArray(given) ? given : forDayType(given, d)));
  const dayOfWeek = f.dayOfWeek ?? new Array<number>(7).fill(1);
  return {
    index,
    id: f.id,
    label: f.label ?? f.id,
    mode: f.mode,
    direction: f.direction,
    eligibilityBase: eligibilityBase(f.mode, f.direction),
    perDay: f.perDay,
    hourShares: byDayType[0],
    hourSharesByDayType: byDayType,
    dayOfWeek,
    holidayFactor: f.holidayFactor ?? dayOfWeek[6],
    surges: f.surges.map((s) => ({ ...s })),
    programCum,
    contrabandShare: f.contraband.share,
    memberContrabandShare: f.contraband.memberShare ?? f.contraband.share,
    typeCum: weights.map((w) => (wc += w / wTotal)),
    regulatedShare: f.regulatedShare,
    precleared: f.precleared
      ? { share: f.precleared.share, pass: compileDistribution(f.precleared.passSeconds), verificationRate: f.precleared.verificationRate }
      : null,
    occupants: f.occupants ? compileDistribution(f.occupants) : null,
    valuePerHour: scenario.valueOfTimePerHour[f.mode] ?? 0,
    idleGramsPerSecond: idleGramsPerSecond(f.mode, scenario),
    patience: f.patience
      ? {
          seconds: scaled(compileDistribution(f.patience.minutes), 60),
          balk: f.patience.balk,
          outcomeCum: [f.patience.outcome.otherPort, f.patience.outcome.otherPort + f.patience.outcome.postpone],
        }
      : null,
  };
}

function compileLaneManagement(m: Port['laneManagement']): CompiledLaneManagement | null {
  if (!m) return null;
  return {
    flexOfficers: compileStaffing(m.flexOfficers)!,
    openAboveSeconds: m.openAboveMinutes * 60,
    closeBelowSeconds: m.closeBelowMinutes * 60,
    maxOpeningsPerHour: m.maxOpeningsPerHour,
    checkEverySeconds: m.checkEveryMinutes * 60,
  };
}

function compileLane(lane: LaneGroup, index: number, port: Port, scenario: Scenario): CompiledLane {
  const modes = modesOf(lane);
  const fallback = compileDistribution(lane.primarySeconds);
  const byProgram = ELIGIBILITIES.map((e) => (Object.hasOwn(lane.primaryByProgram, e) ? compileDistribution(lane.primaryByProgram[e]!) : fallback));
  const service = port.flows.map((f) => {
    if (!Object.hasOwn(lane.primaryByFlow, f.id)) return byProgram;
    const own = compileDistribution(lane.primaryByFlow[f.id]);
    return ELIGIBILITIES.map(() => own);
  });
  const stackFactor = lane.stacking ? lane.stacking.boothsPerLane / lane.stacking.throughputPerLane : 1;
  // Mean time at the booth weighted by the daily volume of the flows (and their programs) the lane group may serve.
  const programs = programsOf(lane);
  let volume = 0;
  let weighted = 0;
  port.flows.forEach((f, i) => {
    if (f.direction !== lane.direction || !modes.includes(f.mode) || f.perDay === 0) return;
    const members = PROGRAM_ORDER.reduce((a, p) => a + (f.programs[p] ?? 0), 0);
    ELIGIBILITIES.forEach((e, k) => {
      const share = e === 'none' ? 1 - members : (f.programs[e as Program] ?? 0);
      if (share <= 0 || !programs.includes(e)) return;
      volume += f.perDay * share;
      weighted += f.perDay * share * service[i][k].mean;
    });
  });
  const meanPrimarySeconds = stackFactor * (volume === 0 ? fallback.mean : weighted / volume);
  return {
    index,
    id: lane.id,
    kind: lane.kind,
    label: lane.label ?? lane.id,
    direction: lane.direction,
    modes,
    programs: programsOf(lane),
    trusted: TRUSTED_KINDS.has(lane.kind),
    exclusivity: exclusivity(lane),
    booths: lane.booths,
    perBooth: lane.discipline === 'per-booth' && lane.booths > 0,
    finishOnOvertime: lane.shiftEnd === 'finish',
    discipline: lane.discipline,
    staffing: compileStaffing(lane.officers),
    service,
    defaultService: byProgram,
    stackFactor,
    boothsPerLane: lane.stacking?.boothsPerLane ?? 1,
    managed: !!port.laneManagement && (!port.laneManagement.lanes || port.laneManagement.lanes.includes(lane.id)),
    meanPrimarySeconds,
    generalTwin: -1,
    referral: { random: lane.referral.random, threshold: lane.referral.targeting ? lane.referral.targeting.threshold : null },
    detection: { byType: byType(scenario.contrabandTypes, lane.detection.primary, lane.detection.byType), timeDependent: lane.detection.timeDependent },
    initialQueue: lane.initialQueue,
    initialStaffing: lane.initialOfficers ? { officers: lane.initialOfficers.officers, until: lane.initialOfficers.hours * HOUR } : null,
    policies: scenario.policies.filter((p) => applies(p, port.id, lane)).map(compilePolicy),
  };
}

function applies(p: PolicyWindow, portId: string, lane: LaneGroup): boolean {
  return (!p.ports || p.ports.includes(portId)) && (!p.lanes || p.lanes.includes(lane.id)) && (!p.direction || p.direction === lane.direction);
}

function compilePolicy(p: PolicyWindow): CompiledPolicy {
  return {
    start: p.startHour * HOUR,
    end: p.endHour * HOUR,
    randomReferral: p.randomReferral ?? null,
    primaryTimeFactor: p.primaryTimeFactor ?? null,
    extraOfficers: p.extraOfficers ?? 0,
    trustedSuspended: p.trustedLanes === 'suspended',
    noPrimary: p.noPrimary ? { programs: p.noPrimary.programs, pass: compileDistribution(p.noPrimary.passSeconds), judgment: p.noPrimary.judgment } : null,
  };
}

/** Eligible lane indices for every (mode, direction, program). */
function eligibilityTable(lanes: CompiledLane[]): number[][] {
  const table: number[][] = [];
  for (const m of MODES as readonly Mode[]) {
    for (const d of DIRECTIONS as readonly Direction[]) {
      for (const e of ELIGIBILITIES as readonly Eligibility[]) {
        table[eligibilityKey(m, d, e)] = lanes.filter((l) => l.direction === d && l.modes.includes(m) && l.programs.includes(e)).map((l) => l.index);
      }
    }
  }
  return table;
}

function compileRegion(scenario: Scenario): CompiledRegion {
  const ids = scenario.ports.map((p) => p.id);
  const drive = ids.map((_, i) => ids.map((_, j) => (i === j ? 0 : Infinity)));
  for (const d of scenario.region?.drivingMinutes ?? []) {
    const a = ids.indexOf(d.between[0]);
    const b = ids.indexOf(d.between[1]);
    if (a >= 0 && b >= 0) drive[a][b] = drive[b][a] = d.minutes * 60;
  }
  const sw = scenario.region?.switching;
  const sm = scenario.smugglers;
  const flowAt = scenario.ports.map((o) => o.flows.map((f) => scenario.ports.map((p) => p.flows.findIndex((g) => g.id === f.id))));
  return {
    drive,
    flowAt,
    switching: sw ? { share: sw.share, thresholdSeconds: sw.thresholdMinutes * 60 } : null,
    smugglers: sm
      ? {
          adaptiveShare: sm.adaptiveShare,
          choosePort: sm.choose.includes('port'),
          chooseLane: sm.choose.includes('lane'),
          chooseHour: sm.choose.includes('hour'),
          lagSeconds: sm.lagHours * HOUR,
          priorDetection: sm.priorDetection,
          priorWeight: sm.priorWeight,
          deterrence: sm.deterrence ? { ...sm.deterrence } : null,
        }
      : null,
  };
}
