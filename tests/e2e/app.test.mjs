// End-to-end tests of the page in headless Chromium.
//
// Which assertions depend on the analysis core (src/) recognizing things,
// rather than on the web app itself, is marked [core] below; they follow
// shared/ANNOTATION.md. Everything else tests the app's own behaviour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startForFile, openTestPage, setArticle, setReferenceDate, waitAnalyzed, marks } from './harness.mjs';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'sample-article.txt'), 'utf8');

const ARTICLE = `PYONGYANG — North Korean leader Kim Jong Un watched the launch of two ballistic missiles on Feb 27, state media said. The missiles flew 1,587km before falling into the sea, according to South Korea’s Joint Chiefs of Staff.

Mr Kim’s programme, now three-year-old, has cost $1.5 billion and grows 5 percent a year, analysts said. The launch came at 8:30 p.m. local time, and hundreds of soldiers watched.

The project is ranked No. 1 among the country’s priorities. Talks in São Paulo are planned for Jan. 5 to 7, said President José Silva.`;

const env = startForFile();
const open = (t) => openTestPage(env, t);

test('(a) the page loads with the sample article analyzed', async (t) => {
  const { page, errors } = await open(t);
  assert.equal(await page.inputValue('#article-input'), SAMPLE.replace(/\r\n/g, '\n'));
  // The textarea has the accessible name "Article".
  assert.equal(await page.getByLabel('Article', { exact: true }).count(), 1);
  // The highlighted view shows exactly the text (checked by waitAnalyzed) ...
  const ms = await marks(page);
  // ... [core] with marks in it, numbers and entities alike.
  assert.ok(ms.length > 0, 'no marks in the sample article');
  assert.ok(ms.some((m) => m.mention === 'number'), 'no number marks');
  assert.ok(ms.some((m) => m.mention === 'entity'), 'no entity marks');
  // Every mark's UTF-16 offsets point at its own text in the textarea value.
  const value = await page.inputValue('#article-input');
  for (const m of ms) assert.equal(value.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
  assert.deepEqual(errors, []);
});

test('(b) a new article re-renders marks with labels and values', async (t) => {
  const { page } = await open(t);
  await setArticle(page, ARTICLE);
  const ms = await marks(page);
  t.diagnostic(`marks: ${JSON.stringify(ms.map((m) => [m.text, m.label, m.value]))}`);

  // App: offsets are UTF-16 (São, ’, — before many marks) and match the text.
  for (const m of ms) assert.equal(ARTICLE.slice(m.start, m.end), m.text, `offsets of ${m.text}`);

  const find = (pred, what) => {
    const m = ms.find(pred);
    assert.ok(m, `no mark for ${what}; marks: ${ms.map((x) => x.text).join(' | ')}`);
    return m;
  };
  const expectNumber = (what, pred, label, value, extra = {}) =>
    t.test(`[core] ${what} → ${label} ${value}`, () => {
      const m = find(pred, what);
      assert.equal(m.mention, 'number');
      assert.equal(m.label, label);
      assert.equal(m.value, value);
      for (const [k, v] of Object.entries(extra)) assert.equal(m[k], v, `${what}: ${k}`);
      assert.ok(m.tip.startsWith(`${label}: `), `tooltip of ${what}: ${m.tip}`);
    });

  await expectNumber('1,587km', (m) => m.text.includes('1,587km'), 'quantity', '1587', { unit: 'km' });
  await expectNumber('Feb 27', (m) => m.text.includes('Feb 27'), 'date', '--02-27');
  await expectNumber('two ballistic missiles', (m) => m.text.startsWith('two'), 'count', '2', { counted: 'missiles' });
  await expectNumber('three-year-old', (m) => m.text.startsWith('three-year'), 'duration', '3', { unit: 'year' });
  await expectNumber('$1.5 billion', (m) => m.text.includes('$1.5'), 'money', '1500000000', { unit: 'USD' });
  await expectNumber('5 percent', (m) => m.text.includes('5 percent'), 'percent', '5');
  await expectNumber('8:30 p.m.', (m) => m.text.includes('8:30'), 'time', '20:30');
  await expectNumber('hundreds of', (m) => m.text.startsWith('hundreds'), 'count', '100');
  await expectNumber('No. 1', (m) => m.text.includes('No. 1'), 'ordinal', '1');
  await expectNumber('Jan. 5 to 7', (m) => m.text.includes('Jan. 5'), 'date', '--01-05', { endValue: '--01-07' });
  await t.test('[core] quantity tooltip reads "quantity: 1587 km = 1,587,000 m"', () => {
    const m = find((m) => m.text.includes('1,587km'), '1,587km');
    assert.equal(m.tip, 'quantity: 1587 km = 1,587,000 m');
    assert.equal(m.si, '1,587,000 m');
  });

  await t.test('[core] some PERSON and PLACE marks', () => {
    const people = ms.filter((m) => m.label === 'PERSON').map((m) => m.text);
    const places = ms.filter((m) => m.label === 'PLACE').map((m) => m.text);
    assert.ok(
      people.some((p) => ['Kim Jong Un', 'Kim', 'José Silva'].includes(p)),
      `PERSON marks: ${people.join(', ')}`,
    );
    assert.ok(
      places.some((p) => ['São Paulo', 'South Korea', 'Pyongyang', 'PYONGYANG'].includes(p)),
      `PLACE marks: ${places.join(', ')}`,
    );
    // Titles stay outside the span.
    assert.ok(!people.some((p) => /^(Mr|President)\b/.test(p)), `titles inside PERSON: ${people.join(', ')}`);
  });

  await t.test('focus on a mark shows its tooltip (hover uses the same rule)', async () => {
    const mark = page.locator('#article mark').first();
    assert.ok((await mark.count()) > 0, '[core] no marks to focus');
    assert.equal(await mark.getAttribute('tabindex'), '0');
    await mark.focus();
    const after = await mark.evaluate((el) => {
      const s = getComputedStyle(el, '::after');
      return { display: s.display, content: s.content };
    });
    assert.equal(after.display, 'block');
    assert.equal(after.content, JSON.stringify(await mark.getAttribute('data-tip')));
    await page.mouse.move(0, 0);
    await page.locator('#article-input').focus();
    const hidden = await mark.evaluate((el) => getComputedStyle(el, '::after').display);
    assert.equal(hidden, 'none');
    await mark.hover();
    assert.equal(await mark.evaluate((el) => getComputedStyle(el, '::after').display), 'block');
    await page.mouse.move(0, 0);
  });

  await t.test('entity list: one row per referent with counts; a click flashes its mentions', async () => {
    const buttons = page.locator('#entities button.entity');
    assert.ok((await buttons.count()) > 0, '[core] no entities listed');
    const first = buttons.first();
    const label = await first.getAttribute('data-label');
    assert.ok(['PERSON', 'ORG', 'PLACE', 'MISC'].includes(label), label);
    const name = await first.locator('.name').textContent();
    const count = Number(await first.getAttribute('data-count'));
    const cluster = await first.evaluate((b) => b.closest('li.cluster').dataset.cluster);
    const same = await page.$$eval(`#article mark[data-cluster="${cluster}"]`, (els) => els.map((e) => e.id));
    assert.equal(count, same.length, `mention count of ${name}`);
    await first.click();
    const flashed = await page.$$eval('#article mark.flash', (els) => els.map((e) => e.id));
    assert.deepEqual(flashed.sort(), [...same].sort());
  });
});

test('typing in the middle of the text keeps the caret in place', async (t) => {
  const { page } = await open(t);
  await setArticle(page, 'Alpha beta gamma. The ship carried 40 crew.');
  await page.focus('#article-input');
  await page.$eval('#article-input', (el) => el.setSelectionRange(6, 6));
  await page.keyboard.type('and 12 more ', { delay: 15 });
  await waitAnalyzed(page);
  assert.equal(await page.inputValue('#article-input'), 'Alpha and 12 more beta gamma. The ship carried 40 crew.');
  assert.equal(await page.$eval('#article-input', (el) => el.selectionStart), 18);
});

test('(c) a legend toggle hides and restores a label', async (t) => {
  const { page } = await open(t);
  const ms = await marks(page);
  // [core] needs some marks; prefer a number kind, the most settled part.
  const label = (ms.find((m) => m.mention === 'number') ?? ms[0])?.label;
  assert.ok(label, 'no marks in the sample article');
  const button = page.locator(`.legend button[data-label="${label}"]`);
  assert.equal(await button.getAttribute('aria-pressed'), 'true');

  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  const off = await marks(page);
  assert.ok(off.filter((m) => m.label === label).every((m) => m.off), 'marks of the label still on');
  assert.ok(off.filter((m) => m.label !== label).every((m) => !m.off), 'other labels switched off');
  // The mark stays in the text but reads as plain text: no background, no tab stop.
  const style = await page.$eval(`#article mark[data-label="${label}"]`, (el) => ({
    bg: getComputedStyle(el).backgroundColor,
    tabindex: el.getAttribute('tabindex'),
  }));
  assert.equal(style.bg, 'rgba(0, 0, 0, 0)');
  assert.equal(style.tabindex, null);

  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  const on = await marks(page);
  assert.ok(on.every((m) => !m.off), 'marks still off after restoring');
  assert.equal(on.length, ms.length);
});

test('(d) fact table: caption, one row per number, sorting, row click', async (t) => {
  const { page } = await open(t);
  await setArticle(page, ARTICLE);
  const caption = await page.textContent('table caption');
  assert.match(caption, /^Facts/);
  const numberMarks = await page.$$eval('#article mark[data-mention="number"]', (e) => e.length);
  const rows = await page.$$eval('table.facts tbody tr', (e) => e.length);
  assert.equal(rows, numberMarks);
  // [core] the rest needs at least two numbers.
  assert.ok(numberMarks >= 2, `only ${numberMarks} number marks`);

  const valueColumn = () =>
    page.$$eval('table.facts tbody tr', (trs) =>
      trs.map((tr) => {
        const v = tr.querySelector('td.value').textContent.replace(/^≥ /, '');
        return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v) ? Number(v) : null;
      }),
    );
  const header = page.locator('table.facts th[data-column="Value"]');
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  let values = (await valueColumn()).filter((v) => v !== null);
  assert.ok(values.length >= 2, `[core] numeric values: ${values}`);
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  // Numbers sort before text values (dates, times).
  const all = await valueColumn();
  assert.ok(all.indexOf(null) === -1 || all.slice(all.indexOf(null)).every((v) => v === null));

  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  values = (await valueColumn()).filter((v) => v !== null);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));

  const kind = page.locator('table.facts th[data-column="Kind"]');
  await kind.locator('button').click();
  assert.equal(await kind.getAttribute('aria-sort'), 'ascending');
  assert.equal(await header.getAttribute('aria-sort'), 'none');
  const kinds = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => tr.dataset.label));
  assert.deepEqual(kinds, [...kinds].sort());

  // A row click scrolls to and flashes its number.
  const row = page.locator('table.facts tbody tr').first();
  const markIndex = await row.getAttribute('data-mark');
  await row.click();
  assert.equal(await page.$eval(`#m${markIndex}`, (el) => el.classList.contains('flash')), true);
  assert.equal(await page.$$eval('#article mark.flash', (e) => e.length), 1);
});

