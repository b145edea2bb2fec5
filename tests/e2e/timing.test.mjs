// (g) Timing, printed, not asserted: how long from an edit of a ~2,000-word
// article in the textarea until the highlighted view shows the new marks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

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

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** In the page: set the textarea, fire `input`, wait for the new marks. */
async function timeEdit(page, text) {
  return page.evaluate(async (text) => {
    const input = document.querySelector('#article-input');
    const done = () => {
      const article = document.querySelector('#article');
      return article && article.getAttribute('aria-busy') === 'false' && article.textContent === text;
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
    const marks = document.querySelectorAll('#article mark').length;
    // The app's own figure: request to reply, worker analysis + messaging.
    const worker = Number((document.querySelector('.summary').textContent.match(/in (\d+) ms/) || [])[1]);
    return { handler, dom, frame, marks, worker };
  }, text);
}

test('(g) re-render time after editing a 2,000-word article', async (t) => {
  const { page, context } = await openPage(env);
  try {
    const article = longArticle();
    const words = article.split(/\s+/).length;
    const fmt = (r) =>
      `input handler ${r.handler.toFixed(1)} ms, marks in DOM ${r.dom.toFixed(1)} ms, ` +
      `next frame ${r.frame.toFixed(1)} ms (worker round trip ${r.worker} ms), ${r.marks} marks`;

    const paste = await timeEdit(page, article);
    const line1 = `paste of ${words} words: ${fmt(paste)}`;
    const runs = [];
    for (let i = 0; i < 5; i++) {
      runs.push(await timeEdit(page, `${article}\nEdit ${i}: ${i + 2} more ships arrived.`));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const line2 =
      `small edit at the end of the ${words}-word article (median of 5): ` +
      `input handler ${median(runs.map((r) => r.handler)).toFixed(1)} ms, ` +
      `marks in DOM ${median(runs.map((r) => r.dom)).toFixed(1)} ms, next frame ${median(runs.map((r) => r.frame)).toFixed(1)} ms ` +
      `(worker round trip ${median(runs.map((r) => r.worker))} ms)`;
    console.log(`TIMING ${line1}`);
    console.log(`TIMING ${line2}`);
    t.diagnostic(line1);
    t.diagnostic(line2);
    assert.ok(words >= 2000);
  } finally {
    await context.close();
  }
});
