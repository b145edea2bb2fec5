// Browser tests of the fact sheet (issue 5): the entity panel by cluster,
// fact filters, the quotes panel, dimmed page debris, every export (the
// downloads are parsed here and checked against what the page shows), the
// clipboard copy, rich (HTML) paste and file drop / file open.
//
// Assertions that depend on the analysis core recognizing a particular
// thing are marked [core]; the rest tests the page itself. The article is
// invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, openTestPage, setArticle, waitAnalyzed, marks, download, parseCsv } from './harness.mjs';

// A headline, a prompt and a photo credit (debris, one holding a number), a
// repeated headline, a quotation with speaker and relaying source, a cluster
// written three ways, a non-BMP character (code points ≠ UTF-16 units), and a
// sentence that would be a spreadsheet formula.
const ARTICLE = `North Korea fires two missiles
Sign up now for our newsletter
SEOUL, March 3, 2025 (Lede Wire) — North Korean leader Kim Jong Un watched the launch of two ballistic missiles on Monday, the Korean Central News Agency said. The missiles flew 1,587km before falling into the sea, according to South Korea’s Joint Chiefs of Staff.

“We will launch many more of them, and very soon,” Kim said, according to the Korean Central News Agency. Mr Kim’s weapons programme has reportedly cost about $1.5 billion 📈, analysts said.

=HYPERLINK("http://example.invalid","x"), wrote one reader, and "quoted, text" appeared 3 times in Seoul.

PHOTO: EPA-EFE 2 photos
North Korea fires two missiles`;

const env = startForFile();

async function open(t, options = {}) {
  const p = await openTestPage(env, t, options);
  await setArticle(p.page, ARTICLE);
  return p;
}

/** The fact table's rows: mark index, label, cluster indices. */
const factRows = (page) =>
  page.$$eval('table.facts tbody tr', (trs) =>
    trs.map((tr) => ({
      mark: tr.dataset.mark,
      label: tr.dataset.label,
      clusters: tr.dataset.clusters ? tr.dataset.clusters.split(' ').map(Number) : [],
      text: tr.querySelector('td.text').textContent,
      entities: tr.querySelector('td.entities').textContent,
      attribution: tr.querySelector('td.attribution').textContent,
      hedged: tr.dataset.hedged === 'true',
    })),
  );

/** Code-point slice, as the exports count offsets. */
const cpSlice = (text, start, end) => Array.from(text).slice(start, end).join('');

test('entity panel: one row per cluster, counts, click flashes every mention', async (t) => {
  const { page } = await open(t);
  const ms = await marks(page);
  const rows = await page.$$eval('#entities li.cluster', (lis) =>
    lis.map((li) => ({
      index: Number(li.dataset.cluster),
      label: li.dataset.label,
      count: Number(li.dataset.count),
      name: li.querySelector('.name').textContent,
      roles: li.querySelector('.roles')?.textContent ?? '',
      aliases: li.querySelector('.aliases')?.textContent ?? '',
    })),
  );
  assert.ok(rows.length > 0, '[core] no clusters');
  // One row per cluster: every entity mark belongs to exactly one listed row.
  const listed = new Set(rows.map((r) => r.index));
  assert.equal(listed.size, rows.length, 'a cluster listed twice');
  const entityMarks = await page.$$eval('#article mark[data-mention="entity"]', (els) =>
    els.map((e) => ({ id: e.id, cluster: Number(e.dataset.cluster), text: e.textContent })),
  );
  assert.ok(entityMarks.every((m) => listed.has(m.cluster)), 'an entity mark without a listed cluster');
  for (const r of rows) {
    assert.equal(r.count, entityMarks.filter((m) => m.cluster === r.index).length, `mention count of ${r.name}`);
  }

  // [core] Kim Jong Un, Kim and Mr Kim are one referent.
  const kim = rows.find((r) => r.name === 'Kim Jong Un');
  assert.ok(kim, `[core] no Kim Jong Un row: ${rows.map((r) => r.name).join(', ')}`);
  assert.equal(kim.label, 'PERSON');
  assert.ok(kim.count >= 3, `[core] Kim's mentions: ${kim.count}`);
  assert.match(kim.aliases, /Kim/);
  assert.match(kim.roles, /leader/i, '[core] the role "North Korean leader"');

  const button = page.locator(`#entities li.cluster[data-cluster="${kim.index}"] button.entity`);
  await button.click();
  const flashed = await page.$$eval('#article mark.flash', (els) => els.map((e) => e.id).sort());
  const expected = entityMarks.filter((m) => m.cluster === kim.index).map((m) => m.id).sort();
  assert.deepEqual(flashed, expected);
  assert.ok(ms.filter((m) => expected.includes(m.id)).every((m) => /Kim/.test(m.text)));

  // Keyboard: the row's button is focusable and Enter flashes again.
  await page.click('#article-input');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.$$eval('#article mark.flash', (e) => e.length), expected.length);
});

