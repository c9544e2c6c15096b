// Shared by the browser benchmarks: build and serve the web app, launch Debian's Chromium, read memory.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

export async function serveApp(port) {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already stopped
    }
  };
  process.on('exit', stop);
  const base = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop };
}

export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  return { browser, context, page: await context.newPage() };
}

/** The largest Chromium renderer's proportional set size, from /proc (Linux). */
export function rendererPss() {
  return Math.max(
    ...readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((pid) => {
        try {
          if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) return 0;
          const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
          return pss ? Number(pss[1]) * 1024 : 0;
        } catch {
          return 0;
        }
      }),
  );
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
export const ms = (x) => x.toFixed(0);

export function machineLine(browser) {
  const date = new Date().toISOString().slice(0, 10);
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
  return `${date}, ${cpu}, ${mb(os.totalmem())} MB, Node ${process.versions.node}, Chromium ${browser.version()}`;
}

/** The latest User Timing mark of that name in the page (ms since navigation start), waiting for it. */
export async function markTime(page, name, timeout = 120_000) {
  const handle = await page.waitForFunction(
    (mark) => {
      const entries = performance.getEntriesByName(`plenum:${mark}`);
      return entries.length ? entries[entries.length - 1].startTime : null;
    },
    name,
    { timeout, polling: 'raf' },
  );
  return handle.jsonValue();
}
