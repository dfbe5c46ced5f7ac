/** Injection token of the validated AppConfig (see config.schema.ts). */
export const APP_CONFIG = Symbol('APP_CONFIG');