test('(e) reload keeps the typed text', async (t) => {
  const { page } = await open(t);
  const text = 'Typed by hand: the ferry carried 312 passengers to Valparaíso on March 3.';
  await setArticle(page, text);
  // The save is debounced: wait for it, then reload.
  await page.waitForFunction((v) => localStorage.getItem('lede.article') === v, text, { timeout: 5000 });
  await page.reload();
  await page.waitForSelector('#article-input');
  assert.equal(await page.inputValue('#article-input'), text);
  await waitAnalyzed(page);
  assert.equal(await page.textContent('#article'), text);
});

test('(f) pasted markup renders as text; empty text gets a notice', async (t) => {
  const { page } = await open(t);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const html = 'Before <img src=x onerror=alert(1)> after <script>alert(2)</script> <b>bold</b> and 5 percent.';
  await setArticle(page, html);
  assert.equal(await page.textContent('#article'), html);
  assert.equal(await page.$$eval('img', (e) => e.length), 0);
  assert.equal(await page.$$eval('#article script, #article b', (e) => e.length), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);

  await setArticle(page, '');
  const notice = await page.textContent('.notice[data-kind="empty"]');
  assert.match(notice, /empty/i);
});

// Relative dates and qualifiers. The articles are invented.
const RELATIVE =
  'Exports fell 4 percent last year, the trade ministry said, and about 250 people lost their jobs.';
