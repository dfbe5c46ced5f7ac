import { stopApi } from './api-server';

export default async function globalTeardown(): Promise<void> {
  const api = globalThis.crowdstakeE2eApi;
  if (!api) return;
  globalThis.crowdstakeE2eApi = undefined;
  await stopApi(api);
}
