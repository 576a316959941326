// What a screening stage file exports: its referral reason and how to compile it for one port.

import type { Distribution } from '../../scenarios/distribution.ts';
import type { Port } from '../../scenarios/schema.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import type { CompiledLane } from '../model/compiled.ts';
import type { ScreeningStage } from '../model/stage.ts';
import type { Sampler } from '../random/samplers.ts';

/** What the compile step lends a stage: the port's compiled lane groups and the distribution compiler. */
export interface StageCompiler {
  lanes: readonly CompiledLane[];
  distribution(spec: Distribution): Sampler;
}

/**
 * A screening protocol as a stage file exports it: its referral reason and `compile`, which builds
 * the stage for one port (null when the port does not use it). Give a list of them to
 * `compileScenario` as `CompileOptions.stages`.
 */
export interface StageDefinition {
  /** Referral reason, as reported in the result document. */
  readonly reason: string;
  /** The stage for `port`, or null when the port does not use this protocol. */
  compile(port: Port, scenario: Scenario, c: StageCompiler): ScreeningStage | null;
}

/** Detection probabilities by contraband type index from a default and per-type overrides. */
export function byType(types: Scenario['contrabandTypes'], probability: number, overrides: Record<string, number> = {}): number[] {
  return types.map((t) => (Object.hasOwn(overrides, t.id) ? overrides[t.id] : probability));
}