test('page debris is dimmed with a reason and contributes no fact', async (t) => {
  const { page } = await open(t);
  const debris = await page.$$eval('#article .debris', (els) =>
    els.map((e) => ({ text: e.textContent, kind: e.dataset.debris, title: e.title, opacity: Number(getComputedStyle(e).opacity) })),
  );
  // [core] the prompt, the credit and the repeated headline.
  assert.deepEqual(
    debris.map((d) => d.text),
    ['Sign up now for our newsletter', 'PHOTO: EPA-EFE 2 photos', 'North Korea fires two missiles'],
  );
  assert.equal(debris[2].kind, 'repeated');
  assert.equal(debris[0].kind, 'furniture');
  assert.ok(debris.every((d) => d.opacity < 1 && /not used for facts/i.test(d.title)));
  // The article's text is unchanged by the wrappers.
  assert.equal(await page.textContent('#article'), ARTICLE);

  // One fact row per number outside debris.
  const numbers = await page.$$eval('#article mark[data-mention="number"]', (els) =>
    els.map((e) => ({ id: e.id, inDebris: e.closest('.debris') !== null })),
  );
  assert.ok(numbers.some((n) => n.inDebris), '[core] the credit line holds a number mark');
  const rows = await factRows(page);
  assert.deepEqual(
    rows.map((r) => `m${r.mark}`),
    numbers.filter((n) => !n.inDebris).map((n) => n.id),
  );
});

