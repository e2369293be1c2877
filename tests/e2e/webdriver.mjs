// A small W3C WebDriver client for tauri-driver, on Node's fetch: no dependency to install, and
// nothing that tries to download a browser.

import { spawn } from 'node:child_process';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Waits until `fn` returns a truthy value, polling; throws with `what` after `timeout` ms. */
export async function waitFor(what, fn, timeout = 15000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts tauri-driver (and through it WebKitWebDriver) with `env` for the app it launches.
 *  It runs in its own process group, so stopping it also stops the WebKitWebDriver it spawned. */
export async function startDriver({ env = {}, port = 4444, nativePort = 4445, log } = {}) {
  for (const p of [port, nativePort]) {
    if (await portOpen(p)) throw new Error(`port ${p} is taken; another WebDriver is still running`);
  }
  const child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log ?? 'ignore', log ?? 'ignore'],
    detached: true,
  });
  const exited = new Promise((r) => child.once('exit', r));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  // Both the proxy and the native driver behind it must accept connections before a session
  // can be created; asking earlier gets the connection closed.
  try {
    await waitFor('tauri-driver and WebKitWebDriver to listen', async () => (await portOpen(port)) && portOpen(nativePort), 20000);
  } catch (error) {
    signal('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      signal('SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) signal('SIGKILL');
      await waitFor('the WebDriver ports to close', async () => !(await portOpen(port)) && !(await portOpen(nativePort)), 10000);
    },
  };
}

async function request(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || json.value?.error) {
    throw new Error(`${method} ${url}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`);
  }
  return json.value;
}

/** Opens the app binary in a new session. */
export async function openApp(driver, application) {
  const value = await request(`${driver.url}/session`, 'POST', {
    capabilities: { alwaysMatch: { 'tauri:options': { application } } },
  });
  return new Session(`${driver.url}/session/${value.sessionId}`);
}

export class Session {
  constructor(base) {
    this.base = base;
  }

  /** The first element matching `css`, waiting for it to appear. */
  async find(css, timeout) {
    const value = await waitFor(`element ${css}`, () =>
      request(`${this.base}/element`, 'POST', { using: 'css selector', value: css }).catch(() => null),
    timeout);
    return value[ELEMENT];
  }

  async click(css) {
    const id = await this.find(css);
    await request(`${this.base}/element/${id}/click`, 'POST', {});
  }

  async type(css, text) {
    const id = await this.find(css);
    await request(`${this.base}/element/${id}/clear`, 'POST', {});
    await request(`${this.base}/element/${id}/value`, 'POST', { text });
  }

  async text(css) {
    const id = await this.find(css);
    return request(`${this.base}/element/${id}/text`, 'GET');
  }

  /** Waits until the text of `css` satisfies `test` (a string to equal, or a RegExp). */
  async waitText(css, test, timeout) {
    let seen = '';
    try {
      return await waitFor(
        `text of ${css}`,
        async () => {
          seen = await this.text(css);
          return (typeof test === 'string' ? seen === test : test.test(seen)) ? seen : null;
        },
        timeout,
      );
    } catch (error) {
      throw new Error(`${error.message}; last text was ${JSON.stringify(seen)}, wanted ${test}`);
    }
  }

  async execute(script, args = []) {
    return request(`${this.base}/execute/sync`, 'POST', { script, args });
  }

  async setSize(width, height) {
    await request(`${this.base}/window/rect`, 'POST', { width, height });
  }

  /** A PNG of the window's content. */
  async screenshot() {
    return Buffer.from(await request(`${this.base}/screenshot`, 'GET'), 'base64');
  }

  async close() {
    await request(this.base, 'DELETE').catch(() => {});
  }
}
