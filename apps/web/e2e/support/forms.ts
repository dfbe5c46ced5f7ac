import type { Locator, Page } from 'playwright-core';

/** A text field by its accessible name, exactly. */
export const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/**
 * Waits until the field is marked invalid and the message it points to (aria-describedby) says
 * what is expected: the error must be attached to the field, not merely somewhere on the page.
 */
export async function expectFieldError(page: Page, name: string, expected: string | RegExp): Promise<void> {
  const input = field(page, name);
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    seen = errorId ? ((await page.locator(`[id="${errorId}"]`).textContent()) ?? '') : '';
    const matches = typeof expected === 'string' ? seen === expected : expected.test(seen);
    if (matches && (await input.getAttribute('aria-invalid')) === 'true') return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${name} should show the error ${String(expected)}, but shows "${seen}"`);
}

/** Sign-up's required box: the terms of use and the risk statement. */
export async function acceptTerms(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /I accept the terms of use/ }).check();
}

/** Waits until a field holds the value: a field's value is not an attribute a locator can wait on. */
export async function waitForValue(input: Locator, value: string): Promise<void> {
  const handle = await input.elementHandle();
  await input
    .page()
    .waitForFunction(([element, expected]) => (element as HTMLInputElement | null)?.value === expected, [
      handle,
      value,
    ] as const);
}
