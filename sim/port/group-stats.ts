// What is counted for one group of travelers (a lane, a flow, an hour, the whole port) in one replication.

import { Tally } from '../stats/tally.ts';
import { WaitStats } from '../stats/observations.ts';
import type { Traveler } from '../model/traveler.ts';
import type { CompiledFlow } from '../model/compiled.ts';

export class GroupStats {
  arrived = 0;
  /** Finished primary inspection (or passed the booth). */
  served = 0;
  /** Left the port (released or seized). */
  exited = 0;
  referrals = 0;
  /** Referrals by reason (the index of the stage that referred, in the model's referral reasons). */
  readonly referralsByReason: number[];
  /** Referrals of each reason that ended in a seizure. */
  readonly hitsByReason: number[];
  /** Referred travelers who carried nothing. */
  referredInnocent = 0;
  secondaryInspections = 0;
  seizures = 0;
  readonly seizuresByType: number[];
  contrabandArrivals = 0;
  /** Trusted-program members caught: their membership is revoked. */
  revocations = 0;
  travelers = 0;
  /** Passed the booth without an inspection (no-primary policy, pre-cleared cargo). */
  passedWithoutStop = 0;
  scans = 0;
  /** Radiation alarms set off by radiological contraband. */
  trueAlarms = 0;
  nuisanceAlarms = 0;
  deterred = 0;
  retimed = 0;
  displacedOut = 0;
  displacedIn = 0;
  switchedOut = 0;
  switchedIn = 0;
  /** Saw a line longer than their tolerance and did not join it. */
  balked = 0;
  /** Left the line when their tolerance ran out. */
  reneged = 0;
  /** Of those who balked or reneged: went home, drove to another port, put the trip off. */
  gaveUpHome = 0;
  gaveUpOtherPort = 0;
  gaveUpPostponed = 0;
  /** Σ time in line of those who reneged, seconds. */
  renegedWaitSum = 0;
  /** Still in line when the run ended: their waits count as censored (the wait so far, a lower bound). */
  unfinishedCount = 0;
  unfinishedWaitSum = 0;
  /** Wait in line before the primary booth, seconds. */
  readonly wait: WaitStats;
  /**
   * P(wait > t): waits counted against the thresholds, and how many exceeded each (by
   * threshold, in `waitThresholds` order). Kept apart from `wait.count` so that a wait known
   * only to be at least so long (a traveler still in line at the end) can be counted too.
   */
  waitsCounted = 0;
  readonly waitsOver: number[];
  /** Σ and count of the time a booth was occupied per traveler (inspection, pass-through, booth-side screening), seconds. */
  primarySeconds = 0;
  primaryInspections = 0;
  readonly secondaryWait = new Tally();
  readonly timeInSystem = new Tally();
  /** Σ time in system × value of time, dollars. */
  delayCost = 0;
  /**
   * Σ waits in line before primary of vehicles (not pedestrians), seconds: the vehicle-seconds
   * idling, counted like the wait figures (those who reached a booth, and the unfinished with their
   * wait so far); and the grams of CO₂, NOx and PM2.5 emitted while idling.
   */
  idleSeconds = 0;
  co2Grams = 0;
  noxGrams = 0;
  pm25Grams = 0;
  /** Whether the scenario reports emissions (idle factors given). */
  emitting = false;
  /** Gauges: how many are in each stage now (all travelers, measured or not). */
  inQueue = 0;
  inService = 0;
  inSecondary = 0;

  /** `waitThresholds`: thresholds of P(wait > t), seconds, increasing; shared by every group of a run. */
  constructor(
    contrabandTypes: number,
    reasons: number,
    withQuantiles = true,
    readonly waitThresholds: readonly number[] = [],
  ) {
    this.wait = new WaitStats(withQuantiles ? {} : { alpha: 0.02 });
    this.waitsOver = new Array<number>(waitThresholds.length).fill(0);
    this.referralsByReason = new Array<number>(reasons).fill(0);
    this.hitsByReason = new Array<number>(reasons).fill(0);
    this.seizuresByType = new Array<number>(contrabandTypes).fill(0);
  }

  arrival(t: Traveler): void {
    this.inQueue++;
    if (!t.measured) return;
    this.arrived++;
    this.travelers += t.occupants;
    if (t.contraband) this.contrabandArrivals++;
  }

  /** `lnWait`: the wait's natural log, computed once for every group the traveler counts in. */
  primaryStarts(t: Traveler, waitSeconds: number, lnWait: number, flow: CompiledFlow): void {
    this.inQueue--;
    this.inService++;
    if (!t.measured) return;
    this.wait.add(waitSeconds, lnWait);
    this.countWait(waitSeconds);
    this.idled(waitSeconds, flow);
  }

  /** A vehicle of `flow` idled `seconds` in line: a few multiply-adds, nothing stored per traveler. */
  private idled(seconds: number, flow: CompiledFlow): void {
    if (flow.mode === 'pedestrian') return;
    this.idleSeconds += seconds;
    const g = flow.idleGramsPerSecond;
    if (g === null) return;
    this.co2Grams += seconds * g[0];
    this.noxGrams += seconds * g[1];
    this.pm25Grams += seconds * g[2];
  }

