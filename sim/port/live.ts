// A replication that can be advanced a slice at a time and looked at in between — what the animated port view drives.
//
// It is the same model and the same random streams as a batch replication: the animation
// shows what the simulation does, not a separate toy.

import { Simulation } from '../kernel/simulation.ts';
import { RandomStreams } from '../random/streams.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { Calendar, HOUR } from './calendar.ts';
import { statusOf, type PortModel } from './port-model.ts';
import { buildPorts } from './replication.ts';
import type { Traveler } from './traveler.ts';

export interface VehicleView {
  id: number;
  flow: string;
  mode: string;
  program: string;
  lane: string;
  booth: number;
  arrivedAt: number;
  primaryStart: number | null;
  primaryEnd: number | null;
  referral: string | null;
  secondaryStart: number | null;
  secondaryEnd: number | null;
  seized: boolean;
  /** Where the vehicle is now. */
  stage: 'driving' | 'imaging' | 'in-line' | 'at-primary' | 'secondary-line' | 'at-secondary' | 'exited';
  contraband: boolean;
  scanned: boolean;
  passed: boolean;
}

export interface LaneView {
  id: string;
  kind: string;
  label: string;
  booths: number;
  /** Booths staffed now. */
  open: number;
  /** Booths with a vehicle being inspected now. */
  busy: number;
  lineLength: number;
}

export interface PortView {
  id: string;
  name: string;
  lanes: LaneView[];
  secondary: { bays: number; open: number; busy: number; lineLength: number } | null;
  arrived: number;
  exited: number;
  seizures: number;
}

export interface LiveSnapshot {
  /** Seconds since the start of the run. */
  time: number;
  /** Clock time as hours since the first midnight (e.g. 30.5 = day 2, 06:30). */
  clockHours: number;
  events: number;
  ports: PortView[];
}

export class LiveRun {
  readonly sim = new Simulation();
  readonly horizon: number;
  private readonly ports: PortModel[];
  private readonly calendar: Calendar;
  private readonly exited: Traveler[] = [];

  constructor(
    readonly scenario: Scenario,
    options: { replication?: number; seed?: number; keepExited?: number } = {},
  ) {
    const keep = options.keepExited ?? 200;
    const streams = new RandomStreams(options.seed ?? scenario.seed, options.replication ?? 0);
    this.calendar = new Calendar(scenario.startHour, scenario.startDay);
    this.horizon = scenario.horizonHours * HOUR;
    this.ports = buildPorts(this.sim, scenario, streams, {
      onRecord: (t, status) => {
        if (status !== 'exited') return;
        this.exited.push(t);
        if (this.exited.length > keep) this.exited.shift();
      },
    });
  }

  get now(): number {
    return this.sim.now;
  }

  get done(): boolean {
    return this.sim.now >= this.horizon || this.sim.peek() >= this.horizon;
  }

  /** Runs every event before `time` (capped at the horizon). */
  advanceTo(time: number): void {
    const until = Math.min(time, this.horizon);
    if (until > this.sim.now) this.sim.run({ until });
  }

  /** Processes one event (if it falls before the horizon). Returns false at the end. */
  step(): boolean {
    if (this.sim.peek() >= this.horizon) return false;
    return this.sim.step();
  }

  /** Time of the next event, or Infinity. */
  nextEventTime(): number {
    return this.sim.peek();
  }

  snapshot(): LiveSnapshot {
    return {
      time: this.sim.now,
      clockHours: this.calendar.clock(this.sim.now) / HOUR,
      events: this.sim.eventsProcessed,
      ports: this.ports.map((p) => ({
        id: p.spec.id,
        name: p.spec.name,
        lanes: p.lanes.map((l) => ({
          id: l.id,
          kind: l.spec.kind,
          label: l.spec.label ?? l.id,
          booths: l.spec.booths,
          open: l.open,
          busy: l.inService,
          lineLength: l.lineLength,
        })),
        secondary:
          p.secondary && p.spec.secondary
            ? { bays: p.spec.secondary.bays, open: p.secondary.capacity, busy: p.secondary.busy, lineLength: p.secondary.queueLength }
            : null,
        arrived: p.arrivedAll,
        exited: p.exitedAll,
        seizures: p.total.seizures,
      })),
    };
  }

  /** Vehicles inside each port now (oldest first), for drawing. */
  vehicles(portIndex = 0): VehicleView[] {
    const p = this.ports[portIndex];
    return p.travelersInside().map((t) => this.view(p, t));
  }

  /** The most recent vehicles to leave (newest last), for journeys of vehicles already gone. */
  recentlyExited(portIndex = 0): VehicleView[] {
    const p = this.ports[portIndex];
    return this.exited.filter((t) => t.port === portIndex).map((t) => this.view(p, t));
  }

  private view(p: PortModel, t: Traveler): VehicleView {
    const n = (x: number) => (x < 0 ? null : x);
    const st = statusOf(t);
    const stage: VehicleView['stage'] =
      st === 'in-secondary' ? (t.secondaryStart < 0 ? 'secondary-line' : 'at-secondary') : st;
    return {
      id: t.id,
      flow: t.flowId,
      mode: this.ports[t.originPort].spec.flows[t.flow].mode,
      program: t.program,
      lane: t.lane >= 0 ? this.ports[t.port].lanes[t.lane].id : '',
      booth: t.booth,
      arrivedAt: t.arrivedAt,
      primaryStart: n(t.primaryStart),
      primaryEnd: n(t.primaryEnd),
      referral: t.referral,
      secondaryStart: n(t.secondaryStart),
      secondaryEnd: n(t.secondaryEnd),
      seized: t.seized,
      stage,
      contraband: t.contraband,
      scanned: t.scanned,
      passed: t.passed,
    };
  }
}
