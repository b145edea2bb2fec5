// (g) Timing, printed, not asserted: how long from an edit of a ~2,000-word
// article in the textarea until the highlighted view shows the new marks.
//
// Prints (lines starting with TIMING): a paste of the whole article; the
// median of 9 small edits at its end (the target: under 50 ms in
// Chromium), with the phases in between; the median of 9 small edits at its
// start (every mark moves); and the machine's load average, since the figures
// are wall-clock times on a shared machine. Numbers only, no time bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpus, loadavg } from 'node:os';
import { startForFile, openPage, median, ms } from './harness.mjs';

/** A deterministic ~2,000-word news-like article full of names and numbers. */
function longArticle(words = 2000) {
  const people = ['Kim Jong Un', 'Choe Son-hui', 'José Ribeiro', 'Helen Marsh', 'Ana Lima', 'Daniel Okafor'];
  const places = ['Pyongyang', 'São Paulo', 'Seoul', 'Tokyo', 'Washington', 'Boulder, Colorado'];
  const orgs = ['NASA', 'the National Oceanic and Atmospheric Administration', 'the Joint Chiefs of Staff', 'the U.S. Navy'];
  const months = ['Jan.', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  const paragraphs = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = people[i % people.length];
    const q = people[(i + 2) % people.length];
    const place = places[i % places.length];
    const org = orgs[i % orgs.length];
    const para =
      `On ${months[i % 12]} ${(i % 27) + 1}, ${p} told reporters in ${place} that ${org} had tracked ` +
      `${(i % 7) + 2} ballistic missiles flying ${1000 + i * 13}km over ${(i % 5) + 2} hours. ` +
      `Officials said the ${i + 3}-year-old program cost $${(i % 9) + 1}.${i % 10} billion, up ${(i % 12) + 1} percent, ` +
      `and that hundreds of engineers worked until ${(i % 11) + 1}:${String((i * 7) % 60).padStart(2, '0')} p.m. ` +
      `Mr ${q.split(' ').pop()}’s team ranked it No. ${(i % 3) + 1} for the ${i + 2}nd year running, ` +
      `while Russia’s embassy declined to comment on the ${(i % 4) + 2} test flights planned from Jan. 5 to 7.`;
    paragraphs.push(para);
    count += para.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

const env = startForFile();

/**
 * In the page: set the textarea, fire `input`, wait for the new marks. All
 * times are milliseconds from the moment the value is set. Besides what the
 * test observes (the marks in the DOM, the next animation frame, and the end
 * of that frame: `painted`, taken in a task queued from the frame's
 * requestAnimationFrame callback, so after its style, layout and paint), it
 * reads the app's own timing marks (www/src/perf.rs): request sent to the
 * worker, reply decoded, reducer done, every component rendered; and the
 * worker's analysis time from the status line's `data-analysis-ms`.
 */
async function timeEdit(page, text) {
  return page.evaluate(async (text) => {
    const input = document.querySelector('#article-input');
    const done = () => {
      const article = document.querySelector('#article');
      return article && article.getAttribute('aria-busy') === 'false' && article.textContent === text;
    };
    const markAt = (name) => {
      const m = performance.getEntriesByName(name, 'mark').pop();
      return m && m.startTime >= t0 ? m.startTime - t0 : NaN;
    };
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const handler = performance.now() - t0;
    await new Promise((resolve) => {
      if (done()) return resolve();
      const obs = new MutationObserver(() => {
        if (done()) {
          obs.disconnect();
          resolve();
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const dom = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const frame = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 0));
    const painted = performance.now() - t0;
    // The fact table and the entity list follow one frame later.
    await new Promise((resolve) => {
      const settled = () => document.querySelector('[aria-busy="true"]') === null;
      if (settled()) return resolve();
      const obs = new MutationObserver(() => {
        if (settled()) {
          obs.disconnect();
          resolve();
        }
      });
      obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    const details = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const detailsPainted = performance.now() - t0;
    const marks = document.querySelectorAll('#article mark').length;
    const summary = document.querySelector('.summary');
    // The app's own figure: request to reply, worker analysis + messaging.
    const worker = Number((summary.textContent.match(/in (\d+) ms/) || [])[1]);
    const analysis = Number(summary.dataset.analysisMs);
    return {
      handler, dom, frame, painted, details, detailsPainted, marks, worker, analysis,
      request: markAt('lede:request'), reply: markAt('lede:reply'),
      reduced: markAt('lede:reduced'), rendered: markAt('lede:rendered'),
    };
  }, text);
}

const RUNS = 9;

test('(g) re-render time after editing a 2,000-word article', async (t) => {
  const { page, context } = await openPage(env);
  try {
    const article = longArticle();
    const words = article.split(/\s+/).length;
    const fmt = (r) =>
      `input handler ${r.handler.toFixed(1)} ms, marks in DOM ${r.dom.toFixed(1)} ms, ` +
      `next frame ${r.frame.toFixed(1)} ms, painted ${r.painted.toFixed(1)} ms ` +
      `(worker round trip ${r.worker} ms), ${r.marks} marks; ` +
      `fact table and entities painted ${r.detailsPainted.toFixed(1)} ms`;

    const paste = await timeEdit(page, article);
    const line1 = `paste of ${words} words: ${fmt(paste)}`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await timeEdit(page, `${article}\nEdit ${i}: ${i + 2} more ships arrived.`));
    }
    // The worst case for the page: an edit at the very start moves every
    // mark's offsets (data-start/data-end) and ids.
    const startRuns = [];
    for (let i = 0; i < RUNS; i++) {
      startRuns.push(await timeEdit(page, `Update ${i}: ${i + 2} more ships arrived. ${article}`));
    }
    const m = (f) => median(runs.map(f));
    const line2 =
      `small edit at the end of the ${words}-word article (median of ${RUNS}): ` +
      `input handler ${ms(m((r) => r.handler))}, marks in DOM ${ms(m((r) => r.dom))}, ` +
      `next frame ${ms(m((r) => r.frame))}, painted ${ms(m((r) => r.painted))} ` +
      `(worker round trip ${m((r) => r.worker)} ms)`;
    const line3 =
      `phases of that edit (median of ${RUNS}): ` +
      `edit rendered and request sent ${ms(m((r) => r.request))}; ` +
      `worker round trip ${ms(m((r) => r.reply - r.request))} ` +
      `(analysis in the worker ${ms(m((r) => r.analysis))}, the rest is messaging, ` +
      `decoding and waiting for the main thread); ` +
      `reducer ${ms(m((r) => r.reduced - r.reply))}; ` +
      `render and DOM commit ${ms(m((r) => r.rendered - r.reduced))}; ` +
      `reply to marks in DOM ${ms(m((r) => r.dom - r.reply))}; ` +
      `marks in DOM to end of next frame ${ms(m((r) => r.painted - r.dom))}; ` +
      `then fact table and entity list in the DOM ${ms(m((r) => r.details))}, painted ${ms(m((r) => r.detailsPainted))}`;
    const ms0 = (f) => median(startRuns.map(f));
    const line4 =
      `small edit at the start of the article (median of ${RUNS}): ` +
      `marks in DOM ${ms(ms0((r) => r.dom))}, next frame ${ms(ms0((r) => r.frame))}, ` +
      `painted ${ms(ms0((r) => r.painted))} (worker round trip ${ms0((r) => r.worker)} ms); ` +
      `fact table and entity list painted ${ms(ms0((r) => r.detailsPainted))}`;
    const line5 = `load average while measuring: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores`;
    for (const line of [line1, line2, line3, line4, line5]) {
      console.log(`TIMING ${line}`);
      t.diagnostic(line);
    }
    assert.ok(words >= 2000);
    assert.equal(runs.length, RUNS);
  } finally {
    await context.close();
  }
});
