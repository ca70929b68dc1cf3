// talkgraph's page script: draws the embedded graph with sigma.js and wires the controls. Review text
// is untrusted, so it only ever reaches the page through textContent, never innerHTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('talkgraph-data').textContent);
  var graph = new graphology.Graph({type: 'directed', multi: false, allowSelfLoops: false});
  var years = data.years.slice();
  var state = {years: new Set(years.concat(['unknown'])), types: new Set(Object.keys(data.typeColors)),
               colorBy: 'type', selected: null};

  function fold(s) { return String(s).toLowerCase().replace(/[\s_\-.]+/g, ''); }
  function colorOf(n) {
    if (state.colorBy === 'community' && n.community >= 0) return data.communityColors[n.community % data.communityColors.length];
    return data.typeColors[n.type] || '#999999';
  }
  data.nodes.forEach(function (n) {
    graph.addNode(n.key, {x: n.x, y: n.y, size: n.size, label: n.label, color: colorOf(n), info: n});
  });
  data.edges.forEach(function (e, i) {
    if (!graph.hasEdge(e.source, e.target)) {
      graph.addEdgeWithKey('e' + i, e.source, e.target, {
        size: Math.max(0.5, Math.min(4, Math.log2(1 + e.weight))),
        color: e.type === 'co_occurs' ? 'rgba(51,102,204,0.25)' : 'rgba(0,0,0,0.12)'});
    }
  });

  function latestYear() {
    var ys = years.filter(function (y) { return state.years.has(y); });
    return ys.length ? Math.max.apply(null, ys) : null;
  }
  function visible(key) {
    var n = graph.getNodeAttribute(key, 'info');
    if (!state.types.has(n.type)) return false;
    if (n.years.length === 0) return state.years.has('unknown');
    return n.years.some(function (y) { return state.years.has(y); });
  }
  // New in the latest chosen year: first mentioned then, as far as the chosen years go.
  function isNew(key) {
    var n = graph.getNodeAttribute(key, 'info');
    var latest = latestYear();
    if (latest === null || n.years.indexOf(latest) < 0) return false;
    return !n.years.some(function (y) { return y < latest && state.years.has(y); });
  }

  var container = document.getElementById('map');
  var renderer = new Sigma(graph, container, {
    labelRenderedSizeThreshold: 7,
    labelFont: '"NanumGothic", "Noto Sans CJK KR", sans-serif',
    defaultEdgeType: 'line',
    nodeReducer: function (key, attrs) {
      if (!visible(key)) return Object.assign({}, attrs, {hidden: true});
      var out = Object.assign({}, attrs, {color: colorOf(attrs.info)});
      if (key === state.selected) { out.highlighted = true; out.size = attrs.size * 1.6; }
      else if (isNew(key) && state.years.size <= years.length) { out.highlighted = true; out.label = attrs.label + ' (new)'; }
      return out;
    },
    edgeReducer: function (key, attrs) {
      if (!visible(graph.source(key)) || !visible(graph.target(key))) return Object.assign({}, attrs, {hidden: true});
      return attrs;
    }
  });

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }
  function showPanel(key) {
    var n = graph.getNodeAttribute(key, 'info');
    var panel = document.getElementById('panel');
    document.getElementById('panel-title').textContent = n.label;
    var meta = n.type + (n.years.length ? ' · ' + n.years.join(', ') : ' · year unknown');
    if (n.mentions) meta += ' · ' + n.mentions + ' mentions';
    if (n.aliases.length) meta += ' · written ' + n.aliases.join(', ');
    document.getElementById('panel-meta').textContent = meta;
    var talks = document.getElementById('panel-talks');
    talks.replaceChildren();
    n.talks.forEach(function (t) { talks.appendChild(text('li', t)); });
    if (!n.talks.length) talks.appendChild(text('li', '—'));
    var evidence = document.getElementById('panel-evidence');
    evidence.replaceChildren();
    n.evidence.forEach(function (e) {
      var li = text('li', e.sentence);
      li.appendChild(text('span', e.document + ':' + e.line + (e.year ? ' (' + e.year + ')' : ''), 'where'));
      evidence.appendChild(li);
    });
    if (!n.evidence.length) evidence.appendChild(text('li', '—'));
    panel.hidden = false;
  }
  function select(key) {
    state.selected = key;
    if (key === null) {
      document.getElementById('panel').hidden = true;
    } else {
      showPanel(key);
      var d = renderer.getNodeDisplayData(key);
      if (d) renderer.getCamera().animate({x: d.x, y: d.y, ratio: 0.5}, {duration: 300});
    }
    renderer.refresh();
  }
  renderer.on('clickNode', function (e) { select(e.node); });
  renderer.on('clickStage', function () { select(null); });
  document.getElementById('close').addEventListener('click', function () { select(null); });

  // Search by any name or alias: 장고 finds Django.
  var index = {};
  graph.forEachNode(function (key, attrs) {
    [attrs.info.label].concat(attrs.info.aliases).forEach(function (name) {
      var f = fold(name);
      if (f && !(f in index)) index[f] = key;
    });
  });
  var search = document.getElementById('search');
  function runSearch() {
    var q = fold(search.value);
    var result = document.getElementById('search-result');
    if (!q) { result.textContent = ''; return; }
    var key = index[q];
    if (!key) {
      var partial = Object.keys(index).filter(function (k) { return k.indexOf(q) === 0; }).sort();
      key = partial.length ? index[partial[0]] : null;
    }
    result.textContent = key ? graph.getNodeAttribute(key, 'label') : 'no match';
    if (key) select(key);
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('change', runSearch);

  function checkbox(container, id, label, checked, onChange) {
    var l = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = checked;
    box.addEventListener('change', function () { onChange(box.checked); renderer.refresh(); updateStatus(); });
    l.appendChild(box);
    l.appendChild(document.createTextNode(' ' + label));
    container.appendChild(l);
  }
  var yearBox = document.getElementById('years');
  years.concat(['unknown']).forEach(function (y) {
    checkbox(yearBox, 'year-' + y, String(y), true, function (on) { if (on) state.years.add(y); else state.years.delete(y); });
  });
  var typeBox = document.getElementById('types');
  Object.keys(data.typeColors).sort().forEach(function (t) {
    checkbox(typeBox, 'type-' + t, t, true, function (on) { if (on) state.types.add(t); else state.types.delete(t); });
  });
  function legend() {
    var el = document.getElementById('legend');
    el.replaceChildren();
    var items = state.colorBy === 'type'
      ? Object.keys(data.typeColors).sort().map(function (t) { return [t, data.typeColors[t]]; })
      : data.communityColors.map(function (c, i) { return ['community ' + i, c]; });
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
    r.addEventListener('change', function () { state.colorBy = r.value; legend(); renderer.refresh(); });
  });
  function visibleCount() {
    var c = 0;
    graph.forEachNode(function (key) { if (visible(key)) c++; });
    return c;
  }
  function updateStatus() {
    document.getElementById('status').textContent = visibleCount() + ' of ' + data.drawnNodes + ' nodes shown' +
      (data.drawnNodes < data.totalNodes ? ' (the graph has ' + data.totalNodes + ')' : '');
  }
  legend();
  updateStatus();
  // For tests and the curious: the page's state, read-only in spirit.
  window.talkgraph = {graph: graph, renderer: renderer, state: state, visible: visible, isNew: isNew,
                      visibleCount: visibleCount, select: select, drawnNodes: data.drawnNodes};
})();
