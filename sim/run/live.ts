// A replication that can be advanced a slice at a time and looked at in between — what the animated port view drives.
//
// It is the same model and the same random streams as a batch replication: the animation
// shows what the simulation does, not a separate toy.

import { Simulation } from '../kernel/simulation.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { CompiledModel } from '../model/compiled.ts';
import type { Traveler } from '../model/traveler.ts';
import { Calendar, HOUR } from '../port/calendar.ts';
import { statusOf, type PortModel } from '../port/port.ts';
import { travelerRecord, type TravelerRecord } from './records.ts';
import { buildPorts } from './replication.ts';

/** A vehicle as the animated view draws it: its record, and where it is now in finer steps. */
export type VehicleView = TravelerRecord & {
  stage: 'driving' | 'imaging' | 'in-line' | 'at-primary' | 'secondary-line' | 'at-secondary' | 'exited';
};

/**
 * A lane group in a `LiveSnapshot`: its booths, those staffed (`open`) and inspecting (`busy`)
 * now, and the vehicles waiting in line (all booths).
 */
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

/**
 * A port in a `LiveSnapshot`. `arrived` and `exited` count every traveler since the start (warm-up
 * and initial lines included), `seizures` those counted in the results (after the warm-up);
 * `secondary` is null when the port has none.
 */
export interface PortView {
  id: string;
  name: string;
  lanes: LaneView[];
  secondary: { bays: number; open: number; busy: number; lineLength: number } | null;
  arrived: number;
  exited: number;
  seizures: number;
}

/** What `LiveRun.snapshot()` returns: the time, events processed so far and each port's state. */
export interface LiveSnapshot {
  /** Seconds since the start of the run. */
  time: number;
  /** Clock time as hours since the first midnight (e.g. 30.5 = day 2, 06:30). */
  clockHours: number;
  events: number;
  ports: PortView[];
}

/**
 * One replication advanced a slice at a time, for animated views: the same model and random
 * streams as `runReplication`. Times (`now`, `horizon`, `advanceTo`) are seconds since the start;
 * options: `replication` (default 0), `seed` (default: the scenario's), `keepExited` (default 200).
 */
export class LiveRun {
  readonly sim = new Simulation();
  readonly horizon: number;
  private readonly ports: PortModel[];
  private readonly calendar: Calendar;
  private readonly exited: Traveler[] = [];

  private readonly model: CompiledModel;

  constructor(
    readonly scenario: Scenario,
    options: { replication?: number; seed?: number; keepExited?: number } = {},
  ) {
    const keep = options.keepExited ?? 200;
    this.model = compileScenario(scenario);
    this.calendar = new Calendar(this.model.startHour, this.model.startDayIndex, this.model.holidays);
    this.horizon = this.model.horizonHours * HOUR;
    const seed = options.seed ?? this.model.seed;
    this.ports = buildPorts(this.sim, this.model, options.replication ?? 0, {
      seed,
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
          label: l.spec.label,
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
        seizures: p.seizuresSoFar,
      })),
    };
  }

  /** Vehicles inside each port now (oldest first), for drawing. */
  vehicles(portIndex = 0): VehicleView[] {
    const p = this.ports[portIndex];
    return p.travelersInside().map((t) => this.view(t));
  }

  /** The most recent vehicles to leave (newest last), for journeys of vehicles already gone. */
  recentlyExited(portIndex = 0): VehicleView[] {
    return this.exited.filter((t) => t.port === portIndex).map((t) => this.view(t));
  }

  private view(t: Traveler): VehicleView {
    const record = travelerRecord(this.model, t, statusOf(t));
    const stage: VehicleView['stage'] =
      record.status === 'in-secondary'
        ? t.secondaryStart < 0
          ? 'secondary-line'
          : 'at-secondary'
        : record.status === 'balked' || record.status === 'reneged'
          ? 'exited'
          : record.status;
    return { ...record, stage };
  }
}
