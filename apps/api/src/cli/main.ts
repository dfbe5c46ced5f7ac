import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { emailSchema, passwordSchema, personNameSchema } from '@crowdstake/domain';
import { Command, InvalidArgumentError } from 'commander';
import { DataSource } from 'typeorm';
import { z, type ZodType } from 'zod';
import { AuditService } from '../audit/audit.service';
import { migrateDatabase } from '../bootstrap';
import { InvalidConfigurationError, loadConfig } from '../config/config.schema';
import { openDatabase } from '../database/database-connection';
import { LedgerService } from '../ledger/ledger.service';
import { ReconciliationService } from '../reconciliation/reconciliation.service';
import { requestRefundAfterRelease } from '../settlement/refund-after-release';
import { UsersService } from '../users/users.service';
import { CliModule } from './cli.module';

/**
 * `pnpm cli <command>`: operations for the platform's operators. They work
 * whether or not the platform is running: on the embedded database they
 * connect to the running platform's engine, or open the data folder when it
 * is not running.
 */
async function withContext<T>(run: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config, { as: 'cli' });
  try {
    await migrateDatabase(config, database);
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, database), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  } finally {
    await database.close();
  }
}

function parsedBy<T>(schema: ZodType<T>) {
  return (value: string): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new InvalidArgumentError(result.error.issues.map((issue) => issue.message).join(' '));
    return result.data;
  };
}

const program = new Command('pnpm cli').description("Crowdstake's operator commands").showHelpAfterError();

program
  .command('user:create')
  .description('Create a reviewer or admin account (these roles cannot sign up on the web).')
  .requiredOption('--email <email>', 'sign-in email', parsedBy(emailSchema))
  .requiredOption('--password <password>', 'at least 10 characters, not a common password', parsedBy(passwordSchema))
  .requiredOption('--name <name>', 'the name shown to founders with review decisions', parsedBy(personNameSchema))
  .requiredOption('--role <role>', 'reviewer or admin', (value: string) => {
    if (value !== 'reviewer' && value !== 'admin')
      throw new InvalidArgumentError('The role must be reviewer or admin.');
    return value;
  })
  .action(async (options: { email: string; password: string; name: string; role: 'reviewer' | 'admin' }) => {
    const user = await withContext((context) =>
      context.get(UsersService).create(options, { actorId: null, actorRole: 'cli' }),
    );
    process.stdout.write(`Created ${user.role} ${user.email} (id ${user.id}).\n`);
  });

program
  .command('ledger:verify')
  .description('Recompute the hash chains of the ledger and of the audit log; non-zero exit if any line was altered.')
  .action(async () => {
    const [audit, ledger] = await withContext((context) =>
      Promise.all([context.get(AuditService).verifyChain(), context.get(LedgerService).verifyChain()]),
    );
    if (audit.firstBrokenId !== null) {
      process.stderr.write(
        `Audit log chain BROKEN at entry ${audit.firstBrokenId} (after ${audit.entries} intact entries).\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(`Audit log chain intact: ${audit.entries} entries.\n`);
    }
    if (ledger.firstBrokenId !== null) {
      process.stderr.write(
        `Ledger chain BROKEN at transaction ${ledger.firstBrokenId} (after ${ledger.transactions} intact transactions).\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(`Ledger chains intact: ${ledger.transactions} transactions.\n`);
    }
  });

program
  .command('reconcile')
  .description(
    'Compare the ledger with Stripe per campaign (charges less refunds, transfers); non-zero exit on any difference.',
  )
  .action(async () => {
    const { stripe } = loadConfig(process.env);
    if (!stripe.secretKey && !stripe.emulator) {
      process.stderr.write(
        'reconcile reads Stripe and needs STRIPE_SECRET_KEY (or STRIPE_EMULATOR_URL for an emulator run as its own server).\n' +
          'Without either the platform pays through the Stripe emulator whose state lives in the running API process:\n' +
          'ask it instead, as an admin, with GET /api/admin/reconciliation.\n',
      );
      process.exitCode = 2;
      return;
    }
    const report = await withContext((context) => context.get(ReconciliationService).reconcile());
    for (const d of report.differences)
      process.stderr.write(
        `Campaign ${d.campaignId}: ${d.figure} is ${d.ledger} in the ledger but ${d.stripe} at Stripe (minor units).\n`,
      );
    if (report.differences.length > 0) {
      process.stderr.write(`${report.differences.length} difference(s) in ${report.campaigns} campaigns.\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`Ledger and Stripe agree for ${report.campaigns} campaigns.\n`);
    }
  });

program
  .command('pledge:refund')
  .description(
    "Refund a settled pledge in full after its campaign paid out: the founder's transfer is reversed for it, or what the\n" +
      'founder cannot give back is advanced by the platform and recorded as owed. The running API does it (a job).',
  )
  .requiredOption('--pledge <id>', 'the pledge', parsedBy(z.uuid({ error: 'must be a pledge id (a UUID)' })))
  .requiredOption(
    '--reason <text>',
    'why, for the audit log (a dispute lost, an offering rescinded)',
    (value: string) => {
      if (!value.trim()) throw new InvalidArgumentError('Say why.');
      return value.trim().slice(0, 500);
    },
  )
  .action(async (options: { pledge: string; reason: string }) => {
    const result = await withContext((context) =>
      context.get(DataSource).transaction(async (manager) => {
        const request = await requestRefundAfterRelease(manager, options.pledge, options.reason);
        if (request.outcome === 'requested')
          await context.get(AuditService).record(manager, {
            actorId: null,
            actorRole: 'cli',
            action: 'pledge.refund_after_release_requested',
            subjectType: 'pledge',
            subjectId: options.pledge,
            reasons: options.reason,
          });
        return request;
      }),
    );
    if (result.outcome === 'not_found') {
      process.stderr.write(`No pledge ${options.pledge}.\n`);
      process.exitCode = 1;
    } else if (result.outcome === 'not_settled') {
      process.stderr.write(
        `Pledge ${options.pledge} is ${result.status}, not settled: only a pledge paid out to the founder is refunded this way.\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(
        `Refund of pledge ${options.pledge} (${result.amountMinor} minor units ${result.currency}) requested; the running API makes it.\n`,
      );
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof InvalidConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Error: ${message}\n`);
  }
  process.exitCode = 1;
});
