// Shared set-up for the browser tests: the built UI served by `vite preview`, Debian's
// Chromium driven by playwright-core (no browser download), and the mocked IPC.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ui = fileURLToPath(new URL('../..', import.meta.url));
const mock = readFileSync(new URL('./mock-ipc.js', import.meta.url), 'utf8');
export const BASE = 'http://127.0.0.1:4173';

/** Starts the preview server and the browser. */
export async function start() {
  const server = spawn(`${ui}/node_modules/.bin/vite`, ['preview', '--port', '4173', '--strictPort'], {
    cwd: ui,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start')), 20000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('4173')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
    },
  };
}

/** A page with the mocked Rust side in `scenario`'s state, opened at `path`. */
export async function openPage(browser, scenario = {}, path = '/', viewport = { width: 1024, height: 760 }) {
  const context = await browser.newContext({ viewport, locale: scenario.locale ?? 'en-US' });
  await context.addInitScript({ content: `${mock}\ninstallMockIpc(${JSON.stringify(scenario)});` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${BASE}${path}`);
  return { page, context, errors };
}
