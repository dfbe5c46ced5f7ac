import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const domainSource = (entry: string) => fileURLToPath(new URL(`../../packages/domain/src/${entry}`, import.meta.url));

/**
 * The browser gets Preact in place of React DOM (docs/decisions/0010-preact-in-the-browser.md):
 * ~55 KB less gzipped JavaScript on every first visit. The code is written, typed and linted
 * against React's API; these aliases apply to our code and our libraries alike, in the dev server
 * and the build, so what the browser tests click is what ships.
 */
const reactOnPreact = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/preact/react.ts', import.meta.url)) },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
];

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Smaller files gain nothing worth a second request header's worth of bytes. */
const COMPRESS_MIN_BYTES = 1024;

/**
 * Writes a .br and a .gz beside every text asset of the build, at the strongest settings, so the
 * API (apps/api/src/web/web.module.ts) sends compressed files without compressing per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crowdstake:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const file = path.join(dir, name);
          return statSync(file).isDirectory() ? walk(file) : [file];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
        const content = readFileSync(file);
        if (content.length < COMPRESS_MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}

/**
 * Moves the built stylesheet from <head> to just before #root. In <head> it blocks every paint
 * until it arrives, and on a slow link it shares the bandwidth with the preloaded JavaScript; in
 * <body> it blocks only what follows, so index.html's shell (styled inline, before it) paints
 * first. It stays before #root so that Mantine's theme variables, which the app renders as a
 * <style> inside #root, come after it and win. Module scripts wait for the style sheets before
 * them, so the app never renders unstyled.
 */
function stylesheetAfterShell(): Plugin {
  return {
    name: 'crowdstake:stylesheet-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        const root = '<div id="root"></div>';
        if (links.length === 0 || !html.includes(root)) return html;
        const withoutLinks = links.reduce((page, link) => page.replace(link, ''), html);
        return withoutLinks.replace(root, `${links.map((link) => link.trim()).join('\n    ')}\n    ${root}`);
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  // Preact's preset: JSX for Preact and hot reload (Prefresh); the aliases are ours (above).
  plugins: [preact({ reactAliasesEnabled: false }), stylesheetAfterShell(), precompress()],
  resolve: {
    alias: [
      ...reactOnPreact,
      // The dev server reads the domain package's source, so a change there reloads at once without a
      // rebuild; `vite build` uses its built ESM output, which `turbo run build` makes first.
      ...(command === 'serve'
        ? [
            { find: /^@crowdstake\/domain$/, replacement: domainSource('index.ts') },
            { find: /^@crowdstake\/domain\/core$/, replacement: domainSource('core.ts') },
          ]
        : []),
    ],
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
    // .vite/manifest.json: which chunks each entry needs; src/budget.spec.ts weighs the home page's.
    manifest: true,
    // Mantine and React Router alone are ~300 kB before gzip; warn only when our own code adds a lot.
    chunkSizeWarningLimit: 600,
  },
}));
