// End-to-end tests of the "Compare sources" view in headless Chromium:
// adding sources (paste, file drop, file picker, the Article tab), guessed
// names and renaming, removing, each matrix, each download, persistence.
//
// The articles are the project's own (tests/testdata/compare/, CC0): an
// original, a rewrite with known changed numbers, a dropped fact, reworded
// sentences and one reworded quotation (expect.toml), and an unrelated
// article on the same topic. Assertions that depend on the analysis core
// recognizing things are marked [core].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startForFile, openTestPage, setArticle, download, parseCsv } from './harness.mjs';

const DATA = join(ROOT, 'tests', 'testdata', 'compare');
const read = (name) => readFileSync(join(DATA, name), 'utf8');
const ORIGINAL = read('original.txt');
const REWRITE = read('rewrite.txt');
const UNRELATED = read('unrelated.txt');
// expect.toml's arrays are JSON: `key = [...]`.
const EXPECT = Object.fromEntries(
  read('expect.toml')
    .split('\n')
    .filter((l) => /^\w+ = /.test(l))
    .map((l) => {
      const [k, v] = l.split(/ = (.*)/s);
      return [k, JSON.parse(v)];
    }),
);

const env = startForFile();

/** A fresh page (empty localStorage) showing the Compare view. */
async function openCompare(t) {
  const p = await openTestPage(env, t);
  await p.page.click('#tab-compare');
  await p.page.waitForSelector('#panel-compare:not([hidden])');
  return p;
}

const cardCount = (page) => page.locator('.source-card').count();

async function waitSources(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('.source-card').length === n, n, { timeout: 20_000 });
}

/** Waits until the matrices show the current `n` sources, nothing pending. */
async function waitCompared(page, n) {
  await page.waitForFunction(
    (n) => {
      const r = document.querySelector('#compare-results');
      const line = document.querySelector('#compare-summary');
      return (
        document.querySelectorAll('.source-card').length === n &&
        r !== null &&
        r.getAttribute('aria-busy') === 'false' &&
        r.dataset.sources === String(n) &&
        line !== null &&
        line.dataset.stale === 'false'
      );
    },
    n,
    { timeout: 20_000 },
  );
}

/** Pastes `text` into the new-source box and adds it. */
async function paste(page, text) {
  const before = await cardCount(page);
  await page.fill('#source-paste', text);
  await page.click('#add-source');
  await waitSources(page, before + 1);
}

/** Drops files (`{name, text, type}`) on the drop zone, as a browser would. */
async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type ?? 'text/plain' }));
    const zone = document.querySelector('#source-intake');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

async function addThree(page) {
  await paste(page, ORIGINAL);
  await paste(page, REWRITE);
  await paste(page, UNRELATED);
  await waitCompared(page, 3);
}

const names = (page) => page.$$eval('.source-card', (els) => els.map((e) => e.dataset.name));
const headers = (page, table) =>
  page.$$eval(`${table} thead th.source-col`, (ths) => ths.map((th) => th.textContent));

function factRows(page) {
  return page.$$eval('#fact-matrix tbody tr', (trs) =>
    trs.map((tr) => ({
      status: tr.dataset.status,
      kind: tr.dataset.kind,
      cells: [...tr.querySelectorAll('td[data-cell]')].map((td) => ({
        cell: td.dataset.cell,
        text: td.querySelector('.cell-text')?.textContent ?? null,
        value: td.dataset.value ?? null,
        background: getComputedStyle(td).backgroundColor,
      })),
    })),
  );
}

