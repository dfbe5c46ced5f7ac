import '@fontsource-variable/inter';
// Mantine's styles in a cascade layer: the theme's variables and every CSS module then win over them
// whatever the order the sheets arrive in (the build moves this stylesheet into <body>, after the
// route chunks' CSS that Vite adds to <head>).
import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app-providers';
import { router } from './router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// index.html's painted shell goes the moment the app puts its first page in #root (before that
// frame is painted: observers run before rendering).
const shell = document.getElementById('shell');
if (shell) {
  new MutationObserver((_, observer) => {
    shell.remove();
    observer.disconnect();
  }).observe(container, { childList: true });
}

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