  /**
   * Counts a wait against the thresholds of P(wait > t); thresholds increase, so stop at the
   * first not exceeded. A wait known only to be at least `seconds` long (a traveler still in
   * line at the end: `unfinished`) goes through here too, counted over the thresholds it is
   * known to exceed: a lower bound on the share.
   */
  private countWait(seconds: number): void {
    this.waitsCounted++;
    const th = this.waitThresholds;
    for (let i = 0; i < th.length && seconds > th[i]; i++) this.waitsOver[i]++;
  }

  primaryEnds(t: Traveler): void {
    this.inService--;
    if (!t.measured) return;
    this.served++;
    this.primarySeconds += t.primaryEnd - t.primaryStart;
    this.primaryInspections++;
    if (t.passed) this.passedWithoutStop++;
    if (t.scanned) this.scans++;
    if (t.rpmAlarm) {
      if (t.rpmTrue) this.trueAlarms++;
      else this.nuisanceAlarms++;
    }
    if (t.referral >= 0) {
      this.referrals++;
      this.referralsByReason[t.referral]++;
      if (!t.contraband) this.referredInnocent++;
    }
  }

  /**
   * Gave up waiting: balked (`how` 1, never counted as arriving in line) or reneged (`how` 2,
   * after `waited` seconds in line); `outcome` 0 home, 1 another port, 2 trip put off.
   */
  gaveUp(t: Traveler, how: 1 | 2, outcome: number, waited: number): void {
    if (how === 2) this.inQueue--;
    if (!t.measured) return;
    if (how === 1) {
      this.arrived++;
      this.travelers += t.occupants;
      if (t.contraband) this.contrabandArrivals++;
      this.balked++;
    } else {
      this.reneged++;
      this.renegedWaitSum += waited;
    }
    if (outcome === 1) this.gaveUpOtherPort++;
    else if (outcome === 2) this.gaveUpPostponed++;
    else this.gaveUpHome++;
  }

  /** Still in line at the end after `waitSeconds`: a censored wait, counted as a lower bound. */
  unfinished(waitSeconds: number, lnWait: number, flow: CompiledFlow): void {
    this.unfinishedCount++;
    this.unfinishedWaitSum += waitSeconds;
    this.wait.add(waitSeconds, lnWait);
    this.countWait(waitSeconds);
    this.idled(waitSeconds, flow);
  }

  /** Entered the secondary line (gauge only). */
  referred(): void {
    this.inSecondary++;
  }

  secondaryStarts(t: Traveler, waitSeconds: number): void {
    if (t.measured) this.secondaryWait.add(waitSeconds);
  }

  secondaryEnds(t: Traveler): void {
    this.inSecondary--;
    if (!t.measured) return;
    this.secondaryInspections++;
    if (t.seized) {
      this.seizures++;
      this.seizuresByType[t.type]++;
      if (t.referral >= 0) this.hitsByReason[t.referral]++;
      if (t.programIndex !== 0) this.revocations++;
    }
  }

  exit(t: Traveler, now: number, valuePerHour: number): void {
    if (!t.measured) return;
    this.exited++;
    const sojourn = now - t.arrivedAt;
    this.timeInSystem.add(sojourn);
    this.delayCost += (sojourn / 3600) * valuePerHour;
  }

  /** Adds another group's counts (for totals over several ports). */
  merge(o: GroupStats): void {
    const counters = [
      'arrived', 'served', 'exited', 'referrals', 'referredInnocent', 'secondaryInspections', 'seizures', 'contrabandArrivals',
      'revocations', 'travelers', 'passedWithoutStop', 'scans', 'trueAlarms', 'nuisanceAlarms', 'deterred', 'retimed', 'displacedOut',
      'displacedIn', 'switchedOut', 'switchedIn', 'delayCost', 'inQueue', 'inService', 'inSecondary', 'waitsCounted',
      'primarySeconds', 'primaryInspections',
      'balked', 'reneged', 'gaveUpHome', 'gaveUpOtherPort', 'gaveUpPostponed', 'renegedWaitSum', 'unfinishedCount', 'unfinishedWaitSum',
      'idleSeconds', 'co2Grams', 'noxGrams', 'pm25Grams',
    ] as const;
    for (const k of counters) this[k] += o[k];
    this.emitting ||= o.emitting;
    o.referralsByReason.forEach((n, i) => (this.referralsByReason[i] += n));
    o.hitsByReason.forEach((n, i) => (this.hitsByReason[i] += n));
    o.seizuresByType.forEach((n, i) => (this.seizuresByType[i] += n));
    o.waitsOver.forEach((n, i) => (this.waitsOver[i] += n));
    this.wait.merge(o.wait);
    this.secondaryWait.merge(o.secondaryWait);
    this.timeInSystem.merge(o.timeInSystem);
  }
}
