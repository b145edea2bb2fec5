// node browser.mjs FILE.wasm: the same figures as run.mjs, measured inside
// Debian's Chromium (headless, through playwright-core): module compile, model
// parse, model ready, tagging speed. The page is about:blank; the wasm bytes
// are handed to it, so the figures leave out the network but include
// compiling the module, which the page's worker also pays.
// CHROMIUM=/path overrides /usr/bin/chromium.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const bytes = readFileSync(process.argv[2]);
const runs = Number(process.argv[3] || 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (let r = 0; r < runs; r++) {
    // A fresh page per run: a cold instance, as when the worker starts.
    const page = await browser.newPage();
    const res = await page.evaluate(async (b64) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
      let mod;
      const compile = await time(async () => { mod = await WebAssembly.compile(bin); });
      let x;
      const inst = await time(async () => { x = (await WebAssembly.instantiate(mod, {})).exports; });
      const parse = await time(() => x.parse_model());
      const lists = await time(() => x.rules_first());
      const ready = await time(() => x.model_first());
      x.tag(10);
      let toks = 0;
      const dt = (await time(() => { toks = x.tag(2000); })) / 1000;
      return { compile, inst, parse, lists, ready, rate: toks / dt };
    }, bytes.toString('base64'));
    await page.close();
    const f = (x) => x.toFixed(1);
    console.log(`chromium ${browser.version()}: wasm ${bytes.length} bytes: compile ${f(res.compile)} ms, ` +
      `instantiate ${f(res.inst)} ms; model parse ${f(res.parse)} ms (first call); word lists + first rules ` +
      `analysis ${f(res.lists)} ms; model ready + first analysis ${f(res.ready)} ms; ` +
      `model load (parse + ready) ${f(res.parse + res.ready)} ms; cold start (all of these) ` +
      `${f(res.compile + res.inst + res.parse + res.lists + res.ready)} ms; tagging ${res.rate.toFixed(0)} tokens/s`);
  }
} finally {
  await browser.close();
}
