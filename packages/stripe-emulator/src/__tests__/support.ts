import Stripe from 'stripe';
import { EMULATOR_API_VERSION, start, type EmulatorHandle, type StartOptions } from '../index';

/** An emulator and the official SDK pointed at it, as the API configures it. */
export async function emulatorWithClient(
  options: StartOptions = {},
  clientOptions: Partial<Stripe.StripeConfig> = {},
): Promise<{ emulator: EmulatorHandle; stripe: Stripe }> {
  const emulator = await start(options);
  const stripe = new Stripe('sk_test_emulator', {
    host: emulator.host,
    port: emulator.port,
    protocol: 'http',
    apiVersion: EMULATOR_API_VERSION,
    maxNetworkRetries: 0,
    ...clientOptions,
  });
  return { emulator, stripe };
}