test('the Compare view starts empty and explains what to do', async (t) => {
  const { page, errors } = await openCompare(t);
  assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
  assert.equal(await page.getAttribute('#tab-article', 'aria-selected'), 'false');
  assert.ok(await page.isHidden('#panel-article'));
  const empty = await page.textContent('#sources-empty');
  assert.match(empty, /paste/i);
  assert.match(empty, /drop/i);
  assert.match(empty, /Article tab/);
  assert.equal(await page.locator('#compare-results').count(), 0);
  assert.ok(await page.isDisabled('#add-source'));
  // The arrow keys move between the tabs.
  await page.focus('#tab-compare');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getAttribute('#tab-article', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#article-input'));
  assert.deepEqual(errors, []);
});

test('pasted sources get guessed names; one source asks for another', async (t) => {
  const { page } = await openCompare(t);
  await paste(page, ORIGINAL);
  assert.ok(await page.isVisible('#sources-one-more'));
  assert.equal(await page.locator('#compare-results').count(), 0);
  await paste(page, REWRITE);
  await paste(page, UNRELATED);
  await waitCompared(page, 3);
  // `Source: Harbour Wire`, a closing `BLOOMBERG` tag, a `(Yonhap) -` dateline.
  assert.deepEqual(await names(page), ['Harbour Wire', 'Bloomberg', 'Yonhap']);
  const fields = await page.$$eval('input.source-name', (els) => els.map((e) => e.value));
  assert.deepEqual(fields, ['Harbour Wire', 'Bloomberg', 'Yonhap']);
  assert.deepEqual(await headers(page, '#fact-matrix'), ['Harbour Wire', 'Bloomberg', 'Yonhap']);
  // The paste box is empty again; word counts and headlines are shown.
  assert.equal(await page.inputValue('#source-paste'), '');
  const meta = await page.textContent('.source-card .source-meta');
  assert.match(meta, /^\d+ words · North Korea fires ballistic missiles into the sea$/);
});

test('fact matrix: changed numbers conflict, dropped facts are absent', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  const rows = await factRows(page);
  const row = (orig) => rows.find((r) => r.cells[0].text === orig);

  for (const [orig, changed] of EXPECT.conflicts) {
    const r = row(orig);
    assert.ok(r, `[core] no row for ${orig}`);
    assert.equal(r.status, 'conflict', orig);
    assert.equal(r.cells[0].cell, 'stated');
    assert.equal(r.cells[1].cell, 'differs', orig);
    assert.equal(r.cells[1].text, changed);
    // Highlighted: the conflicting cell has its own background.
    assert.notEqual(r.cells[1].background, r.cells[0].background, `${orig}: conflict not highlighted`);
    assert.notEqual(r.cells[1].value, r.cells[0].value);
  }
  for (const [orig, same] of EXPECT.agree) {
    const r = row(orig);
    assert.ok(r, `[core] no row for ${orig}`);
    assert.equal(r.status, 'agree', orig);
    assert.equal(r.cells[1].cell, 'stated');
    assert.equal(r.cells[1].text, same);
    assert.equal(r.cells[1].value, r.cells[0].value);
  }
  for (const orig of EXPECT.absent) {
    const r = row(orig);
    assert.ok(r, `[core] no row for ${orig}`);
    assert.equal(r.cells[1].cell, 'absent', `${orig} should be absent from the rewrite`);
    assert.equal(r.status, 'single');
  }
  // The unrelated article states none of the original's facts with it.
  assert.ok(rows.filter((r) => r.cells[0].cell !== 'absent').every((r) => r.cells[2].cell === 'absent'));

  // Conflicts only, and back.
  await page.check('#conflicts-only');
  const conflicts = await factRows(page);
  assert.equal(conflicts.length, rows.filter((r) => r.status === 'conflict').length);
  assert.ok(conflicts.every((r) => r.status === 'conflict'));
  assert.ok(conflicts.length >= EXPECT.conflicts.length);
  await page.uncheck('#conflicts-only');
  assert.equal((await factRows(page)).length, rows.length);
  assert.match(await page.textContent('#fact-summary'), new RegExp(`^${rows.length} facts: ${conflicts.length} stated differently`));
});

test('entity matrix: names merged across sources with mention counts', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  const rows = await page.$$eval('#entity-matrix tbody tr', (trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('th').textContent,
      label: tr.dataset.label,
      counts: [...tr.querySelectorAll('td[data-count]')].map((td) => Number(td.dataset.count)),
    })),
  );
  assert.deepEqual(await headers(page, '#entity-matrix'), ['Harbour Wire', 'Bloomberg', 'Yonhap']);
  // [core] `Kim Jong Un` (original) and `Kim Jong-un` (rewrite): one row.
  const kim = rows.filter((r) => /^Kim Jong[ -]Un$/i.test(r.name));
  assert.equal(kim.length, 1, JSON.stringify(rows.map((r) => r.name)));
  assert.equal(kim[0].label, 'PERSON');
  assert.ok(kim[0].counts.every((n) => n > 0), `Kim counts ${kim[0].counts}`);
  assert.ok(rows.every((r) => r.counts.length === 3));
  // A name missing from a source shows a dash.
  const missing = rows.find((r) => r.counts.includes(0));
  assert.ok(missing, '[core] every name in every source');
  const dash = await page.$eval('#entity-matrix td[data-count="0"]', (td) => td.textContent);
  assert.match(dash, /^—/);
});

