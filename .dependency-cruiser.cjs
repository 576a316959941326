// The layers of borderflow and the direction imports may run between them (checked by tests/architecture).
//
//   scenarios/          the scenario schema: data, at the bottom
//   experiments/        the experiment schema (factors over a base scenario): data, beside it
//   observed/           observed CBP waits (readers of saved feed files) and their comparison: data, beside it
//   sim/kernel          the event kernel: knows nothing else
//   sim/{math,random,stats,theory,resources,models}   building blocks
//   sim/model           the compiled model's types and pure lookups
//   sim/compile         scenario → compiled model
//   sim/stages          screening stages (compiled from the scenario, run by the port)
//   sim/port            the port engine: reads only the compiled model
//   sim/results         figures and the result document
//   sim/run             running replications; sim/index.ts is the public API
//   cli/, viz/          use only the public API
const LIBS = '^sim/(math|random|stats|theory|resources|models)/';
const ABOVE_LIBS = '^(scenarios|experiments|observed|sim/(model|compile|stages|port|results|run)|sim/index|sim/node|cli|viz)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles between files.', from: {}, to: { circular: true } },
    { name: 'scenarios-are-data', severity: 'error', comment: 'The scenario schema sits at the bottom: it imports nothing of the engine or its users.', from: { path: '^scenarios/' }, to: { path: '^(experiments|observed|sim|cli|viz|tests|bench)/' } },
    { name: 'experiments-are-data', severity: 'error', comment: 'The experiment schema sits beside the scenario schema: it reads scenarios, nothing of the engine or its users.', from: { path: '^experiments/' }, to: { path: '^(observed|sim|cli|viz|tests|bench)/' } },
    { name: 'observed-are-data', severity: 'error', comment: 'Observed waits sit beside the scenario schema: they read scenarios, saved files and the generic statistics blocks, nothing of the engine or its users.', from: { path: '^observed/' }, to: { path: '^(experiments|sim/(?!(math|stats)/)|cli|viz|tests|bench)' } },
    { name: 'kernel-knows-nothing', severity: 'error', comment: 'The event kernel knows nothing about borders or anything above it.', from: { path: '^sim/kernel/' }, to: { path: '^(scenarios|experiments|observed|sim/(?!kernel/)|cli|viz)' } },
    { name: 'libs-stay-generic', severity: 'error', comment: 'Building blocks (random numbers, statistics, resources …) know nothing of scenarios or ports.', from: { path: LIBS }, to: { path: ABOVE_LIBS } },
    { name: 'model-is-plain-data', severity: 'error', comment: 'The compiled model does not know the scenario schema or the engine.', from: { path: '^sim/model/' }, to: { path: '^(scenarios|experiments|observed|sim/(compile|stages|port|results|run)|sim/index|cli|viz)' } },
    { name: 'compile-below-engine', severity: 'error', comment: 'The compile step builds the model; it does not run it.', from: { path: '^sim/compile/' }, to: { path: '^(sim/(port|results|run)|sim/index|cli|viz)' } },
    { name: 'stages-are-self-contained', severity: 'error', comment: 'A stage depends on the model contract, not on the compile step, the engine or other layers above.', from: { path: '^sim/stages/' }, to: { path: '^(sim/(compile|port|results|run)|sim/index|cli|viz)' } },
    { name: 'engine-reads-compiled-model-only', severity: 'error', comment: 'The port engine reads the compiled model, never the scenario, the compile step or the stage files.', from: { path: '^sim/port/' }, to: { path: '^(scenarios|experiments|observed|sim/(compile|stages|results|run)|sim/index|cli|viz)' } },
    { name: 'results-below-run', severity: 'error', comment: 'Results describe runs; they do not start them or read scenarios.', from: { path: '^sim/results/' }, to: { path: '^(scenarios|experiments|observed|sim/(compile|stages|run)|sim/index|cli|viz)' } },
    { name: 'run-below-users', severity: 'error', comment: 'Running knows nothing of its users.', from: { path: '^sim/(run|index|node)' }, to: { path: '^(cli|viz)/' } },
    { name: 'cli-uses-the-api', severity: 'error', comment: 'The command line uses only the public API (sim/index.ts, sim/node.ts, sim/version.ts).', from: { path: '^cli/' }, to: { path: '^(scenarios/|experiments/|observed/|viz/|sim/(?!(index|node|version)\\.ts$))' } },
    { name: 'viz-uses-the-api', severity: 'error', comment: 'The visualizer uses only the public API and the bundled scenario files.', from: { path: '^viz/' }, to: { path: '^(cli/|scenarios/(?!bundled/)|experiments/|observed/|sim/(?!index\\.ts$))' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
