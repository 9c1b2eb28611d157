declare const __VERSION__: string | undefined;

/** The library version, written in at build time. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Version of the EmpathyProfile JSON shape; the major changes when a field changes meaning. */
export const SCHEMA_VERSION = '1.0.0';
