import 'reflect-metadata';
import { createApp } from './bootstrap';
import { InvalidConfigurationError, loadConfig, type AppConfig } from './config/config.schema';
import { openDatabase } from './database/database-connection';
import { seedDemoData } from './demo/demo-data';
import { localMailboxServed } from './mail/mail.module';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof InvalidConfigurationError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration", for every variable.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const database = await openDatabase(config, { as: 'platform' });
  const app = await createApp(config, database);
  const demo = config.demoData ? await seedDemoData(app) : null;
  await app.listen(config.port, config.host ?? '0.0.0.0');

  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Crowdstake is running at ${url}`,
    `  API:       ${url}/api   (OpenAPI: ${url}/api/docs)`,
    `  Database:  ${database.engine === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
  ];
  if (localMailboxServed(config))
    lines.push(`  Mailbox:   ${url}/api/dev/mailbox   (mail is kept here: no SMTP_URL is set)`);
  if (demo) {
    lines.push('  Demo logins (password for all: ' + demo.password + '):');
    for (const account of demo.accounts) lines.push(`    ${account.role.padEnd(9)} ${account.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`Crowdstake could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
