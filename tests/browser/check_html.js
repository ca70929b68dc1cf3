#!/usr/bin/env node
// Opens talkgraph.html from disk in headless Chromium (Debian's, via playwright-core) and checks what a
// user would do: no console errors and no network requests; every node drawn; typing 장고 selects
// Django; choosing only 2019 hides what was first seen in 2022; clicking Django shows its evidence.
// With --hostile, checks instead that script-injection attempts in titles and sentences never run.
// Usage: node check_html.js talkgraph.html [--hostile] [--screenshot out.png]
'use strict';
const path = require('path');
const {chromium} = require(path.join(__dirname, '../../export/web/node_modules/playwright-core'));

const file = path.resolve(process.argv[2]);
const hostile = process.argv.includes('--hostile');
const shotAt = process.argv.indexOf('--screenshot');

function fail(message) { console.error('FAIL: ' + message); process.exitCode = 1; }

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
  await page.goto('file://' + file);
  await page.waitForFunction(() => window.talkgraph !== undefined, null, {timeout: 15000});
  await page.waitForTimeout(500);

  if (errors.length) fail('console errors: ' + errors.join(' | '));
  if (requests.length) fail('network requests: ' + requests.join(' | '));
  const drawn = await page.evaluate(() => ({order: talkgraph.graph.order, drawn: talkgraph.drawnNodes, visible: talkgraph.visibleCount(),
                                            rendered: talkgraph.renderer.getGraph().order}));
  if (drawn.order !== drawn.drawn || drawn.visible !== drawn.drawn || drawn.rendered !== drawn.drawn) {
    fail('nodes drawn ' + JSON.stringify(drawn));
  }

  if (hostile) {
    // Select every node so that each title and sentence reaches the panel, then look for any effect.
    const keys = await page.evaluate(() => talkgraph.graph.nodes());
    for (const key of keys) await page.evaluate(k => talkgraph.select(k), key);
    await page.fill('#search', '<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => document.querySelectorAll('script').length);
    if (dialogs.length) fail('a dialog opened: ' + dialogs.join(' | '));
    if (injected !== 4) fail('the page holds ' + injected + ' script elements instead of 4');
    const panelImages = await page.evaluate(() => document.querySelectorAll('#panel img, #controls img').length);
    if (panelImages) fail('review text became markup (' + panelImages + ' img elements)');
    if (errors.length) fail('console errors: ' + errors.join(' | '));
  } else {
    await page.fill('#search', '장고');
    await page.waitForTimeout(400);
    const selected = await page.evaluate(() => talkgraph.state.selected);
    if (selected !== 'library:django') fail('typing 장고 selected ' + selected);

    const gilFirst2022 = await page.evaluate(() => talkgraph.graph.getNodeAttribute('concept:gil', 'info').years.join());
    if (gilFirst2022 !== '2022') fail('GIL years: ' + gilFirst2022);
    for (const y of ['2020', '2022', 'unknown']) await page.click('#year-' + y);
    const after = await page.evaluate(() => ({gil: talkgraph.visible('concept:gil'), celery: talkgraph.visible('library:celery'),
                                              django: talkgraph.visible('library:django'), visible: talkgraph.visibleCount()}));
    if (after.gil || !after.celery || !after.django) fail('with only 2019 chosen: ' + JSON.stringify(after));
    for (const y of ['2020', '2022', 'unknown']) await page.click('#year-' + y);

    await page.evaluate(() => talkgraph.select(null));
    await page.fill('#search', '');
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
                                              evidence: document.getElementById('panel-evidence').textContent}));
    if (panel.hidden || panel.title !== 'Django' || !panel.evidence.includes('장고')) fail('clicking Django: ' + JSON.stringify(panel));
    if (shotAt > 0) {
      await page.evaluate(() => { talkgraph.select(null); talkgraph.renderer.getCamera().animatedReset({duration: 0}); });
      await page.mouse.move(5, 890);
      await page.waitForTimeout(600);
      await page.screenshot({path: process.argv[shotAt + 1]});
    }
  }
  await browser.close();
  if (!process.exitCode) console.log('browser: ok (' + (hostile ? 'hostile' : 'seeds') + ', ' + drawn.drawn + ' nodes)');
})().catch(e => { fail(String(e)); process.exit(1); });
