import { Pool } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/**
 * The load that broke the unpatched socket server in the API's own tests:
 * parameterized queries (extended protocol) on some connections while others
 * open transactions with a simple-query START TRANSACTION. Each query text
 * differs, so a statement or portal crossing connections shows as a wrong answer.
 */
async function mixedLoad(engine: EmbeddedPostgres) {
  const pool = new Pool({ host: engine.host, port: engine.port, user: 'postgres', database: 'postgres', max: 8 });
  const errors: unknown[] = [];
  pool.on('error', (error) => errors.push(error));
  let wrongAnswers = 0;
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS entries (id serial PRIMARY KEY, label text NOT NULL)');
    const jobs = Array.from({ length: 300 }, async (_, i) => {
      if (i % 3 === 0) {
        const client = await pool.connect();
        client.on('error', (error) => errors.push(error));
        try {
          await client.query('START TRANSACTION');
          await client.query('INSERT INTO entries (label) VALUES ($1)', [`e${i}`]);
          await client.query('COMMIT');
        } catch (error) {
          errors.push(error);
          await client.query('ROLLBACK').catch(() => undefined);
        } finally {
          client.release(true);
        }
        return;
      }
      try {
        const result = await pool.query(`SELECT $1::int AS i, ${i} AS echo`, [i]);
        if (result.rows[0]?.i !== i || result.rows[0]?.echo !== i) wrongAnswers += 1;
      } catch (error) {
        errors.push(error);
      }
    });
    await Promise.all(jobs);
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM entries');
    return { errors: errors.map(String), wrongAnswers, committed: rows[0].n as number };
  } finally {
    await pool.end().catch(() => undefined);
  }
}

describe('embedded PostgreSQL over pglite-socket', () => {
  it('keeps concurrent parameterized queries and transactions of many connections apart', async () => {
    const engine = await startEmbeddedPostgres({ dataDir: 'memory', maxConnections: 10 });
    try {
      expect(await mixedLoad(engine)).toEqual({ errors: [], wrongAnswers: 0, committed: 100 });
    } finally {
      await engine.close();
    }
  });
});
