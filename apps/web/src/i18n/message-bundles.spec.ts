import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { coreEn } from './en-core';

/**
 * The app starts with the core messages (en-core.ts) and each page adds its features' bundles
 * (i18n/bundles/, add-messages.ts) through its imports. A page that shows `founder.*` words but
 * imports no module that loads the founder bundle would show raw keys, and only on the states a
 * browser test happens to reach. This reads the code instead: for the app's entry and for every
 * module the app loads on demand (`import('…')`), every message key written in the modules it
 * loads must be in the core or in a bundle that those modules load.
 */
const SRC = path.resolve(__dirname, '..');
const BUNDLES: Record<string, string> = {
  founder: 'i18n/bundles/founder.ts',
  review: 'i18n/bundles/review.ts',
  campaignPage: 'i18n/bundles/campaign-page.ts',
  pledges: 'i18n/bundles/pledges.ts',
  risk: 'i18n/bundles/risk.ts',
  honesty: 'i18n/bundles/honesty.ts',
};
const KEY = new RegExp(`['"\`](${Object.keys(BUNDLES).join('|')})((?:\\.[A-Za-z_]\\w*)+)`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.(spec|d)\.tsx?$/.test(name) ? [file] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx'), base].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
}

const code = new Map(sourceFiles(SRC).map((file) => [file, readFileSync(file, 'utf8')] as const));

/** What a module loads when it runs: its value imports (a type-only import is erased). */
function staticImports(file: string): string[] {
  const text = code.get(file) ?? '';
  const found = [...text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)];
  return found.flatMap((match) => resolve(file, match[1]!) ?? []);
}

function dynamicImports(file: string): string[] {
  return [...(code.get(file) ?? '').matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].flatMap(
    (match) => resolve(file, match[1]!) ?? [],
  );
}

function closure(root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(root);
  return seen;
}

function inCore(feature: string, rest: string): boolean {
  let node: unknown = (coreEn as Record<string, unknown>)[feature];
  for (const part of rest.split('.').filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return typeof node === 'string';
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

/** Every load of the app: the entry, then each module loaded on demand with what had loaded it. */
function loads(): { root: string; loaded: Set<string> }[] {
  const entry = path.join(SRC, 'main.tsx');
  const result = [{ root: entry, loaded: closure(entry) }];
  for (let index = 0; index < result.length; index++) {
    const { loaded } = result[index]!;
    for (const file of loaded) {
      for (const target of dynamicImports(file)) {
        if (result.some((load) => load.root === target)) continue;
        result.push({ root: target, loaded: new Set([...loaded, ...closure(target)]) });
      }
    }
  }
  return result;
}

const relative = (file: string) => path.relative(SRC, file);

describe('message bundles', () => {
  const all = loads();

  it('finds the app and its pages', () => {
    expect(all.length).toBeGreaterThan(15);
    expect(all.map((load) => relative(load.root))).toContain('routes/campaign-wizard-page.tsx');
  });

  it('loads, with every page, the bundle of every message key the page can show', () => {
    const missing: string[] = [];
    for (const { root, loaded } of all) {
      for (const file of loaded) {
        if (relative(file).startsWith('i18n/')) continue;
        for (const [, feature, rest] of (code.get(file) ?? '').matchAll(KEY)) {
          if (inCore(feature!, rest!) || loaded.has(path.join(SRC, BUNDLES[feature!]!))) continue;
          missing.push(`${relative(root)}: ${relative(file)} shows ${feature}${rest} without ${BUNDLES[feature!]}`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('keeps the features out of the home page', () => {
    const home = all[0]!.loaded;
    expect(Object.values(BUNDLES).filter((bundle) => home.has(path.join(SRC, bundle)))).toEqual([]);
    expect([...home].map(relative).filter((file) => /^i18n\/(en|zh-CN)\.ts$/.test(file))).toEqual([]);
  });
});
