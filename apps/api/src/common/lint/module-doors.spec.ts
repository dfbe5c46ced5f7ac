import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The module-door rule (eslint.config.mjs) must keep refusing what it exists
 * to refuse. ESLint runs in a child process (its flat config is an ES module)
 * on a few in-memory files, linted as if they sat at the given paths.
 */
const cases: Record<string, { path: string; code: string }> = {
  otherModulesEntity: {
    path: 'src/review/door-fixture.service.ts',
    code: "import { Campaign } from '../campaigns/entities/campaign.entity';\nexport const table = Campaign;\n",
  },
  otherModulesEntityFile: {
    path: 'src/campaigns/door-fixture.service.ts',
    code: "import { Company } from '../companies/company.entity';\nexport const table = Company;\n",
  },
  typeOnly: {
    path: 'src/review/door-fixture.service.ts',
    code: "import type { Campaign } from '../campaigns/entities/campaign.entity';\nexport type Row = Campaign;\n",
  },
  ownEntity: {
    path: 'src/review/door-fixture.service.ts',
    code: "import { Review } from './review.entities';\nexport const table = Review;\n",
  },
  otherModulesService: {
    path: 'src/review/door-fixture.service.ts',
    code: "import { UsersService } from '../users/users.service';\nexport const door = UsersService;\n",
  },
  schemaAssembly: {
    path: 'src/database/door-fixture.ts',
    code: "import { User } from '../users/user.entity';\nexport const entities = [User];\n",
  },
};

const script = `
import { ESLint } from 'eslint';
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = {};
for (const [name, { path, code }] of Object.entries(cases)) {
  const [result] = await eslint.lintText(code, { filePath: path });
  out[name] = result.messages.map((m) => m.ruleId);
}
process.stdout.write(JSON.stringify(out));
`;

describe('the module-door lint rule', () => {
  let rules: Record<string, (string | null)[]>;

  beforeAll(() => {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
    });
    rules = JSON.parse(stdout) as Record<string, (string | null)[]>;
  }, 120_000);

  const DOOR = '@typescript-eslint/no-restricted-imports';

  it("refuses a service importing another module's entity", () => {
    expect(rules.otherModulesEntity).toContain(DOOR);
    expect(rules.otherModulesEntityFile).toContain(DOOR);
  });

  it("allows the module's own entities, other modules' services and type-only imports", () => {
    expect(rules.ownEntity).toEqual([]);
    expect(rules.otherModulesService).toEqual([]);
    expect(rules.typeOnly).toEqual([]);
  });

  it('allows the schema to be assembled in src/database', () => {
    expect(rules.schemaAssembly).toEqual([]);
  });
});
