/**
 * Whether an error means the database could not be reached (refused, reset,
 * timed out, shut down), as opposed to a query that reached it and failed.
 * Those are a 503 with Retry-After: the caller did nothing wrong and a retry
 * may well succeed. TypeORM wraps driver errors (`driverError`), Node wraps
 * causes (`cause`); both are followed.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, syscall, message, driverError, cause } = error as {
    code?: unknown;
    syscall?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // A Unix socket that is not there (the embedded engine stopped).
    if (code === 'ENOENT' && syscall === 'connect') return true;
    // SQLSTATE class 08 (connection exception); 57P01–57P03 shutdown or not yet accepting; 53300 no free slots.
    if (/^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300')
      return true;
  }
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isDatabaseUnreachable(driverError, depth + 1) || isDatabaseUnreachable(cause, depth + 1);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/** node-postgres and pg-pool say these in words only. */
const UNREACHABLE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Connection is not open|Cannot use a pool after calling end/,
];