test('fact table: filters by kind and by entity change the rows as the analysis says', async (t) => {
  const { page } = await open(t);
  const all = await factRows(page);
  assert.ok(all.length >= 5, `[core] only ${all.length} facts`);
  const shown = () => page.$eval('table.facts', (t) => Number(t.dataset.shown));
  assert.equal(await shown(), all.length);
  // The analysis, as the JSON export gives it.
  const json = JSON.parse((await download(page, 'json')).text);
  assert.equal(json.facts.length, all.length);

  // By kind: every option's count holds, and the rows are exactly that kind's.
  const kinds = [...new Set(all.map((r) => r.label))];
  assert.ok(kinds.length >= 2, `[core] kinds: ${kinds}`);
  for (const kind of kinds) {
    await page.selectOption('#fact-kind', kind);
    const rows = await factRows(page);
    assert.ok(rows.every((r) => r.label === kind));
    assert.equal(rows.length, all.filter((r) => r.label === kind).length, kind);
    assert.equal(rows.length, json.facts.filter((f) => f.kind === kind).length, `${kind} vs JSON`);
    assert.match(await page.textContent('table caption'), new RegExp(`^Facts: ${rows.length} of ${all.length} numbers shown`));
  }
  await page.selectOption('#fact-kind', '');
  assert.equal((await factRows(page)).length, all.length);

  // By entity: only facts naming it (as the JSON's facts[].entities say).
  const options = await page.$$eval('#fact-entity option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })));
  const named = options.filter((o) => o.value);
  assert.ok(named.length > 0, '[core] no entity has facts');
  for (const o of named) {
    const canonical = o.value.slice(o.value.indexOf(':') + 1);
    await page.selectOption('#fact-entity', o.value);
    const rows = await factRows(page);
    const expected = json.facts.filter((f) => f.entities.includes(canonical)).length;
    assert.ok(expected > 0);
    assert.equal(rows.length, expected, `facts about ${canonical}`);
    assert.ok(rows.every((r) => r.entities.split(', ').includes(canonical)));
    assert.match(o.text, new RegExp(`\\(${expected}\\)$`));
  }

  // By source: only facts attributed to it (the JSON's facts[].source).
  await page.selectOption('#fact-entity', '');
  const sources = (await page.$$eval('#fact-source option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })))).filter((o) => o.value);
  assert.ok(sources.length > 0, '[core] no fact is attributed to a named source');
  for (const o of sources) {
    const canonical = o.value.slice(o.value.indexOf(':') + 1);
    await page.selectOption('#fact-source', o.value);
    const rows = await factRows(page);
    const expected = json.facts.filter((f) => f.source === canonical).length;
    assert.ok(expected > 0);
    assert.equal(rows.length, expected, `facts attributed to ${canonical}`);
    assert.ok(rows.every((r) => r.attribution !== ''), `rows attributed to ${canonical} show the attribution`);
    assert.match(o.text, new RegExp(`\\(${expected}\\)$`));
  }
  await page.selectOption('#fact-source', '');
  assert.equal((await factRows(page)).length, all.length);
  // The entity panel's "source of N facts" link sets the source filter.
  const said = sources[0];
  await page.click(`#entities li.cluster:has(.name:text-is("${said.value.slice(said.value.indexOf(':') + 1)}")) button.said-link`);
  assert.equal(await page.$eval('#fact-source', (s) => s.value), said.value);
  await page.click('.fact-filters button.clear-filters');
  assert.equal(await page.$eval('#fact-source', (s) => s.value), '');

  // Both filters at once: the intersection.
  const first = named[0];
  await page.selectOption('#fact-entity', first.value);
  const about = await factRows(page);
  const kind = about[0].label;
  await page.selectOption('#fact-kind', kind);
  assert.equal((await factRows(page)).length, about.filter((r) => r.label === kind).length);

  // "Show all facts" clears both; sorting still works on the full table.
  await page.click('.fact-filters button.clear-filters');
  assert.equal((await factRows(page)).length, all.length);
  assert.equal(await page.$eval('#fact-kind', (s) => s.value), '');
  assert.equal(await page.$eval('#fact-entity', (s) => s.value), '');

  // The entity panel's "N facts" link sets the entity filter.
  const kimKey = named.find((o) => o.value === 'PERSON:Kim Jong Un');
  if (kimKey) {
    await page.click('#entities li.cluster:has(.name:text-is("Kim Jong Un")) button.facts-link');
    assert.equal(await page.$eval('#fact-entity', (s) => s.value), 'PERSON:Kim Jong Un');
    assert.equal((await factRows(page)).length, json.facts.filter((f) => f.entities.includes('Kim Jong Un')).length);
  }

  // The filter survives an edit that keeps the entity (clusters renumbered).
  await page.selectOption('#fact-entity', first.value);
  const before = (await factRows(page)).length;
  await setArticle(page, `Update: 4 ships. ${ARTICLE}`);
  assert.equal(await page.$eval('#fact-entity', (s) => s.value), first.value);
  assert.equal((await factRows(page)).length, before);
});

test('fact rows show attribution, entities, hedges and the whole sentence on hover', async (t) => {
  const { page } = await open(t);
  const rows = await factRows(page);
  // [core] 1,587km according to South Korea’s Joint Chiefs of Staff; $1.5 billion hedged (reportedly, about).
  const km = rows.find((r) => r.text === '1,587km');
  assert.ok(km, '[core] no 1,587km row');
  assert.match(km.attribution, /^according to South Korea’s Joint Chiefs of Staff$/);
  const money = rows.find((r) => r.text === '$1.5 billion');
  assert.ok(money?.hedged, '[core] $1.5 billion is hedged');
  assert.match(await page.textContent(`table.facts tr[data-mark="${money.mark}"] td.hedged`), /reportedly/);

  const cell = page.locator(`table.facts tr[data-mark="${km.mark}"] td.sentence`);
  assert.match(await cell.getAttribute('title'), /^The missiles flew 1,587km/);
  const height = () => cell.evaluate((td) => td.querySelector('.clamp').getBoundingClientRect().height);
  await page.mouse.move(0, 0);
  const clamped = await height();
  await cell.hover();
  assert.ok((await height()) >= clamped);
});

test('quotes panel: speaker and via; a click flashes the quotation', async (t) => {
  const { page } = await open(t);
  const json = JSON.parse((await download(page, 'json')).text);
  const quotes = await page.$$eval('#quotes li.quote-row', (lis) =>
    lis.map((li) => ({
      index: li.dataset.quote,
      text: li.querySelector('.quote-text').textContent,
      speaker: li.querySelector('.speaker:not(.unknown)')?.textContent ?? null,
      via: li.querySelector('.via')?.textContent ?? null,
    })),
  );
  assert.equal(quotes.length, json.quotes.length);
  assert.ok(quotes.length >= 1, '[core] no quotation found');
  quotes.forEach((q, i) => {
    assert.equal(q.speaker, json.quotes[i].speaker);
    assert.equal(q.via, json.quotes[i].via);
    assert.equal(q.text, cpSlice(json.text, json.quotes[i].start, json.quotes[i].end));
  });
  // [core] Kim's quotation, via the news agency.
  assert.equal(quotes[0].speaker, 'Kim Jong Un');
  assert.equal(quotes[0].via, 'Korean Central News Agency');

  await page.click(`#quotes li.quote-row[data-quote="${quotes[0].index}"] button.quote-text`);
  const q = page.locator(`#q${quotes[0].index}`);
  assert.equal(await q.evaluate((el) => el.classList.contains('flash')), true);
  assert.equal(await q.textContent(), quotes[0].text);
});

test('exports: CSV parse with one row per fact / cluster, JSON contract, Markdown, clipboard', async (t) => {
  const { page, context, requests } = await open(t, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const factCount = (await factRows(page)).length;
  const clusterCount = await page.$$eval('#entities li.cluster', (e) => e.length);

  // Facts CSV.
  const facts = await download(page, 'facts-csv');
  assert.equal(facts.name, 'lede-facts.csv');
  const rows = parseCsv(facts.text);
  const header = rows[0];
  for (const f of ['start', 'end', 'text', 'kind', 'value', 'unit', 'counted', 'entities', 'attribution', 'source', 'hedged', 'sentence']) {
    assert.ok(header.includes(f), `facts CSV column ${f}`);
  }
  assert.equal(rows.length - 1, factCount, 'one CSV row per fact row');
  assert.ok(rows.every((r) => r.length === header.length), 'ragged CSV');
  assert.match(await page.textContent('.export-note'), new RegExp(`Downloaded lede-facts\\.csv: ${factCount} facts`));
  // Formula injection: text cells never start a formula; numbers stay numbers.
  const numeric = new Set(['start', 'end', 'value', 'end_value', 'si_value']);
  for (const r of rows.slice(1)) {
    r.forEach((cell, i) => {
      if (numeric.has(header[i]) && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell)) return;
      assert.ok(!/^[=+\-@]/.test(cell), `unguarded cell ${header[i]}: ${cell}`);
    });
  }
  const col = (name) => header.indexOf(name);
  const hyperlink = rows.find((r) => r[col('sentence')].includes('HYPERLINK'));
  assert.ok(hyperlink, '[core] a fact in the =HYPERLINK sentence');
  assert.ok(hyperlink[col('sentence')].startsWith("'=HYPERLINK(\"http"), hyperlink[col('sentence')]);
  // Offsets are code points into the analyzed text.
  const text = await page.inputValue('#article-input');
  for (const r of rows.slice(1)) {
    assert.equal(cpSlice(text, Number(r[col('start')]), Number(r[col('end')])), r[col('text')].replace(/^'/, ''));
  }

  // Entities CSV: one row per cluster.
  const entities = await download(page, 'entities-csv');
  assert.equal(entities.name, 'lede-entities.csv');
  const erows = parseCsv(entities.text);
  assert.deepEqual(erows[0].slice(0, 4), ['canonical', 'label', 'roles', 'mentions']);
  assert.equal(erows.length - 1, clusterCount);
  const kim = erows.find((r) => r[0] === 'Kim Jong Un');
  assert.ok(kim, '[core] Kim Jong Un in the entities CSV');
  assert.equal(Number(kim[3]), await page.$eval('#entities li.cluster:has(.name:text-is("Kim Jong Un"))', (li) => Number(li.dataset.count)));

  // JSON: the CLI's contract fields, code-point offsets.
  const { name, text: jsonText } = await download(page, 'json');
  assert.equal(name, 'lede-analysis.json');
  const json = JSON.parse(jsonText);
  for (const k of ['entities', 'numbers', 'clusters', 'facts', 'quotes', 'debris', 'text']) {
    assert.ok(k in json, `JSON ${k}`);
  }
  assert.equal(json.text, text);
  assert.equal(json.facts.length, factCount);
  assert.equal(json.clusters.length, clusterCount);
  for (const f of json.facts) {
    assert.deepEqual(
      Object.keys(f).sort(),
      ['attribution', 'counted', 'end', 'entities', 'hedged', 'kind', 'sentence', 'source', 'start', 'unit', 'value'],
    );
    assert.equal(typeof f.hedged, 'boolean');
    assert.ok(Array.isArray(f.entities));
    assert.ok(f.sentence.start <= f.start && f.end <= f.sentence.end);
  }
  for (const e of json.entities) {
    assert.equal(cpSlice(json.text, e.start, e.end), e.text);
    assert.ok(typeof e.canonical === 'string' && e.canonical.length > 0);
  }
  for (const c of json.clusters) {
    assert.deepEqual(Object.keys(c).sort(), ['canonical', 'label', 'mentions', 'roles']);
  }
  for (const q of json.quotes) {
    assert.deepEqual(Object.keys(q).sort(), ['end', 'speaker', 'start', 'via']);
  }
  assert.equal(json.reference.source, 'dateline');
  // [core] the emoji sits before the $1.5 billion fact's end: UTF-16 and code points differ after it.
  const after = json.facts.find((f) => cpSlice(json.text, f.start, f.end) === '3');
  assert.ok(after, '[core] the "3 times" fact');

  // Markdown fact sheet: a table with one row per fact.
  const md = await download(page, 'md');
  assert.equal(md.name, 'lede-fact-sheet.md');
  assert.match(md.text, /^# Fact sheet: North Korea fires two missiles\n/);
  assert.match(md.text, /\n\| # \| Number \| Kind \| Value \|/);
  assert.equal(md.text.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length, factCount);
  assert.match(md.text, /## Quotes\n\n- “We will launch/);

  // Copy to the clipboard: the same fact sheet.
  await page.click('.export-bar button[data-format="copy-md"]');
  await page.waitForFunction(() => /Copied the fact sheet/.test(document.querySelector('.export-note').textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md.text);

  // Nothing left the page.
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
});

/** Dispatches a paste of `data` (type → string) on the textarea. Returns whether the page took it over. */
const paste = (page, data) =>
  page.evaluate((data) => {
    const area = document.querySelector('#article-input');
    area.focus();
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    area.dispatchEvent(e);
    return e.defaultPrevented;
  }, data);

const RICH = `<html><head><title>x</title><style>p{color:red}</style></head><body><!--StartFragment-->
<h1>Ferry &amp; port</h1><p>The ferry carried <b>312</b> passengers to Valparaíso, officials said.</p>
<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><p>Second <i>paragraph</i>: 4 ships.</p><!--EndFragment--></body></html>`;

test('rich paste: HTML on the clipboard becomes clean text with paragraphs', async (t) => {
  const { page } = await open(t);
  await page.fill('#article-input', '');
  await waitAnalyzed(page);
  assert.equal(await paste(page, { 'text/html': RICH, 'text/plain': 'Ferry & port The ferry carried 312' }), true);
  await page.waitForFunction(() => document.querySelector('#article-input').value.includes('Second'));
  await waitAnalyzed(page);
  const value = await page.inputValue('#article-input');
  assert.equal(value.trim(), 'Ferry & port\nThe ferry carried 312 passengers to Valparaíso, officials said.\nSecond paragraph: 4 ships.');
  assert.ok(!/[<>]/.test(value), value);
  assert.equal(await page.textContent('#article'), value);
  assert.equal(await page.$$eval('#article b, #article i, #article img, #article script', (e) => e.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.textContent('#editor-note'), /clean text: 3 paragraphs/);
  // [core] the pasted numbers are analyzed.
  assert.ok((await marks(page)).some((m) => m.text === '312'));

  // Inserted at the caret, not over the whole text.
  await page.$eval('#article-input', (el) => el.setSelectionRange(0, 0));
  await paste(page, { 'text/html': '<p>Lead.</p>' });
  await page.waitForFunction(() => document.querySelector('#article-input').value.startsWith('Lead.'));
  assert.ok((await page.inputValue('#article-input')).endsWith('4 ships.'));

  // A plain-text paste is left to the browser.
  assert.equal(await paste(page, { 'text/plain': 'plain words' }), false);
  // Formatting without text: a clear note, the text unchanged.
  const before = await page.inputValue('#article-input');
  await paste(page, { 'text/html': '<p><img src=x></p>' });
  await page.waitForFunction(() => document.querySelector('#editor-note').dataset.error === 'true');
  assert.match(await page.textContent('#editor-note'), /empty/);
  assert.equal(await page.inputValue('#article-input'), before);
});

/** Drops a file with `name`, `type` and `content` on the editor. */
const dropFile = (page, name, type, content) =>
  page.evaluate(
    ({ name, type, content }) => {
      const target = document.querySelector('#article-input');
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(drop);
      return { over: over.defaultPrevented, drop: drop.defaultPrevented };
    },
    { name, type, content },
  );

test('file drop and file open: .html and .txt load as text; other files get a note', async (t) => {
  const { page, errors } = await open(t);
  assert.deepEqual(await dropFile(page, 'story.html', 'text/html', RICH), { over: true, drop: true });
  await page.waitForFunction(() => document.querySelector('#article-input').value.startsWith('Ferry & port'));
  await waitAnalyzed(page);
  const value = await page.inputValue('#article-input');
  assert.equal(value.trim(), 'Ferry & port\nThe ferry carried 312 passengers to Valparaíso, officials said.\nSecond paragraph: 4 ships.');
  assert.match(await page.textContent('#editor-note'), /Loaded “story\.html” as clean text: 3 paragraphs/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // A .txt file is taken as it is, markup-looking text included (shown as text).
  const txt = 'Plain <b>not bold</b> text with 7 boats.\nSecond line.';
  await dropFile(page, 'notes.txt', 'text/plain', txt);
  await page.waitForFunction((v) => document.querySelector('#article-input').value === v, txt);
  await waitAnalyzed(page);
  assert.equal(await page.textContent('#article'), txt);
  assert.equal(await page.$$eval('#article b', (e) => e.length), 0);

  // Not text: refused with a note, the article kept.
  await dropFile(page, 'photo.png', 'image/png', '\x89PNG\r\n');
  await page.waitForFunction(() => document.querySelector('#editor-note').dataset.error === 'true');
  assert.match(await page.textContent('#editor-note'), /not a \.txt or \.html file/);
  assert.equal(await page.inputValue('#article-input'), txt);
  // Binary content behind a .txt name.
  await dropFile(page, 'odd.txt', 'text/plain', 'abc\0def');
  await page.waitForFunction(() => /binary/.test(document.querySelector('#editor-note').textContent));
  assert.equal(await page.inputValue('#article-input'), txt);

  // "Open file…" (the keyboard's way in) loads through the same path.
  await page.setInputFiles('#file-input', { name: 'wire.htm', mimeType: 'text/html', buffer: Buffer.from('<p>Opened with 9 ships.</p>') });
  await page.waitForFunction(() => document.querySelector('#article-input').value.startsWith('Opened'));
  await waitAnalyzed(page);
  assert.match(await page.textContent('#editor-note'), /Loaded “wire\.htm”/);
  assert.deepEqual(errors, []);
});

test('HTML source pasted as plain text: the notice offers its clean text', async (t) => {
  const { page } = await open(t);
  const source = '<!doctype html><html><body><div><p>Port strike enters day 3</p><p>About 400 workers marched, the union said.</p></div></body></html>';
  await setArticle(page, source);
  // Shown as text first (never as HTML).
  assert.equal(await page.textContent('#article'), source);
  const button = page.locator('.notice[data-kind="html"] button.convert-html');
  await button.click();
  await page.waitForFunction(() => !document.querySelector('#article-input').value.includes('<'));
  await waitAnalyzed(page);
  assert.equal((await page.inputValue('#article-input')).trim(), 'Port strike enters day 3\nAbout 400 workers marched, the union said.');
  assert.equal(await page.$$eval('.notice[data-kind="html"]', (e) => e.length), 0);
  assert.match(await page.textContent('#editor-note'), /Converted the HTML source/);
});
