#!/usr/bin/env node
// Opens talkgraph.html from disk in headless Chromium (Debian's, via playwright-core) and checks what a
// user would see and do:
//  - it loads in under 3 s, with no console error and no network request;
//  - it is a summary: no review (document) node, a few hundred nodes at most;
//  - no two node discs cover each other where labels are drawn (from sigma's rendered positions and
//    sizes);
//  - search lists matches without moving the camera, anywhere in a name, by lexicon aliases no review
//    wrote; Enter chooses; Escape closes the panel; "constructor" is only a word;
//  - a talk's panel lists its event, reviews and entities; an entity's evidence is listed once;
//  - choosing two years highlights what is new with a few labels, not dozens, and frames it.
// With --hostile, checks instead that script-injection attempts in titles and sentences never run.
// With --large, the corpus is generated (bench/generate_corpus.py): checks what does not depend on
// which names it happens to hold.
// Usage: node check_html.js talkgraph.html [--hostile | --large] [--screenshot out.png]
'use strict';
const path = require('path');
const {chromium} = require(path.join(__dirname, '../../export/web/node_modules/playwright-core'));

const file = path.resolve(process.argv[2]);
const hostile = process.argv.includes('--hostile');
const large = process.argv.includes('--large');
const shotAt = process.argv.indexOf('--screenshot');
const LOAD_BUDGET_MS = 3000;

function fail(message) { console.error('FAIL: ' + message); process.exitCode = 1; }

// Every pair of visible discs of which one has its label drawn, that overlap on screen.
async function overlaps(page) {
  return page.evaluate(() => {
    const r = talkgraph.renderer, ratio = r.getCamera().getState().ratio;
    const labelled = r.displayedLabels;
    const discs = [];
    talkgraph.graph.forEachNode(key => {
      const d = r.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = r.framedGraphToViewport({x: d.x, y: d.y});
      discs.push({key, x: p.x, y: p.y, r: d.size / Math.sqrt(ratio), labelled: labelled.has(key)});
    });
    const out = [];
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i], b = discs[j];
        if (!a.labelled && !b.labelled) continue;
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d < a.r + b.r - 0.5) out.push(`${a.key} and ${b.key}: ${d.toFixed(1)} px apart, radii ${a.r.toFixed(1)} + ${b.r.toFixed(1)}`);
      }
    }
    return {pairs: out, labelled: labelled.size, discs: discs.length,
            smallest: Math.min(...discs.map(d => d.r)), largest: Math.max(...discs.map(d => d.r))};
  });
}

async function typeSearch(page, query) {
  await page.fill('#search', query);
  await page.waitForTimeout(100);
  return page.evaluate(() => Array.from(document.querySelectorAll('#search-results li')).map(li => li.textContent));
}

async function resultKeys(page, query) {
  return page.evaluate(q => talkgraph.find(q).map(r => r.key), query);
}

// Search by what a user types: results listed, camera still, Enter selects the first.
async function checkSearch(page, query, key, where) {
  const before = await page.evaluate(() => talkgraph.renderer.getCamera().getState());
  const listed = await typeSearch(page, query);
  const keys = await resultKeys(page, query);
  const after = await page.evaluate(() => talkgraph.renderer.getCamera().getState());
  if (JSON.stringify(before) !== JSON.stringify(after)) fail(`typing ${query} moved the camera`);
  if (where === 'first' ? keys[0] !== key : !keys.includes(key)) {
    fail(`searching ${query}: ${key} not ${where === 'first' ? 'first' : 'listed'} in ${JSON.stringify(keys)} (${listed.join(' | ')})`);
    return;
  }
  if (where === 'first') {
    await page.press('#search', 'Enter');
    await page.waitForTimeout(450);  // the camera's one move, to the node chosen
    const selected = await page.evaluate(() => talkgraph.state.selected);
    if (selected !== key) fail(`Enter after ${query} selected ${selected}`);
  }
}

async function checkTalkPanel(page) {
  const talk = await page.evaluate(() => talkgraph.graph.filterNodes((k, a) => a.info.type === 'talk')[0]);
  if (!talk) { fail('no talk on the map'); return; }
  await page.evaluate(k => talkgraph.select(k), talk);
  const panel = await page.evaluate(() => {
    const items = id => Array.from(document.querySelectorAll('#' + id + ' li')).map(li => li.textContent);
    return {event: items('panel-event'), reviews: items('panel-reviews'), entities: items('panel-entities')};
  });
  const info = await page.evaluate(k => talkgraph.graph.getNodeAttribute(k, 'info'), talk);
  if (panel.event.length !== 1 || panel.event[0] !== info.event) fail('talk panel event: ' + JSON.stringify(panel.event));
  if (!panel.reviews.length || panel.reviews.includes('—') || !panel.reviews.every(r => /\.(txt|md)$/.test(r))) {
    fail('talk panel reviews: ' + JSON.stringify(panel.reviews));
  }
  if (!panel.entities.length || panel.entities.includes('—')) fail('talk panel entities: ' + JSON.stringify(panel.entities));
  await page.keyboard.press('Escape');
  const closed = await page.evaluate(() => document.getElementById('panel').hidden && talkgraph.state.selected === null);
  if (!closed) fail('Escape did not close the panel');
}

