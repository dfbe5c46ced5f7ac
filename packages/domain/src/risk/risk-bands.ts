import { CURRENCY_EXPONENTS, type CurrencyCode } from '../money/currency';
import type { Fraction } from './risk-ratios';

/**
 * Annual revenue floors, in major units of each currency, of the bands that
 * earn 15, 12, 9 and 6 points (any revenue below the last floor earns 3).
 * There is no exchange rate in pure code, so each currency has its own
 * figures, set to about the same worth as the US dollar ones: a company with
 * ¥150,000,000 of revenue scores like one with $1,000,000, not like one with
 * $150,000,000. The API may pass other figures (see `RiskConfig`).
 */
export type RevenueFloors = readonly [number, number, number, number];
export type RevenueBandTable = Partial<Record<CurrencyCode, RevenueFloors>>;

export const DEFAULT_REVENUE_FLOORS: Readonly<Record<CurrencyCode, RevenueFloors>> = {
  USD: [5_000_000, 1_000_000, 250_000, 50_000],
  EUR: [4_500_000, 900_000, 225_000, 45_000],
  GBP: [4_000_000, 800_000, 200_000, 40_000],
  CHF: [4_500_000, 900_000, 225_000, 45_000],
  CAD: [7_000_000, 1_400_000, 350_000, 70_000],
  AUD: [7_500_000, 1_500_000, 375_000, 75_000],
  SGD: [6_500_000, 1_300_000, 325_000, 65_000],
  HKD: [40_000_000, 8_000_000, 2_000_000, 400_000],
  CNY: [35_000_000, 7_000_000, 1_750_000, 350_000],
  JPY: [750_000_000, 150_000_000, 37_500_000, 7_500_000],
};

/** Points of each revenue band, matching the floors above; any revenue below the last floor earns the last. */
export const REVENUE_BAND_POINTS = [15, 12, 9, 6, 3] as const;

export interface RiskConfig {
  /** Revenue floors per currency; a currency missing here takes the default table's figures. */
  revenueFloors?: RevenueBandTable;
}

/**
 * The floors for a currency: the configured ones, else the defaults, else —
 * for a currency someone added to the platform without figures — the US
 * dollar figures, which is what a major unit of most accepted currencies is
 * closest to.
 */
export function revenueFloorsFor(currency: CurrencyCode, config: RiskConfig = {}): RevenueFloors {
  const floors = config.revenueFloors?.[currency] ?? DEFAULT_REVENUE_FLOORS[currency] ?? DEFAULT_REVENUE_FLOORS.USD;
  if (!floors.every((floor, i) => Number.isSafeInteger(floor) && floor > 0 && (i === 0 || floor < floors[i - 1]!))) {
    throw new RangeError(`revenue floors for ${currency} must be positive whole numbers, largest first`);
  }
  return floors;
}

/** A major-unit figure in minor units of its currency, for params and for the English reasons. */
export function majorToMinor(major: number, currency: CurrencyCode): number {
  return major * 10 ** (CURRENCY_EXPONENTS[currency] ?? 2);
}

/**
 * Debt against revenue in bands (no slope: the points must say no more about
 * the private figures than the public band does). Smallest ratio first; debt
 * above the last ratio earns nothing.
 */
export const DEBT_RATIO_BANDS = [
  { band: 'third', atMost: [1, 3], points: 12 },
  { band: 'two_thirds', atMost: [2, 3], points: 9 },
  { band: 'revenue', atMost: [1, 1], points: 6 },
  { band: 'twice', atMost: [2, 1], points: 3 },
] as const satisfies readonly { band: string; atMost: Fraction; points: number }[];
export type DebtRatioBand = (typeof DEBT_RATIO_BANDS)[number]['band'];

/**
 * The goal against revenue in bands. The goal is public, so a finer measure
 * (a percentage, or points on a slope) would let anyone work the revenue out.
 */
export const GOAL_RATIO_BANDS = [
  { band: 'quarter', atMost: [1, 4], points: 15 },
  { band: 'half', atMost: [1, 2], points: 11 },
  { band: 'revenue', atMost: [1, 1], points: 7 },
  { band: 'twice', atMost: [2, 1], points: 3 },
] as const satisfies readonly { band: string; atMost: Fraction; points: number }[];
export type GoalRatioBand = (typeof GOAL_RATIO_BANDS)[number]['band'];
