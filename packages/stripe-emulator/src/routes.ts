import * as connect from './connect';
import * as intents from './payment-intents';
import * as methods from './payment-methods';
import * as refunds from './refunds';
import * as setups from './setup-intents';
import type { Handler } from './store';

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

const id = '([A-Za-z0-9_]+)';
const route = (method: Route['method'], path: string, handler: Handler): Route => ({
  method,
  pattern: new RegExp(`^${path.replace(/:id/g, id)}$`),
  handler,
});

/** The subset of Stripe's v1 API that Crowdstake uses. */
const routes: Route[] = [
  route('POST', '/v1/customers', methods.createCustomer),
  route('GET', '/v1/customers/:id', methods.retrieveCustomer),
  route('GET', '/v1/payment_methods/:id', methods.retrievePaymentMethod),
  route('POST', '/v1/payment_methods/:id/attach', methods.attachPaymentMethod),
  route('POST', '/v1/setup_intents', setups.createSetupIntent),
  route('GET', '/v1/setup_intents', setups.listSetupIntents),
  route('GET', '/v1/setup_intents/:id', setups.retrieveSetupIntent),
  route('POST', '/v1/setup_intents/:id/confirm', setups.confirmSetupIntent),
  route('POST', '/v1/setup_intents/:id/cancel', setups.cancelSetupIntent),
  route('POST', '/v1/payment_intents', intents.createPaymentIntent),
  route('GET', '/v1/payment_intents', intents.listPaymentIntents),
  route('GET', '/v1/payment_intents/search', intents.searchPaymentIntents),
  route('GET', '/v1/payment_intents/:id', intents.retrievePaymentIntent),
  route('POST', '/v1/payment_intents/:id/confirm', intents.confirmPaymentIntent),
  route('POST', '/v1/payment_intents/:id/capture', intents.capturePaymentIntent),
  route('POST', '/v1/payment_intents/:id/cancel', intents.cancelPaymentIntent),
  route('GET', '/v1/charges/:id', refunds.retrieveCharge),
  route('POST', '/v1/refunds', refunds.createRefund),
  route('GET', '/v1/refunds', refunds.listRefunds),
  route('GET', '/v1/refunds/:id', refunds.retrieveRefund),
  route('POST', '/v1/accounts', connect.createAccount),
  route('GET', '/v1/accounts/:id', connect.retrieveAccount),
  route('POST', '/v1/account_links', connect.createAccountLink),
  route('POST', '/v1/transfers', connect.createTransfer),
  route('GET', '/v1/transfers', connect.listTransfers),
  route('GET', '/v1/transfers/:id', connect.retrieveTransfer),
  route('POST', '/v1/transfers/:id/reversals', connect.createTransferReversal),
  route('GET', '/v1/transfers/:id/reversals', connect.listTransferReversals),
  route('GET', '/v1/balance', connect.retrieveBalance),
  route('GET', '/v1/balance_transactions/:id', connect.retrieveBalanceTransaction),
  route('GET', '/v1/events', connect.listEvents),
  route('GET', '/v1/events/:id', connect.retrieveEvent),
];

export type RouteMatch = { handler: Handler; path: string[] } | { methodNotAllowed: true } | undefined;

export function matchRoute(method: string, pathname: string): RouteMatch {
  let pathKnown = false;
  for (const candidate of routes) {
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    pathKnown = true;
    if (candidate.method === method) return { handler: candidate.handler, path: match.slice(1) };
  }
  return pathKnown ? { methodNotAllowed: true } : undefined;
}
