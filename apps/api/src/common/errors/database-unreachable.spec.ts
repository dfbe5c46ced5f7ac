import { QueryFailedError } from 'typeorm';
import { isDatabaseUnreachable } from './database-unreachable';

function pgError(code: string, message = 'error'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnreachable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' }),
    ],
    [
      'a missing Unix socket',
      Object.assign(new Error('connect ENOENT /data/run/.s.PGSQL.5432'), { code: 'ENOENT', syscall: 'connect' }),
    ],
    ['an administrator shutdown (57P01)', pgError('57P01')],
    ['a server still starting (57P03)', pgError('57P03')],
    ['a connection failure (08006)', pgError('08006')],
    ['no free connection slots (53300)', pgError('53300')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a failure wrapped by TypeORM', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
    ['a failure wrapped as a cause', new Error('could not load', { cause: pgError('ECONNRESET') })],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['a syntax error', pgError('42601')],
    ['a missing file', Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', syscall: 'open' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error at all', 'oops'],
  ])('does not take %s for an outage', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
