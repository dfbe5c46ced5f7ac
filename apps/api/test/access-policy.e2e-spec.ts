import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ACCESS_POLICY } from '../src/auth/access.decorators';
import { startTestApp, type TestApp } from './support/test-app';

/** Deny by default: every route of every controller states who may call it. */
describe('access policy on every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TEST_CLOCK: 'on' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds an access policy on each route handler', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const routes: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata('method', handler) === undefined) continue; // not a route
        const label = `${RequestMethod[Reflect.getMetadata('method', handler) as number]} ${wrapper.name}.${name}`;
        routes.push(label);
        const policy =
          Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, wrapper.metatype as object);
        if (!policy) missing.push(label);
      }
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
