declare const __VERSION__: string | undefined;

/**
 * The library version, written in at build time.
 *
 * @example
 * /^\d+\.\d+\.\d+/.test(VERSION); // => true
 */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/**
 * Version of the EmpathyProfile JSON shape; the major changes when a field changes meaning.
 *
 * @example
 * profile('I lost my job.', "I'm sorry, that's a hard blow.").schemaVersion === SCHEMA_VERSION; // => true
 */
export const SCHEMA_VERSION = '1.0.0';
