import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A random secret of this deployment, by name, created on first use in `deployment_secrets`:
 * insert-if-absent then read, so replicas starting together all end up with the first one's, and
 * the embedded engine keeps it across restarts.
 */
export async function deploymentSecret(dataSource: DataSource, name: string): Promise<Buffer> {
  await dataSource.query(`INSERT INTO deployment_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
    name,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = (await dataSource.query(`SELECT value FROM deployment_secrets WHERE name = $1`, [name])) as {
    value: string;
  }[];
  return Buffer.from(row!.value, 'utf8');
}