const DATELINE_LEAD = 'SEOUL, March 3, 2025 (Lede Wire) — ';
const DATELINE_BODY =
  'South Korea’s exports rose 5 percent last year, the trade ministry said, after nearly 40 container ships were delayed earlier this week.';
const QUALIFIED = 'Police said about 250 people gathered in the square and more than 40 were detained. Up to 3,000 more are expected.';

/** The reference date note: its source, date and text. */
const referenceNote = (page) =>
  page.$eval('#reference-note', (p) => ({ source: p.dataset.source, date: p.dataset.date, text: p.textContent }));

/** The fact table row of a mark: its cells by class. */
const factRow = (page, markId) =>
  page.$eval(`table.facts tbody tr[data-mark="${markId.slice(1)}"]`, (tr) => ({
    qualifier: tr.querySelector('td.qualifier').textContent,
    value: tr.querySelector('td.value').textContent,
    resolved: tr.querySelector('td.resolved').textContent,
  }));

test('(h) the reference date re-resolves relative dates and survives a reload', async (t) => {
  const { page, errors } = await open(t);
  // Accessible name "Reference date"; today's local date by default.
  const control = page.getByLabel('Reference date', { exact: true });
  assert.equal(await control.count(), 1);
  assert.equal(await control.getAttribute('type'), 'date');
  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  assert.equal(await control.inputValue(), today);

  await setArticle(page, RELATIVE);
  const lastYear = async () => {
    const m = (await marks(page)).find((m) => m.text === 'last year');
    assert.ok(m, '[core] no mark for "last year"');
    return m;
  };
  // [core] resolved against today.
  const y = Number(today.slice(0, 4)) - 1;
  let m = await lastYear();
  assert.equal(m.label, 'date');
  assert.equal(m.value, String(y));
  assert.equal(m.resolved, `${y}-01-01/${y}-12-31`);
  let note = await referenceNote(page);
  assert.equal(note.source, 'user');
  assert.equal(note.date, today);
  assert.equal(note.text, `Relative dates resolved against ${today} (your reference date).`);

  await setReferenceDate(page, '2020-06-15');
  m = await lastYear();
  assert.equal(m.value, '2019');
  assert.equal(m.resolved, '2019-01-01/2019-12-31');
  assert.equal(m.tip, 'date: last year → 2019 (2019-01-01 – 2019-12-31)');
  note = await referenceNote(page);
  assert.deepEqual([note.source, note.date], ['user', '2020-06-15']);
  assert.match(note.text, /resolved against 2020-06-15 \(your reference date\)/);
  // The fact table follows.
  assert.deepEqual(await factRow(page, m.id), { qualifier: '', value: '2019', resolved: '2019-01-01 – 2019-12-31' });

  // Persisted like the text (debounced): a reload keeps date and article.
  await page.waitForFunction(
    ([a, d]) => localStorage.getItem('lede.article') === a && localStorage.getItem('lede.reference_date') === d,
    [RELATIVE, '2020-06-15'],
    { timeout: 5000 },
  );
  await page.reload();
  await page.waitForSelector('#reference-date');
  await waitAnalyzed(page);
  assert.equal(await page.inputValue('#reference-date'), '2020-06-15');
  m = await lastYear();
  assert.equal(m.value, '2019');
  assert.equal(m.resolved, '2019-01-01/2019-12-31');

  // No date at all: relative dates stay relative, and the page says so.
  await setReferenceDate(page, '');
  m = await lastYear();
  assert.equal(m.value, 'REF-1Y');
  assert.equal(m.resolved, null);
  note = await referenceNote(page);
  assert.equal(note.source, 'none');
  assert.match(note.text, /^No reference date/);

  // "Today" goes back to the calendar.
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await waitAnalyzed(page);
  assert.equal(await page.inputValue('#reference-date'), today);
  assert.equal((await lastYear()).value, String(y));
  assert.deepEqual(errors, []);
});