// Each entity's evidence: no sentence listed twice for the same place.
async function checkEvidenceOnce(page) {
  const repeated = await page.evaluate(() => {
    const out = [];
    talkgraph.graph.forEachNode((key, a) => {
      const seen = new Set();
      (a.info.evidence || []).forEach(e => {
        const id = e.sentence + '\u0000' + e.document + ':' + e.line;
        if (seen.has(id)) out.push(key + ': ' + e.document + ':' + e.line);
        seen.add(id);
      });
    });
    return out;
  });
  if (repeated.length) fail('evidence listed twice: ' + repeated.slice(0, 5).join(' | '));
}

// Two years chosen: the new nodes are coloured, at most a few named, no "(new)" pile; the camera frames them.
async function checkTwoYears(page, keep) {
  const years = await page.evaluate(() => Array.from(document.querySelectorAll('#years input')).map(b => b.id.slice(5)));
  for (const y of years) if (!keep.includes(y)) await page.click('#year-' + y);
  await page.waitForTimeout(700);
  const seen = await page.evaluate(() => {
    const r = talkgraph.renderer, box = document.getElementById('map').getBoundingClientRect();
    const fresh = Array.from(talkgraph.state.fresh);
    const outside = fresh.filter(k => {
      const d = r.getNodeDisplayData(k), p = r.framedGraphToViewport({x: d.x, y: d.y});
      return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
    });
    const labels = Array.from(r.displayedLabels).map(k => r.getNodeDisplayData(k).label);
    return {fresh: fresh.length, outside, labels, ratio: r.getCamera().getState().ratio,
            note: document.getElementById('year-note').textContent};
  });
  if (seen.fresh === 0) fail(`choosing ${keep} shows nothing new`);
  if (seen.labels.length > 12) fail(`choosing ${keep} labels ${seen.labels.length} nodes: ${seen.labels.join(', ')}`);
  if (seen.labels.some(l => /\(new\)/.test(l))) fail('labels say (new)');
  if (seen.outside.length) fail(`choosing ${keep} leaves new nodes off screen: ${seen.outside.slice(0, 5).join(', ')}`);
  if (!/new in/.test(seen.note)) fail('no note of what is new: ' + seen.note);
  for (const y of years) if (!keep.includes(y)) await page.click('#year-' + y);
  await page.waitForTimeout(500);
  return seen;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--no-first-run', '--disable-sync', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  const errors = [], requests = [], dialogs = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
  const start = Date.now();
  await page.goto('file://' + file);
  await page.waitForFunction(() => window.talkgraph !== undefined, null, {timeout: 15000});
  // Loaded means drawn: one frame after the script ran.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => resolve())));
  const loadMs = Date.now() - start;
  if (loadMs > LOAD_BUDGET_MS) fail(`loading took ${loadMs} ms (budget ${LOAD_BUDGET_MS})`);
  await page.waitForTimeout(300);

  if (errors.length) fail('console errors: ' + errors.join(' | '));
  if (requests.length) fail('network requests: ' + requests.join(' | '));
  const drawn = await page.evaluate(() => ({order: talkgraph.graph.order, drawn: talkgraph.drawnNodes, visible: talkgraph.visibleCount(),
                                            documents: talkgraph.graph.filterNodes((k, a) => a.info.type === 'document').length}));
  if (drawn.order !== drawn.drawn || drawn.visible !== drawn.drawn) fail('nodes drawn ' + JSON.stringify(drawn));
  if (!hostile && drawn.documents) fail(drawn.documents + ' review nodes on the map');
  if (drawn.drawn > 400) fail(drawn.drawn + ' nodes on the map: not a summary');

  if (hostile) {
    // Select every node so that each title and sentence reaches the panel, then look for any effect.
    const keys = await page.evaluate(() => talkgraph.graph.nodes());
    for (const key of keys) await page.evaluate(k => talkgraph.select(k), key);
    await typeSearch(page, '<img src=x onerror=alert(1)>');
    await typeSearch(page, 'script');
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => document.querySelectorAll('script').length);
    if (dialogs.length) fail('a dialog opened: ' + dialogs.join(' | '));
    if (injected !== 4) fail('the page holds ' + injected + ' script elements instead of 4');
    const images = await page.evaluate(() => document.querySelectorAll('#panel img, #controls img').length);
    if (images) fail('review text became markup (' + images + ' img elements)');
    if (errors.length) fail('console errors: ' + errors.join(' | '));
  } else {
    const o = await overlaps(page);
    if (o.pairs.length) fail(`${o.pairs.length} overlapping discs: ${o.pairs.slice(0, 5).join(' | ')}`);
    if (o.labelled < 10) fail(`only ${o.labelled} labels drawn`);
    if (o.smallest < 2) fail(`discs as small as ${o.smallest.toFixed(1)} px`);
    // "constructor" and "__proto__" are names like any other (the index is a Map).
    for (const q of ['constructor', '__proto__', 'toString']) await typeSearch(page, q);
    if (errors.length) fail('searching threw: ' + errors.join(' | '));
    const hasDjango = await page.evaluate(() => talkgraph.graph.hasNode('library:django'));
    const hasGil = await page.evaluate(() => talkgraph.graph.hasNode('concept:gil'));
    if (!large && !(hasDjango && hasGil)) fail('Django or GIL is not on the seeds map');
    if (hasDjango) {
      await checkSearch(page, '장고', 'library:django', 'first');
      await checkSearch(page, 'jang', 'library:django', 'listed');
      await checkSearch(page, 'Django framework', 'library:django', 'first');  // in the lexicon, not in a review
    }
    if (hasGil) {
      await checkSearch(page, 'Global Interpreter Lock', 'concept:gil', 'first');
      await checkSearch(page, 'global interp', 'concept:gil', 'first');
      await checkSearch(page, '전역 인터프리터', 'concept:gil', 'first');  // in the lexicon, not in a review
    }
    if (await page.evaluate(() => talkgraph.graph.hasNode('library:django-orm'))) {
      await checkSearch(page, 'Django ORM', 'library:django-orm', 'first');
      await checkSearch(page, 'ORM', 'library:django-orm', 'listed');
    }
    await page.keyboard.press('Escape');
    await page.fill('#search', '');
    await checkTalkPanel(page);
    await checkEvidenceOnce(page);
    const allYears = await page.evaluate(() => Array.from(document.querySelectorAll('#years input')).map(b => b.id.slice(5)));
    const known = allYears.filter(y => y !== 'unknown');
    const two = large ? known.slice(-2) : ['2019', '2022'];
    const seen = await checkTwoYears(page, two);

    if (!large) {
      if (!seen.labels.includes('GIL')) fail('GIL, new in 2022, is not named: ' + seen.labels.join(', '));
      const gilYears = await page.evaluate(() => talkgraph.graph.getNodeAttribute('concept:gil', 'info').years.join());
      if (gilYears !== '2022') fail('GIL years: ' + gilYears);
      for (const y of ['2020', '2022', 'unknown']) await page.click('#year-' + y);
      const after = await page.evaluate(() => ({gil: talkgraph.visible('concept:gil'), celery: talkgraph.visible('library:celery'),
                                                django: talkgraph.visible('library:django')}));
      if (after.gil || !after.celery || !after.django) fail('with only 2019 chosen: ' + JSON.stringify(after));
      for (const y of ['2020', '2022', 'unknown']) await page.click('#year-' + y);
      await page.waitForTimeout(600);

      // Clicking Django's disc opens its panel with its evidence.
      const point = await page.evaluate(() => {
        const r = talkgraph.renderer, d = r.getNodeDisplayData('library:django');
        const p = r.framedGraphToViewport({x: d.x, y: d.y});
        const box = document.getElementById('map').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
      });
      await page.mouse.click(point.x, point.y);
      await page.waitForTimeout(400);
      const panel = await page.evaluate(() => ({hidden: document.getElementById('panel').hidden,
                                                title: document.getElementById('panel-title').textContent,
                                                evidence: (document.getElementById('panel-evidence') || {}).textContent}));
      if (panel.hidden || panel.title !== 'Django' || !String(panel.evidence).includes('장고')) fail('clicking Django: ' + JSON.stringify(panel));
    }
    if (shotAt > 0) {
      await page.evaluate(() => { talkgraph.select(null); talkgraph.renderer.getCamera().animatedReset({duration: 0}); });
      await page.mouse.move(1395, 5);  // off every node, still over the map: no hover label left
      await page.waitForTimeout(600);
      await page.screenshot({path: process.argv[shotAt + 1]});
    }
    if (errors.length) fail('console errors: ' + errors.join(' | '));
    console.log(`browser: loaded in ${loadMs} ms; ${o.discs} discs (${o.smallest.toFixed(1)}-${o.largest.toFixed(1)} px), ` +
                `${o.labelled} labels, ${o.pairs.length} overlapping; two years: ${seen.fresh} new, ${seen.labels.length} labelled`);
  }
  await browser.close();
  if (!process.exitCode) console.log('browser: ok (' + (hostile ? 'hostile' : large ? 'large' : 'seeds') + ', ' + drawn.drawn + ' nodes)');
})().catch(e => { fail(String(e)); process.exit(1); });
