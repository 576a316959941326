// What is counted for one group of travelers (a lane, a flow, an hour, the whole port) in one replication.

import { Tally } from '../stats/tally.ts';
import { WaitStats } from '../stats/observations.ts';
import { REFERRAL_REASONS, type ReferralReason, type Traveler } from './traveler.ts';

export class GroupStats {
  arrived = 0;
  /** Finished primary inspection. */
  served = 0;
  /** Left the port (released or seized). */
  exited = 0;
  referrals = 0;
  readonly referralsByReason: Record<ReferralReason, number> = { random: 0, judgment: 0 };
  /** Referred travelers who carried nothing. */
  referredInnocent = 0;
  secondaryInspections = 0;
  seizures = 0;
  contrabandArrivals = 0;
  travelers = 0;
  /** Wait in line before the primary booth, seconds. */
  readonly wait: WaitStats;
  readonly secondaryWait = new Tally();
  readonly timeInSystem = new Tally();
  /** Σ time in system × value of time, dollars. */
  delayCost = 0;
  /** Gauges: how many are in each stage now (all travelers, measured or not). */
  inQueue = 0;
  inService = 0;
  inSecondary = 0;

  constructor(withQuantiles = true) {
    this.wait = new WaitStats(withQuantiles ? {} : { alpha: 0.02 });
  }

  arrival(t: Traveler): void {
    this.inQueue++;
    if (!t.measured) return;
    this.arrived++;
    this.travelers += t.occupants;
    if (t.contraband) this.contrabandArrivals++;
  }

  primaryStarts(t: Traveler, waitSeconds: number): void {
    this.inQueue--;
    this.inService++;
    if (t.measured) this.wait.add(waitSeconds);
  }

  primaryEnds(t: Traveler): void {
    this.inService--;
    if (!t.measured) return;
    this.served++;
    if (t.referral) {
      this.referrals++;
      this.referralsByReason[t.referral]++;
      if (!t.contraband) this.referredInnocent++;
    }
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
    if (t.seized) this.seizures++;
  }

  exit(t: Traveler, now: number, valuePerHour: number): void {
    if (!t.measured) return;
    this.exited++;
    const sojourn = now - t.arrivedAt;
    this.timeInSystem.add(sojourn);
    this.delayCost += (sojourn / 3600) * valuePerHour;
  }
}

export { REFERRAL_REASONS };