test('quotes across sources: the same quotation, its changed words', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  const rows = await page.$$eval('#quote-matrix tbody tr', (trs) =>
    trs.map((tr) => ({
      text: tr.querySelector('th').textContent,
      speaker: tr.querySelector('td.speaker').textContent,
      reworded: tr.dataset.reworded,
      cells: [...tr.querySelectorAll('td[data-cell]')].map((td) => ({
        cell: td.dataset.cell,
        del: [...td.querySelectorAll('del')].map((d) => d.textContent),
        ins: [...td.querySelectorAll('ins')].map((d) => d.textContent),
        title: td.title,
      })),
    })),
  );
  // [core] The rewrite rewords Kim's quotation and keeps Ishiba's.
  const kim = rows.find((r) => r.text.startsWith('Our forces will'));
  assert.ok(kim, JSON.stringify(rows));
  assert.equal(kim.reworded, 'true');
  assert.equal(kim.cells[0].cell, 'same');
  assert.equal(kim.cells[1].cell, 'reworded');
  assert.ok(kim.cells[1].del.length > 0 && kim.cells[1].ins.length > 0);
  assert.match(kim.cells[1].title, /^“Our forces will/);
  assert.equal(kim.cells[2].cell, 'absent');
  const grave = rows.find((r) => r.text.includes('grave threat'));
  assert.ok(grave);
  assert.deepEqual(grave.cells.map((c) => c.cell), ['same', 'same', 'absent']);
  assert.match(grave.speaker, /Ishiba/);
});

test('overlap: the rewrite stands out from the unrelated article; passages per pair', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  const sim = async (a, b) =>
    Number(await page.getAttribute(`#overlap-matrix button.pair[data-a="${a}"][data-b="${b}"] >> nth=0`, 'data-similarity'));
  const rewrite = await sim(0, 1);
  const unrelated = Math.max(await sim(0, 2), await sim(1, 2));
  t.diagnostic(`similarity original~rewrite ${rewrite}, unrelated ${unrelated}`);
  assert.ok(rewrite - unrelated >= EXPECT.margin, `rewrite ${rewrite} vs unrelated ${unrelated}`);
  // Shown as whole percentages, symmetric.
  const cells = await page.$$eval('#overlap-matrix button.pair', (bs) => bs.map((b) => [b.dataset.a, b.dataset.b, b.textContent]));
  assert.equal(cells.length, 6);
  assert.ok(cells.every(([, , text]) => /^\d+%$/.test(text)));

  // The most similar pair is shown first: its passages, side by side.
  assert.equal(await page.getAttribute('#overlap-passages', 'data-a'), '0');
  assert.equal(await page.getAttribute('#overlap-passages', 'data-b'), '1');
  const passages = await page.$$eval('#overlap-passages .passage', (ps) =>
    ps.map((p) => ({ a: p.querySelector('.passage-a p').textContent, b: p.querySelector('.passage-b p').textContent })),
  );
  assert.ok(passages.length > 0);
  for (const p of passages) {
    assert.ok(ORIGINAL.includes(p.a), `passage not in the original: ${p.a}`);
    assert.ok(REWRITE.includes(p.b), `passage not in the rewrite: ${p.b}`);
  }
  // Another pair on click.
  await page.click('#overlap-matrix button.pair[data-a="1"][data-b="2"] >> nth=0');
  assert.equal(await page.getAttribute('#overlap-passages', 'data-a'), '1');
  assert.equal(await page.getAttribute('#overlap-passages', 'data-b'), '2');
  assert.equal(await page.getAttribute('#overlap-matrix button.pair[data-a="1"][data-b="2"] >> nth=0', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#overlap-passages h3'), /Bloomberg and Yonhap/);
});

test('renaming and removing sources', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  const seq = await page.getAttribute('#compare-results', 'data-seq');
  await page.fill('#source-list li:nth-child(2) input.source-name', 'Rewritten copy <b>x</b>');
  assert.deepEqual(await names(page), ['Harbour Wire', 'Rewritten copy <b>x</b>', 'Yonhap']);
  assert.deepEqual(await headers(page, '#fact-matrix'), ['Harbour Wire', 'Rewritten copy <b>x</b>', 'Yonhap']);
  // Text, never markup; and a rename needs no new comparison.
  assert.equal(await page.locator('#compare-results b, .source-card b').count(), 0);
  assert.equal(await page.getAttribute('#compare-results', 'data-seq'), seq);
  // An emptied name falls back to the guess (shown as the placeholder).
  await page.fill('#source-list li:nth-child(2) input.source-name', '');
  assert.equal((await names(page))[1], 'Bloomberg');
  assert.equal(await page.getAttribute('#source-list li:nth-child(2) input.source-name', 'placeholder'), 'Bloomberg');

  await page.click('#source-list li:nth-child(1) button.remove-source');
  await waitCompared(page, 2);
  assert.deepEqual(await names(page), ['Bloomberg', 'Yonhap']);
  assert.deepEqual(await headers(page, '#fact-matrix'), ['Bloomberg', 'Yonhap']);
  assert.equal(await page.locator('#overlap-matrix button.pair').count(), 2);
  // The accessible name says which source a button removes.
  assert.equal(await page.getAttribute('#source-list li:nth-child(1) button.remove-source', 'aria-label'), 'Remove Bloomberg');

  await page.click('#source-list li:nth-child(1) button.remove-source');
  await waitSources(page, 1);
  assert.ok(await page.isVisible('#sources-one-more'));
  assert.equal(await page.locator('#compare-results').count(), 0);
  await page.click('#remove-all-sources');
  await waitSources(page, 0);
  assert.ok(await page.isVisible('#sources-empty'));
});

