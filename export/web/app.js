// talkgraph's page script: draws the embedded topic map with sigma.js and wires the controls. Review
// text is untrusted, so it only ever reaches the page through textContent, never innerHTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('talkgraph-data').textContent);
  var graph = new graphology.Graph({type: 'directed', multi: false, allowSelfLoops: false});
  var years = data.years.slice();
  var typeNames = Object.keys(data.typeColors).sort();
  var state = {years: new Set(years.concat(['unknown'])), types: new Set(typeNames), colorBy: data.colorBy,
               selected: null, shown: data.nodes.length, fresh: new Set()};
  // How many of the new nodes of a year selection get a label: the rest are coloured, not named.
  var NEW_LABELS = 8;
  var FADED = '#e4e4e4';

  function fold(s) { return String(s).toLowerCase().replace(/[\s_\-.]+/g, ''); }
  function colorOf(n) {
    if (state.colorBy === 'community') {
      var c = data.communities[n.community];
      return c && c.color ? c.color : data.otherColor;
    }
    return data.typeColors[n.type] || data.otherColor;
  }
  // Nodes arrive most important first: that order is their rank, for the "most important" control.
  // A talk's title can run to a sentence: on the map its first words, in the panel all of it.
  function shortLabel(n) {
    var chars = Array.from(n.label);
    return n.type === 'talk' && chars.length > 28 ? chars.slice(0, 26).join('').trim() + '…' : n.label;
  }
  data.nodes.forEach(function (n, rank) {
    graph.addNode(n.key, {x: n.x, y: n.y, size: n.r, label: shortLabel(n), color: colorOf(n), forceLabel: n.pin,
                          info: n, rank: rank});
  });
  data.edges.forEach(function (e, i) {
    if (!graph.hasEdge(e.source, e.target)) {
      graph.addEdgeWithKey('e' + i, e.source, e.target, {
        size: Math.max(0.5, Math.min(3, Math.log2(1 + e.weight) / 2)),
        color: e.type === 'co_occurs' ? 'rgba(51,102,204,0.18)' : 'rgba(0,0,0,0.10)'});
    }
  });

  function chosenYears() { return years.filter(function (y) { return state.years.has(y); }); }
  function info(key) { return graph.getNodeAttribute(key, 'info'); }
  function visible(key) {
    if (key === state.selected) return true;
    var n = info(key);
    if (graph.getNodeAttribute(key, 'rank') >= state.shown) return false;
    if (!state.types.has(n.type)) return false;
    if (n.years.length === 0) return state.years.has('unknown');
    return n.years.some(function (y) { return state.years.has(y); });
  }
  // New in the latest chosen year: of that year and of none of the earlier chosen ones. Only when some
  // years are left out: with all of them chosen the map is the whole summary, nothing is "new".
  function isNew(key) { return state.fresh.has(key); }
  function computeFresh() {
    state.fresh = new Set();
    var ys = chosenYears();
    if (ys.length < 2 || ys.length === years.length) return;
    var latest = ys[ys.length - 1];
    graph.forEachNode(function (key, attrs) {
      var n = attrs.info;
      if (!visible(key) || n.years.indexOf(latest) < 0) return;
      if (!n.years.some(function (y) { return y < latest && state.years.has(y); })) state.fresh.add(key);
    });
  }
  // The fresh nodes named on the map: the most important few.
  function freshLabelled() {
    return Array.from(state.fresh).sort(function (a, b) {
      return graph.getNodeAttribute(a, 'rank') - graph.getNodeAttribute(b, 'rank');
    }).slice(0, NEW_LABELS);
  }
  var labelledFresh = new Set();

  var container = document.getElementById('map');
  var renderer = new Sigma(graph, container, {
    // Labels by importance: the largest nodes' always (forceLabel), the others once zooming in makes
    // their discs this large, and sigma's label grid keeps them from piling up.
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.4,
    labelGridCellSize: 140,
    labelFont: '"NanumGothic", "Noto Sans CJK KR", sans-serif',
    stagePadding: 40,
    defaultEdgeType: 'line',
    nodeReducer: function (key, attrs) {
      if (!visible(key)) return Object.assign({}, attrs, {hidden: true});
      var out = Object.assign({}, attrs, {color: colorOf(attrs.info), size: attrs.size * scale});
      var sel = state.selected;
      if (sel !== null && key !== sel && !graph.areNeighbors(key, sel)) {
        out.color = FADED; out.forceLabel = false; out.label = null;
      } else if (sel !== null) {
        out.forceLabel = key === sel || attrs.forceLabel;
      } else if (state.fresh.size) {
        if (isNew(key)) { out.forceLabel = labelledFresh.has(key); if (!out.forceLabel) out.label = null; }
        else { out.color = FADED; out.forceLabel = false; out.label = null; }
      }
      if (key === sel) out.highlighted = true;
      return out;
    },
    edgeReducer: function (key, attrs) {
      var s = graph.source(key), t = graph.target(key);
      if (!visible(s) || !visible(t)) return Object.assign({}, attrs, {hidden: true});
      if (state.selected !== null) {
        if (s !== state.selected && t !== state.selected) return Object.assign({}, attrs, {hidden: true});
        return Object.assign({}, attrs, {color: 'rgba(60,60,60,0.55)'});
      }
      if (state.selected === null && state.fresh.size && !(isNew(s) && isNew(t))) return Object.assign({}, attrs, {hidden: true});
      return attrs;
    }
  });

  // Node radii are in the layout's units, which also spaced the nodes: drawn at the scale the map is
  // shown at, no two discs cover each other. Capped, so a small graph in a large window keeps small dots.
  var scale = 1;
  function fitSizes() {
    var camera = renderer.getCamera().getState();
    var a = renderer.graphToViewport({x: 0, y: 0}), b = renderer.graphToViewport({x: 100, y: 0});
    var pxPerUnit = Math.hypot(b.x - a.x, b.y - a.y) / 100 * camera.ratio;
    scale = Math.min(pxPerUnit, 1.8);
    renderer.refresh();
  }
  fitSizes();
  window.addEventListener('resize', function () { setTimeout(fitSizes, 0); });

  // The camera on a set of nodes: their bounding box, with a margin, in one animation.
  function fitView(keys) {
    if (!keys.length) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    keys.forEach(function (k) {
      var d = renderer.getNodeDisplayData(k);
      if (!d) return;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    });
    if (minX === Infinity) return;
    var ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.3));
    renderer.getCamera().animate({x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: ratio, angle: 0}, {duration: 400});
  }

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }
  // A titled list in the panel; an item that is a node on the map selects it when clicked.
  function section(name, title, items, total) {
    var sections = document.getElementById('panel-sections');
    sections.appendChild(text('h3', title + (total > items.length ? ' (' + items.length + ' of ' + total + ')' : '')));
    var list = document.createElement('ul');
    list.id = 'panel-' + name;
    items.forEach(function (item) {
      var li;
      if (item.key && graph.hasNode(item.key)) {
        li = document.createElement('li');
        var link = text('button', item.text, 'node-link');
        link.type = 'button';
        link.addEventListener('click', function () { choose(item.key); });
        li.appendChild(link);
      } else {
        li = text('li', item.text);
      }
      if (item.where) li.appendChild(text('span', item.where, 'where'));
      list.appendChild(li);
    });
    if (!items.length) list.appendChild(text('li', '—'));
    sections.appendChild(list);
  }
  function plain(list) { return list.map(function (t) { return {text: t}; }); }
  function showPanel(key) {
    var n = info(key);
    document.getElementById('panel-title').textContent = n.label;
    var meta = n.type + (n.years.length ? ' · ' + n.years.join(', ') : ' · year unknown');
    if (n.mentions) meta += ' · ' + n.mentions + ' mentions';
    if (n.reviews) meta += ' · ' + n.reviews + (n.reviews === 1 ? ' review' : ' reviews');
    if (n.aliases.length) meta += ' · written ' + n.aliases.join(', ');
    document.getElementById('panel-meta').textContent = meta;
    document.getElementById('panel-sections').replaceChildren();
    if (n.type === 'talk') {
      section('event', 'Event', n.event ? [{text: n.event, key: n.eventKey}] : [], 0);
      section('reviews', 'Reviews', plain(n.documents), n.documentsCount);
      section('entities', 'Entities', n.entities.map(function (e) {
        return {text: e.label + ' (' + e.mentions + ')', key: e.key};
      }), n.entitiesCount);
    } else if (n.type === 'event') {
      section('talks', 'Talks', plain(n.talks), n.talksCount);
    } else {
      section('talks', 'Talks', plain(n.talks || []), n.talksCount || 0);
      section('evidence', 'Evidence', (n.evidence || []).map(function (e) {
        return {text: e.sentence, where: e.document + ':' + e.line + (e.year ? ' (' + e.year + ')' : '')};
      }), 0);
    }
    document.getElementById('panel').hidden = false;
  }
  function select(key) {
    state.selected = key;
    if (key === null) document.getElementById('panel').hidden = true;
    else showPanel(key);
    renderer.refresh();
  }
  // Chosen from the search or a panel: selected, and the camera goes to it once.
  function choose(key) {
    select(key);
    var d = renderer.getNodeDisplayData(key);
    if (d) renderer.getCamera().animate({x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().getState().ratio, 0.6)}, {duration: 300});
  }
  renderer.on('clickNode', function (e) { select(e.node); });
  renderer.on('clickStage', function () { select(null); });
  document.getElementById('close').addEventListener('click', function () { select(null); });

  // Search: every name of a drawn node (its label, the forms reviews wrote, its lexicon aliases),
  // folded (case, spaces, '-', '_', '.'), matched anywhere in the name: 장고, "global interpreter",
  // "jang" and "ORM" all find something. A Map, so a name like "constructor" is only a name.
  var names = new Map();
  data.nodes.forEach(function (n) {
    n.names.forEach(function (name) {
      var f = fold(name);
      if (!f) return;
      if (!names.has(f)) names.set(f, []);
      var list = names.get(f);
      if (list.every(function (m) { return m.key !== n.key; })) list.push({key: n.key, name: name});
    });
  });
  // Matches, best first: the whole name, then its start, then anywhere; then the more important node.
  // A query of several words that no name contains whole finds the nodes named by any of its words.
  function find(query) {
    var words = String(query).trim().split(/\s+/).map(fold).filter(function (w) { return w.length > 0; });
    var whole = fold(query);
    if (!whole) return [];
    var best = new Map();
    function consider(q, penalty) {
      names.forEach(function (list, name) {
        var at = name.indexOf(q);
        if (at < 0) return;
        var score = penalty + (name === q ? 0 : at === 0 ? 1 : 2);
        list.forEach(function (m) {
          var b = best.get(m.key);
          if (!b || score < b.score) best.set(m.key, {key: m.key, name: m.name, score: score});
        });
      });
    }
    consider(whole, 0);
    if (!best.size && words.length > 1) words.forEach(function (w) { if (w.length > 1) consider(w, 3); });
    return Array.from(best.values()).sort(function (a, b) {
      return a.score - b.score || graph.getNodeAttribute(a.key, 'rank') - graph.getNodeAttribute(b.key, 'rank');
    }).slice(0, 12);
  }
  var search = document.getElementById('search');
  var resultList = document.getElementById('search-results');
  var results = [], active = -1;
  function showResults() {
    resultList.replaceChildren();
    results.forEach(function (r, i) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = 'result-' + i;
      li.setAttribute('aria-selected', i === active ? 'true' : 'false');
      var n = info(r.key);
      li.appendChild(text('span', n.label, 'result-label'));
      var hint = n.type + (fold(r.name) !== fold(n.label) ? ' · ' + r.name : '');
      li.appendChild(text('span', hint, 'result-hint'));
      li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(i); });
      resultList.appendChild(li);
    });
    resultList.hidden = results.length === 0;
    search.setAttribute('aria-expanded', results.length ? 'true' : 'false');
    if (active >= 0) search.setAttribute('aria-activedescendant', 'result-' + active);
    else search.removeAttribute('aria-activedescendant');
  }
  function closeResults() { results = []; active = -1; showResults(); }
  function pick(i) {
    var r = results[i];
    if (!r) return;
    search.value = info(r.key).label;
    closeResults();
    choose(r.key);
  }
  // Typing only lists matches: the map and its camera stay where they are until one is chosen.
  search.addEventListener('input', function () {
    results = find(search.value);
    active = results.length ? 0 : -1;
    showResults();
    document.getElementById('search-note').textContent = search.value.trim() && !results.length ? 'no match' : '';
  });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; showResults(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && results.length) { active = (active + results.length - 1) % results.length; showResults(); e.preventDefault(); }
    else if (e.key === 'Enter') { pick(active < 0 ? 0 : active); e.preventDefault(); }
  });
  search.addEventListener('blur', function () { setTimeout(closeResults, 0); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { closeResults(); select(null); }
  });

  function checkbox(container, id, label, checked, onChange) {
    var l = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = checked;
    box.addEventListener('change', function () { onChange(box.checked); });
    l.appendChild(box);
    l.appendChild(document.createTextNode(' ' + label));
    container.appendChild(l);
  }
  function filtersChanged() {
    computeFresh();
    labelledFresh = new Set(freshLabelled());
    renderer.refresh();
    updateStatus();
    showYearNote();
  }
  // What a year selection shows: the new nodes, named in a list rather than piled on the map, and the
  // camera on them (or on everything still shown).
  function showYearNote() {
    var note = document.getElementById('year-note');
    note.replaceChildren();
    var ys = chosenYears();
    if (state.fresh.size) {
      note.appendChild(text('p', state.fresh.size + ' new in ' + ys[ys.length - 1] + ' (after ' + ys.slice(0, -1).join(', ') + '):'));
      var list = document.createElement('ul');
      freshLabelled().forEach(function (key) {
        var li = document.createElement('li');
        var link = text('button', info(key).label, 'node-link');
        link.type = 'button';
        link.addEventListener('click', function () { choose(key); });
        li.appendChild(link);
        list.appendChild(li);
      });
      if (state.fresh.size > NEW_LABELS) list.appendChild(text('li', '… and ' + (state.fresh.size - NEW_LABELS) + ' more, coloured on the map'));
      note.appendChild(list);
    }
  }
  function yearsChanged() {
    filtersChanged();
    var keys = state.fresh.size ? Array.from(state.fresh) : graph.filterNodes(function (k) { return visible(k); });
    if (state.fresh.size || chosenYears().length < years.length) fitView(keys);
    else renderer.getCamera().animatedReset({duration: 400});
  }
  var yearBox = document.getElementById('years');
  years.concat(['unknown']).forEach(function (y) {
    checkbox(yearBox, 'year-' + y, String(y), true, function (on) {
      if (on) state.years.add(y); else state.years.delete(y);
      yearsChanged();
    });
  });
  var typeBox = document.getElementById('types');
  typeNames.forEach(function (t) {
    checkbox(typeBox, 'type-' + t, t, true, function (on) {
      if (on) state.types.add(t); else state.types.delete(t);
      filtersChanged();
    });
  });

  // More or fewer nodes, most important first, within what the page holds (`--top` holds more).
  var showCount = document.getElementById('show-count');
  showCount.max = String(data.nodes.length);
  showCount.value = String(data.nodes.length);
  function showCountLabel() {
    document.getElementById('show-count-label').textContent = 'Most important ' + state.shown + ' of ' + data.nodes.length;
  }
  showCount.addEventListener('input', function () {
    state.shown = Number(showCount.value);
    showCountLabel();
    filtersChanged();
  });
  showCountLabel();

  function legend() {
    var el = document.getElementById('legend');
    el.replaceChildren();
    var items;
    if (state.colorBy === 'type') {
      items = typeNames.map(function (t) { return [t, data.typeColors[t]]; });
    } else {
      items = data.communities.filter(function (c) { return c.color; }).map(function (c) {
        return [c.name + ' and others (' + c.nodes + ' nodes)', c.color];
      });
      var rest = data.communities.filter(function (c) { return !c.color; });
      if (rest.length) items.push([rest.length + ' smaller communities', data.otherColor]);
    }
    items.forEach(function (it) {
      var row = document.createElement('div');
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = it[1];
      row.appendChild(sw);
      row.appendChild(document.createTextNode(it[0]));
      el.appendChild(row);
    });
  }
  document.querySelectorAll('input[name=color]').forEach(function (r) {
    r.checked = r.value === state.colorBy;
    r.addEventListener('change', function () { state.colorBy = r.value; legend(); renderer.refresh(); });
  });
  function visibleCount() {
    var c = 0;
    graph.forEachNode(function (key) { if (visible(key)) c++; });
    return c;
  }
  function updateStatus() {
    var s = data.summary;
    document.getElementById('status').textContent = visibleCount() + ' of ' + data.totalNodes + ' nodes shown: the ' +
      s.entities + ' entities with the most mentions, ' + s.talks + ' talks most reviewed, ' + s.events + ' events' +
      (s.documents ? '; the ' + s.documents + ' reviews are listed in the talks\u2019 panels' : '') +
      '. More: talkgraph build --top ' + Math.max(2 * s.entities, 200) + '. The whole graph: GraphML, GEXF, JSON.';
  }
  legend();
  updateStatus();
  // For tests and the curious: the page's state, read-only in spirit.
  window.talkgraph = {graph: graph, renderer: renderer, state: state, visible: visible, isNew: isNew, find: find,
                      visibleCount: visibleCount, select: select, choose: choose, drawnNodes: data.drawnNodes,
                      scale: function () { return scale; }};
})();
