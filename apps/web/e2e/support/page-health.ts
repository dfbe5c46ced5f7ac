import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Two checks every page a browser test visits should pass: axe-core finds no serious or
 * critical accessibility violation, and the page logs no console error and throws nothing.
 */

let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The violations of impact serious or critical on the page as it is now, one readable line per element. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated rather than added as a script tag: the web's Content-Security-Policy refuses inline scripts.
  if (!injected) await page.evaluate(axeScript());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
      ),
    );
}

/** Fails with the list of serious and critical axe violations, if any, naming the page. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const found = await seriousA11yViolations(page);
  if (found.length > 0) {
    throw new Error(
      `${label}: ${found.length} serious or critical accessibility violation(s):\n  ${found.join('\n  ')}`,
    );
  }
}

/**
 * Console errors that are not the page's fault, each with why, matched against "message (url)".
 * Chromium logs every failed request as a console error, even one the web asked for knowing
 * the answer may be a refusal and handles.
 */
export const ALLOWED_CONSOLE_ERRORS: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /status of 401 .*\/api\/auth\/me\b/,
    why: 'the web asks /api/auth/me whether anyone is signed in; a visitor is answered 401, which the web expects',
  },
  {
    pattern: /status of 404 .*\/api\/me\/investor-profile\b/,
    why: 'a backer who has not yet given an investor profile has none: the API answers 404 and the web shows the empty form',
  },
];

export interface ConsoleGuard {
  /** Fails if any error was seen since the last check, naming the page; `alsoAllowed` for this page only. */
  expectNone(label: string, alsoAllowed?: readonly RegExp[]): void;
  stop(): void;
}

/** Collects console errors and uncaught exceptions of a page, except the documented ones above. */
export function guardConsole(page: Page): ConsoleGuard {
  let errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
    if (message.type() !== 'error') return;
    const seen = `console.error: ${message.text()} (${message.location().url})`;
    if (!ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed.pattern.test(seen))) errors.push(seen);
  };
  const onPageError = (error: Error) => errors.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    expectNone(label, alsoAllowed = []) {
      const taken = errors.filter((error) => !alsoAllowed.some((pattern) => pattern.test(error)));
      errors = [];
      if (taken.length > 0) throw new Error(`${label}: ${taken.length} console error(s):\n  ${taken.join('\n  ')}`);
    },
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}
