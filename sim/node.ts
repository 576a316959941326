/** The part of the API that needs Node (files): loading a scenario file with size and encoding checks. */
export { loadScenarioFile } from '../scenarios/load-file.ts';