test('(h) an article with a dateline resolves against it, not the control', async (t) => {
  const { page, errors } = await open(t);
  await setReferenceDate(page, '2020-06-15');
  await setArticle(page, DATELINE_LEAD + DATELINE_BODY);
  const ms = await marks(page);
  t.diagnostic(`marks: ${JSON.stringify(ms.filter((m) => m.mention === 'number').map((m) => [m.text, m.value, m.resolved]))}`);
  const last = ms.find((m) => m.text === 'last year');
  assert.ok(last, '[core] no mark for "last year"');
  // [core] the dateline's 2025-03-03, not the control's 2020-06-15.
  assert.equal(last.value, '2024');
  assert.equal(last.resolved, '2024-01-01/2024-12-31');
  const week = ms.find((m) => m.text === 'earlier this week');
  assert.ok(week?.resolved?.startsWith('2025-03-'), `[core] earlier this week: ${JSON.stringify(week)}`);

  // The page says the dateline was used; the control keeps its value and stays editable.
  let note = await referenceNote(page);
  assert.deepEqual([note.source, note.date], ['dateline', '2025-03-03']);
  assert.match(note.text, /^Relative dates resolved against 2025-03-03 \(dateline: “SEOUL, March 3, 2025 \(Lede Wire\)”\)\./);
  assert.match(note.text, /dateline is used instead of the reference date/);
  assert.equal(await page.getAttribute('.reference', 'data-dateline'), 'true');
  const control = page.getByLabel('Reference date', { exact: true });
  assert.equal(await control.inputValue(), '2020-06-15');
  assert.equal(await control.isEditable(), true);

  await setReferenceDate(page, '2022-01-01');
  assert.equal((await marks(page)).find((m) => m.text === 'last year').value, '2024');
  assert.equal((await referenceNote(page)).source, 'dateline');

  // Without its dateline, the same story follows the control.
  await setArticle(page, DATELINE_BODY);
  assert.equal((await marks(page)).find((m) => m.text === 'last year').value, '2021');
  note = await referenceNote(page);
  assert.deepEqual([note.source, note.date], ['user', '2022-01-01']);
  assert.equal(await page.getAttribute('.reference', 'data-dateline'), 'false');
  assert.deepEqual(errors, []);
});

