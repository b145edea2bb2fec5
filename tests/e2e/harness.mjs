// Shared set-up for the browser tests: serves dist/ with python3's
// http.server on a free 127.0.0.1 port and drives Debian's /usr/bin/chromium
// through playwright-core (no browser download).
//
// Build first: bash scripts/build-site.sh; then: node --test tests/e2e/
// (LEDE_DIST=/path/to/dist tests another build).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// LEDE_DIST: another build to test (e.g. to compare two builds' timings).
export const DIST = process.env.LEDE_DIST || join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the static server and the browser. Call `stop()` when done. */
export async function start() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run bash scripts/build-site.sh first`);
  }
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', DIST], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const r = await fetch(origin + '/');
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error('static server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    origin,
    browser,
    async stop() {
      await browser.close().catch(() => {});
      server.kill();
    },
  };
}

/**
 * Starts the server and the browser before a test file's tests and stops
 * them after. Returns the environment for `openPage`, filled in once the
 * file's `before` has run; its `requests` gathers those of the pages opened
 * with `openTestPage`.
 */
export function startForFile() {
  const env = { requests: [] };
  before(async () => {
    Object.assign(env, await start());
  });
  after(async () => {
    await env.stop?.();
  });
  return env;
}

/** `openPage` for test `t`: the page's context closes when `t` ends, and its requests join `env.requests`. */
export async function openTestPage(env, t, contextOptions = {}) {
  const p = await openPage(env, contextOptions);
  t.after(async () => {
    env.requests.push(...p.requests);
    await p.context.close();
  });
  return p;
}

/**
 * A fresh page (own context: empty localStorage) with every request recorded.
 * `contextOptions` go to playwright's `browser.newContext` (e.g. permissions).
 */
export async function openPage(env, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(env.origin + '/');
  await page.waitForSelector('#article-input');
  await waitAnalyzed(page);
  return { context, page, requests, errors };
}

/**
 * Waits until the highlighted article shows the textarea's current text,
 * analyzed with the reference date control's current value, and nothing on
 * the page is busy any more (the fact table and the entity list follow the
 * article one frame later, marked `aria-busy` until then).
 */
export async function waitAnalyzed(page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const article = document.querySelector('#article');
      const input = document.querySelector('#article-input');
      const reference = document.querySelector('#reference-date');
      return (
        article !== null &&
        input !== null &&
        article.getAttribute('aria-busy') === 'false' &&
        article.textContent === input.value &&
        (reference === null || article.dataset.referenceDate === reference.value) &&
        document.querySelector('[aria-busy="true"]') === null
      );
    },
    null,
    { timeout },
  );
}

/** Replaces the article text as a paste would, and waits for the re-render. */
export async function setArticle(page, text) {
  await page.fill('#article-input', text);
  await waitAnalyzed(page);
}

/** Sets the reference date control as a user would, and waits for the re-render. */
export async function setReferenceDate(page, date) {
  await page.fill('#reference-date', date);
  await waitAnalyzed(page);
}

/** All marks as plain objects. */
export function marks(page) {
  return page.$$eval('#article mark', (els) =>
    els.map((m) => ({
      id: m.id,
      text: m.textContent,
      label: m.dataset.label,
      mention: m.dataset.mention,
      value: m.dataset.value ?? null,
      endValue: m.dataset.endValue ?? null,
      unit: m.dataset.unit ?? null,
      counted: m.dataset.counted ?? null,
      qualifier: m.dataset.qualifier ?? null,
      resolved: m.dataset.resolved ?? null,
      si: m.dataset.si ?? null,
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      tip: m.dataset.tip,
      off: m.classList.contains('off'),
    })),
  );
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function download(page, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.click(`.export-bar button[data-format="${format}"]`),
  ]);
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF rows. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      assert.equal(cell, '', `a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the row.
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  assert.ok(!quoted, 'unterminated quoted field');
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The median of the finite numbers in `xs` (NaN if none): timings of runs that all finished. */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** Milliseconds for a TIMING line: `12.3 ms`, or `n/a` when not measured. */
export function ms(x) {
  return Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a';
}