test('editing a source’s text updates the matrices and its guessed name', async (t) => {
  const { page } = await openCompare(t);
  await paste(page, ORIGINAL);
  await paste(page, REWRITE);
  await waitCompared(page, 2);
  await page.click('#source-list li:nth-child(2) details summary');
  const edited = REWRITE.replace('15,000', '16,000').replace(/BLOOMBERG\s*$/, 'Source: Example News\n');
  await page.fill('#source-list li:nth-child(2) textarea', edited);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#fact-matrix td[data-cell="differs"] .cell-text')].some((e) => e.textContent === '16,000'),
  );
  await waitCompared(page, 2);
  assert.equal((await names(page))[1], 'Example News');
});

test('dropped .txt and .html files become sources; other files are refused', async (t) => {
  const { page } = await openCompare(t);
  // No byline or agency tag: named after the file.
  const anonymous = ORIGINAL.replace(/^By Jane Doe\n/m, '').replace(/^Source: .*$/m, '');
  const html =
    '<!doctype html><html><head><title>t</title><script>window.bad = 1</script></head><body>' +
    '<h1>North Korea fires missiles</h1><p>North Korea fired three ballistic missiles into the sea on Tuesday, ' +
    'officials said.</p><p>The missiles flew about 1,587km &amp; fell into the sea.</p><p>Source: TRT</p></body></html>';
  await dropFiles(page, [
    { name: 'agency-copy.txt', text: anonymous },
    { name: 'trt-page.html', text: html, type: 'text/html' },
    { name: 'photo.png', text: 'not text', type: 'image/png' },
  ]);
  await waitCompared(page, 2);
  assert.deepEqual(await names(page), ['agency-copy', 'TRT']);
  assert.match(await page.textContent('.intake-note'), /photo\.png: only \.txt and \.html files/);
  // The HTML became its clean text, in the worker.
  const text = await page.inputValue('#source-list li:nth-child(2) textarea');
  assert.ok(!text.includes('<') && !text.includes('window.bad'), text);
  assert.match(text, /1,587km & fell/);
  assert.match(await page.textContent('#source-list li:nth-child(2) .source-meta'), /converted from HTML/);
  assert.equal(await page.evaluate(() => window.bad), undefined);
  // [core] the 1,587km fact is in both.
  const rows = await factRows(page);
  assert.ok(rows.some((r) => r.cells.every((c) => c.cell !== 'absent') && r.kind === 'quantity'));

  // The file picker does the same.
  const dir = mkdtempSync(join(tmpdir(), 'lede-compare-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'yonhap.txt'), UNRELATED);
  await page.setInputFiles('#source-files', join(dir, 'yonhap.txt'));
  await waitCompared(page, 3);
  assert.equal((await names(page))[2], 'Yonhap');
});

test('the article from the Article tab becomes a source', async (t) => {
  const { page } = await openCompare(t);
  await page.click('#tab-article');
  await setArticle(page, REWRITE);
  await page.click('#tab-compare');
  await page.click('#add-article');
  await waitSources(page, 1);
  await paste(page, ORIGINAL);
  await waitCompared(page, 2);
  assert.deepEqual(await names(page), ['Bloomberg', 'Harbour Wire']);
  assert.equal(await page.inputValue('#source-list li:nth-child(1) textarea'), REWRITE);
});

test('downloads: CSV matrices, JSON as `lede compare` prints it, Markdown', async (t) => {
  const { page } = await openCompare(t);
  // A character outside the BMP before the numbers: code points differ
  // from UTF-16 units in this source.
  const rewrite = '📰 ' + REWRITE;
  await paste(page, ORIGINAL);
  await paste(page, rewrite);
  await paste(page, UNRELATED);
  await waitCompared(page, 3);
  await page.fill('#source-list li:nth-child(1) input.source-name', 'Harbour, "the wire"');
  const n = ['Harbour, "the wire"', 'Bloomberg', 'Yonhap'];
  const facts = await factRows(page);

  const csv = await download(page, 'lede-comparison-facts.csv');
  assert.equal(csv.name, 'lede-comparison-facts.csv');
  const table = parseCsv(csv.text);
  assert.deepEqual(table[0], ['fact', 'status', ...n]);
  assert.equal(table.length - 1, facts.length);
  assert.ok(table.slice(1).every((r) => r.length === 5));
  const troops = table.find((r) => r[2] === '12,000');
  assert.deepEqual(troops, ['count troops', 'conflict', '12,000', '15,000', '']);

  const entities = parseCsv((await download(page, 'lede-comparison-entities.csv')).text);
  assert.deepEqual(entities[0], ['entity', 'label', ...n]);
  assert.ok(entities.slice(1).every((r) => r.length === 5 && r.slice(2).every((c) => /^\d+$/.test(c))));
  const quotes = parseCsv((await download(page, 'lede-comparison-quotes.csv')).text);
  assert.deepEqual(quotes[0], ['quote', 'speaker', 'reworded', ...n]);
  assert.ok(quotes.slice(1).some((r) => r[2] === 'yes'));
  const overlap = parseCsv((await download(page, 'lede-comparison-overlap.csv')).text);
  assert.deepEqual(overlap[0], ['a', 'b', 'similarity', 'passages', 'verbatim_passages']);
  assert.equal(overlap.length, 4);
  assert.deepEqual(overlap[1].slice(0, 2), [n[0], n[1]]);

  const json = await download(page, 'lede-comparison.json');
  const c = JSON.parse(json.text);
  assert.deepEqual(Object.keys(c).sort(), ['entities', 'facts', 'overlap', 'quotes', 'sources']);
  assert.deepEqual(c.sources, n);
  assert.equal(c.facts.length, facts.length);
  const texts = [ORIGINAL, rewrite, UNRELATED];
  let crossesBmp = false;
  for (const f of c.facts) {
    assert.ok(['kind', 'value', 'unit', 'counted', 'status', 'by_source'].every((k) => k in f));
    assert.ok(['agree', 'conflict', 'single'].includes(f.status));
    assert.equal(f.by_source.length, 3);
    f.by_source.forEach((cell, i) => {
      if (cell === null) return;
      // Offsets in code points.
      assert.equal([...texts[i]].slice(cell.start, cell.end).join(''), cell.text);
      if (texts[i].slice(cell.start, cell.end) !== cell.text) crossesBmp = true;
    });
  }
  assert.ok(crossesBmp, 'no offset where code points and UTF-16 differ');
  assert.ok(c.entities.every((e) => 'canonical' in e && 'label' in e && e.by_source.length === 3));
  assert.ok(c.quotes.every((q) => 'text' in q && 'speaker' in q && q.by_source.length === 3));
  assert.deepEqual(c.overlap.map((o) => [o.a, o.b]), [[0, 1], [0, 2], [1, 2]]);
  assert.ok(c.overlap.every((o) => o.similarity >= 0 && o.similarity <= 1 && Array.isArray(o.passages)));
  for (const p of c.overlap[0].passages) {
    assert.ok([...ORIGINAL].slice(p.a.start, p.a.end).join('').length > 0);
    assert.ok([...rewrite].slice(p.b.start, p.b.end).join('').length > 0);
  }

  // Byte for byte what the CLI prints, when a built `lede` is at hand.
  const target = process.env.CARGO_TARGET_DIR || join(ROOT, 'target');
  const lede = ['release', 'debug'].map((p) => join(target, p, 'lede')).find((p) => existsSync(p));
  if (lede) {
    const dir = mkdtempSync(join(tmpdir(), 'lede-compare-cli-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const files = texts.map((text, i) => {
      const f = join(dir, `s${i}.txt`);
      writeFileSync(f, text);
      return f;
    });
    const date = await page.$eval('#reference-date', (el) => el.value);
    const cli = JSON.parse(execFileSync(lede, ['compare', '--reference-date', date, ...files], { encoding: 'utf8' }));
    // `--names` splits on commas, and the first name holds one: the names
    // are the one thing set apart.
    assert.deepEqual(cli.sources, ['Harbour Wire', 'Bloomberg', 'Yonhap']);
    cli.sources = n;
    assert.deepEqual(c, cli);
    t.diagnostic(`the download equals \`lede compare\` (${lede})`);
  }

  const md = await download(page, 'lede-comparison.md');
  assert.equal(md.name, 'lede-comparison.md');
  assert.match(md.text, /^## Facts\n\n\| Fact \| Status \| Harbour, "the wire" \| Bloomberg \| Yonhap \|/);
  assert.match(md.text, /\| count troops \| conflict \| \*\*12,000\*\* \| \*\*15,000\*\* \| — \|/);
  assert.match(md.text, /## Entities/);
  assert.match(md.text, /## Overlap/);
});

test('sources, names and the open view survive a reload', async (t) => {
  const { page } = await openCompare(t);
  await addThree(page);
  await page.fill('#source-list li:nth-child(3) input.source-name', 'Yonhap News Agency');
  await page.waitForTimeout(600); // the save waits for 300 ms of quiet
  await page.reload();
  await page.waitForSelector('#panel-compare:not([hidden])');
  await waitCompared(page, 3);
  assert.deepEqual(await names(page), ['Harbour Wire', 'Bloomberg', 'Yonhap News Agency']);
  assert.equal(await page.inputValue('#source-list li:nth-child(2) textarea'), REWRITE);
  assert.deepEqual(await headers(page, '#fact-matrix'), ['Harbour Wire', 'Bloomberg', 'Yonhap News Agency']);
  // The Article view is still there, behind its tab.
  await page.click('#tab-article');
  assert.ok(await page.isVisible('#article-input'));
});

test('pasted markup stays text', async (t) => {
  const { page } = await openCompare(t);
  const hostile =
    'Officials said <b>12</b> ships <img src=x onerror="window.pwned=1"> sailed.\n' +
    'Source: <i>Evil</i>\nMore: "<script>window.pwned=2</script> is what they quoted today," he said.';
  await paste(page, hostile);
  await paste(page, ORIGINAL);
  await waitCompared(page, 2);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('#panel-compare img, #panel-compare script, #panel-compare b, #panel-compare i').count(), 0);
});

test('the page makes no request but for its own files', async () => {
  const local = new RegExp(`^(${env.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/|blob:|data:)`);
  const foreign = env.requests.filter((u) => !local.test(u));
  assert.deepEqual(foreign, []);
  assert.ok(env.requests.length > 0);
});
