/** The engine version written into every result document (`engine.version`); kept equal to package.json by a test. */
export const ENGINE_VERSION = '0.3.0';
