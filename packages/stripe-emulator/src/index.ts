export { start, EMULATOR_API_VERSION } from './server';
export type { StartOptions, EmulatorHandle, RecordedRequest } from './server';
export type { EmulatorControl } from './control';
export type { FaultRule } from './faults';
export type { WebhookDelivery, WebhookEndpoint, WebhookRetryPolicy, ReleaseOrder } from './webhooks';
export { signPayload, newWebhookSecret } from './webhooks';
export { testCardIds } from './cards';
