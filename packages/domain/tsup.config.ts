import { defineConfig } from 'tsup';

// Both module formats: the API (NestJS 11) is CommonJS, the web (Vite) is ESM.
export default defineConfig({
  // Two entry points: the whole domain, and core (the pure helpers without zod) for the web's
  // landing page. ESM shares their common code in chunks.
  entry: ['src/index.ts', 'src/core.ts'],
  format: ['cjs', 'esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
