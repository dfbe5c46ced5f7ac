import { defineConfig } from 'tsup';

// CommonJS only: the API (NestJS 11) and the tests are the only users.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
