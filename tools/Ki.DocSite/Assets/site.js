// Ki.DocSite: the search box and the search page. Plain JavaScript, no network: the index is
// assets/search-index.js (window.KI_SEARCH_INDEX), loaded by every page.
(function () {
  'use strict';

  var root = document.documentElement.getAttribute('data-root') || '';
  var index = window.KI_SEARCH_INDEX || [];
  var kindRank = { namespace: 0, class: 1, record: 1, struct: 1, 'record struct': 1, interface: 1, enum: 1, delegate: 1, article: 2 };

  // Ranks an entry for a query: exact name, then name prefix, then name or title containing it.
  function score(entry, q) {
    var name = entry.n.toLowerCase();
    var title = entry.t.toLowerCase();
    var base;
    if (name === q) { base = 0; }
    else if (name.indexOf(q) === 0) { base = 10; }
    else if (name.indexOf(q) >= 0) { base = 20; }
    else if (title.indexOf(q) >= 0) { base = 30; }
    else { return -1; }
    var rank = kindRank.hasOwnProperty(entry.k) ? kindRank[entry.k] : 3;
    return base + rank;
  }

  function search(query) {
    var q = (query || '').trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], q);
      if (s >= 0) { hits.push({ entry: index[i], score: s }); }
    }
    hits.sort(function (a, b) {
      return a.score - b.score || a.entry.t.localeCompare(b.entry.t);
    });
    return hits.map(function (h) { return h.entry; });
  }

  function resultItem(entry, withSummary) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = root + entry.u;
    a.textContent = entry.t;
    li.appendChild(a);
    var kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = entry.k;
    li.appendChild(kind);
    if (withSummary && entry.s) {
      var summary = document.createElement('span');
      summary.className = 'result-summary';
      summary.textContent = entry.s;
      li.appendChild(summary);
    }
    return li;
  }

  function setUpSuggestions(box, list) {
    var active = -1;
    function links() { return list.querySelectorAll('a'); }
    function show() {
      var hits = search(box.value).slice(0, 12);
      list.innerHTML = '';
      active = -1;
      hits.forEach(function (e) { list.appendChild(resultItem(e, false)); });
      list.hidden = hits.length === 0;
    }
    box.addEventListener('input', show);
    box.addEventListener('focus', show);
    box.addEventListener('keydown', function (ev) {
      var items = links();
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        if (items.length === 0) { return; }
        ev.preventDefault();
        if (active >= 0) { items[active].classList.remove('active'); }
        active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        items[active].classList.add('active');
      } else if (ev.key === 'Enter' && active >= 0) {
        ev.preventDefault();
        window.location.href = items[active].href;
      } else if (ev.key === 'Escape') {
        list.hidden = true;
      }
    });
    document.addEventListener('click', function (ev) {
      if (!list.contains(ev.target) && ev.target !== box) { list.hidden = true; }
    });
  }

  function renderSearchPage(results, status, box) {
    var query = new URLSearchParams(window.location.search).get('q') || '';
    if (box) { box.value = query; }
    if (!query.trim()) { return; }
    var hits = search(query);
    results.innerHTML = '';
    hits.forEach(function (e) { results.appendChild(resultItem(e, true)); });
    status.textContent = hits.length === 0
      ? 'No results for "' + query + '".'
      : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for "' + query + '".';
    document.title = 'Search: ' + query;
  }

  function start() {
    var box = document.getElementById('search-box');
    var list = document.getElementById('search-suggestions');
    if (box && list) { setUpSuggestions(box, list); }
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    if (results && status) { renderSearchPage(results, status, box); }
  }

  window.KiSearch = { search: search };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
