import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const domainSource = fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url));

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    // The dev server reads the domain package's source, so a change there reloads at once without a
    // rebuild; `vite build` uses its built ESM output, which `turbo run build` makes first.
    alias: command === 'serve' ? [{ find: /^@crowdstake\/domain$/, replacement: domainSource }] : [],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000' },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000' },
    },
  },
  build: {
    sourcemap: true,
    // React DOM and Mantine alone are ~500 kB before gzip; warn only when our own code adds a lot.
    chunkSizeWarningLimit: 600,
  },
}));
