import type Stripe from 'stripe';
import * as money from './builders-money';
import { invalidRequest, noSuchObject, unexpectedState } from './errors';
import { newId } from './ids';
import { list } from './lists';
import { currency, metadata, oneOf, optionalString, positiveAmount, requiredString } from './params';
import type { Handler, Store } from './store';

/** Connect as the emulator plays it: every account is onboarded at once and can take charges and payouts. */
export const createAccount: Handler = (store, params, context) => {
  const account = store.put(
    money.account(store.base('acct'), {
      type: oneOf(params, 'type', ['express', 'custom', 'standard'], 'express'),
      country: (optionalString(params, 'country') ?? 'US').toUpperCase(),
      email: optionalString(params, 'email') ?? null,
      metadata: metadata(params),
    }),
  );
  store.emit('account.updated', account, context);
  return account;
};

export const retrieveAccount: Handler = (store, _params, { path }) => store.get('account', path[0]!);

export const createAccountLink: Handler = (store, params, { baseUrl }) => {
  const accountId = requiredString(params, 'account');
  store.get('account', accountId, 'account');
  oneOf(params, 'type', ['account_onboarding', 'account_update'], 'account_onboarding');
  const url = new URL(`/_emulator/connect/onboarding/${accountId}`, baseUrl);
  const returnUrl = optionalString(params, 'return_url');
  if (returnUrl) url.searchParams.set('return_url', returnUrl);
  return money.accountLink(store.clock.nowSeconds(), url.toString());
};

function destinationAccount(store: Store, id: string): Stripe.Account {
  const found = store.find(id);
  if (!found || found.object !== 'account') throw noSuchObject('destination', id, 'destination');
  return found as unknown as Stripe.Account;
}

/** Moves money from the platform's available balance to a connected account; refused beyond what is available. */
export const createTransfer: Handler = (store, params, context) => {
  const amount = positiveAmount(params, 'amount', true)!;
  const transferCurrency = currency(params);
  const destination = destinationAccount(store, requiredString(params, 'destination')).id;
  store.requireAvailable(null, transferCurrency, amount);
  const base = store.base('tr');
  const destinationPayment = newId('py');
  const transfer = store.put(
    money.transfer(base, {
      amount,
      currency: transferCurrency,
      destination,
      transferGroup: optionalString(params, 'transfer_group') ?? null,
      description: optionalString(params, 'description') ?? null,
      metadata: metadata(params),
      balanceTransaction: store.move(null, {
        amount: -amount,
        fee: 0,
        currency: transferCurrency,
        type: 'transfer',
        source: base.id,
      }),
      destinationPayment,
    }),
  );
  store.move(destination, { amount, fee: 0, currency: transferCurrency, type: 'payment', source: destinationPayment });
  store.emit('transfer.created', transfer, context);
  return transfer;
};

export const retrieveTransfer: Handler = (store, _params, { path }) => store.get('transfer', path[0]!);

export const listTransfers: Handler = (store, params) => {
  const group = optionalString(params, 'transfer_group');
  const destination = optionalString(params, 'destination');
  return list(
    store.all<Stripe.Transfer>(
      'transfer',
      (transfer) =>
        (!group || transfer.transfer_group === group) && (!destination || transfer.destination === destination),
    ),
    params,
    '/v1/transfers',
  );
};

/** Takes money back from the connected account to the platform, whole or in part. */
export const createTransferReversal: Handler = (store, params, context) => {
  const transfer = store.get<Stripe.Transfer>('transfer', context.path[0]!);
  const reversible = transfer.amount - transfer.amount_reversed;
  if (reversible === 0)
    throw unexpectedState(`Transfer ${transfer.id} has already been fully reversed.`, 'transfer_already_reversed');
  const amount = positiveAmount(params, 'amount', false) ?? reversible;
  if (amount > reversible) {
    throw invalidRequest(
      `Reversal amount (${amount}) is greater than the amount not yet reversed (${reversible}).`,
      'amount',
      'amount_too_large',
    );
  }
  const destination = transfer.destination as string;
  store.requireAvailable(destination, transfer.currency, amount);
  const base = store.base('trr');
  store.move(destination, {
    amount: -amount,
    fee: 0,
    currency: transfer.currency,
    type: 'payment_refund',
    source: base.id,
  });
  const reversal = store.put(
    money.transferReversal(base, {
      amount,
      currency: transfer.currency,
      transfer: transfer.id,
      metadata: metadata(params),
      balanceTransaction: store.move(null, {
        amount,
        fee: 0,
        currency: transfer.currency,
        type: 'transfer_refund',
        source: base.id,
      }),
    }),
  );
  const previous = { amount_reversed: transfer.amount_reversed, reversed: transfer.reversed };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  transfer.reversals.data.unshift(reversal);
  store.emit('transfer.reversed', transfer, context, previous);
  return reversal;
};

export const listTransferReversals: Handler = (store, params, { path }) => {
  const transfer = store.get<Stripe.Transfer>('transfer', path[0]!);
  return list(transfer.reversals.data, params, `/v1/transfers/${transfer.id}/reversals`);
};

export const retrieveBalance: Handler = (store, _params, { account }) => money.balance(store.available(account));

export const retrieveBalanceTransaction: Handler = (store, _params, { path }) =>
  store.get('balance_transaction', path[0]!);

export const listEvents: Handler = (store, params) => {
  const type = optionalString(params, 'type');
  return list(
    [...store.events]
      .reverse()
      .filter(
        (event) => !type || event.type === type || (type.endsWith('*') && event.type.startsWith(type.slice(0, -1))),
      ),
    params,
    '/v1/events',
  );
};

export const retrieveEvent: Handler = (store, _params, { path }) => store.get('event', path[0]!);
