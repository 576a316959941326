// What a screening stage file exports: its referral reason and how to compile it for one port.

import type { Port } from '../../scenarios/schema.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import type { CompiledLane } from '../model/compiled.ts';
import type { ScreeningStage } from '../model/stage.ts';

export interface StageDefinition {
  /** Referral reason, as reported in the result document. */
  readonly reason: string;
  /** The stage for `port`, or null when the port does not use this protocol. */
  compile(port: Port, scenario: Scenario, lanes: readonly CompiledLane[]): ScreeningStage | null;
}

/** Detection probabilities by contraband type index from a default and per-type overrides. */
export function byType(types: Scenario['contrabandTypes'], probability: number, overrides: Record<string, number> = {}): number[] {
  return types.map((t) => (Object.hasOwn(overrides, t.id) ? overrides[t.id] : probability));
}
