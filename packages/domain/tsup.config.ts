import { defineConfig } from 'tsup';

// Both module formats: the API (NestJS 11) is CommonJS, the web (Vite) is ESM.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['cjs', 'esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