test('(h) qualifiers show in data-qualifier, the tooltip and the fact table', async (t) => {
  const { page } = await open(t);
  await setArticle(page, QUALIFIED);
  const ms = await marks(page);
  const find = (text) => {
    const m = ms.find((m) => m.text === text);
    assert.ok(m, `[core] no mark for ${text}; marks: ${ms.map((x) => x.text).join(' | ')}`);
    return m;
  };
  // [core] about 250 people, more than 40, up to 3,000.
  const about = find('250');
  assert.equal(about.qualifier, 'about');
  assert.equal(about.tip, 'count: about 250 people');
  const more = find('40');
  assert.equal(more.qualifier, 'more_than');
  assert.equal(more.tip, 'count: more than 40');
  const upTo = find('3,000');
  assert.equal(upTo.qualifier, 'up_to');
  assert.equal(upTo.tip, 'count: up to 3000');

  // The tooltip as shown on focus.
  const mark = page.locator(`#${about.id}`);
  await mark.focus();
  assert.equal(await mark.evaluate((el) => getComputedStyle(el, '::after').content), JSON.stringify('count: about 250 people'));
  assert.equal(await mark.getAttribute('aria-description'), 'count: about 250 people');

  // The fact table: still one row per number, the qualifier in words.
  assert.match(await page.textContent('table caption'), /^Facts/);
  assert.equal(await page.$$eval('table.facts tbody tr', (e) => e.length), ms.filter((m) => m.mention === 'number').length);
  assert.deepEqual(await factRow(page, about.id), { qualifier: 'about', value: '250', resolved: '' });
  assert.equal((await factRow(page, more.id)).qualifier, 'more than');
  assert.equal((await factRow(page, upTo.id)).qualifier, 'up to');

  // Sortable by qualifier: words in order, rows without one last.
  const header = page.locator('table.facts th[data-column="Qualifier"]');
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const column = await page.$$eval('table.facts tbody td.qualifier', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(column.slice(0, 3), ['about', 'more than', 'up to']);
});

test('(f) no request leaves the local server', async (t) => {
  // Every page opened by the tests above (worker included), plus one more.
  const { page, requests } = await open(t);
  await setArticle(page, ARTICLE);
  await page.reload();
  await waitAnalyzed(page);
  env.requests.push(...requests);
  assert.ok(env.requests.some((u) => u.endsWith('/worker_bg.wasm')), 'worker requests not seen');
  const local = new RegExp(`^(${env.origin.replace(/\./g, '\\.')}/|data:|blob:${env.origin.replace(/\./g, '\\.')}/)`);
  const foreign = env.requests.filter((u) => !local.test(u));
  assert.deepEqual(foreign, []);
  const files = [...new Set(env.requests.filter((u) => !u.startsWith('blob:')).map((u) => u.replace(env.origin, '')))];
  const blobs = new Set(env.requests.filter((u) => u.startsWith('blob:'))).size;
  console.log(`requests seen: ${files.sort().join(' ')} + ${blobs} blob: worker scripts`);
});
