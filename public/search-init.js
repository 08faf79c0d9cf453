// Starts Pagefind's UI and runs the query from ?q= (the home page's search form submits there).
(function () {
  var el = document.getElementById('search');
  if (!el || typeof PagefindUI === 'undefined') return;
  var typeFilter = el.getAttribute('data-type-filter');
  var ui = new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    resetStyles: false,
    // Beside the results on a wide screen the type filter starts open; on a phone the filters sit
    // above the results, so they start closed and the hits come first.
    openFilters: typeFilter && window.matchMedia('(min-width: 48em)').matches ? [typeFilter] : [],
    // Long pages here are the rich ones (hand-written notes, guides); Pagefind's default length
    // penalty (0.75) let one-line codes that repeat a word outrank them ("timestamp" → 70010, not 50102).
    ranking: { pageLength: 0.3 },
  });
  // Pagefind's UI may redraw or reorder its filter blocks while results load, and a block the
  // reader opened (or closed) then snaps back. Remember what the reader chose, by filter name,
  // and put it back after every redraw.
  var chosen = {};
  function reapply() {
    var blocks = el.querySelectorAll('details.pagefind-ui__filter-block');
    for (var i = 0; i < blocks.length; i++) {
      var summary = blocks[i].querySelector('.pagefind-ui__filter-name');
      var want = summary ? chosen[summary.textContent] : undefined;
      if (want !== undefined && blocks[i].open !== want) blocks[i].open = want;
    }
  }
  el.addEventListener('click', function (e) {
    var summary = e.target instanceof Element ? e.target.closest('.pagefind-ui__filter-name') : null;
    if (summary && summary.parentElement) chosen[summary.textContent] = !summary.parentElement.open;
  });
  // Pagefind counts a filter only once that filter's data has loaded, and keeps the filter list of the
  // last search. A search run as the page loads (?q=) can come back before the type filter's data on a
  // slow machine, and the type filter would then be missing until the next search: ask again, one
  // request at a time and less often each time (up to about 16 s), while no filter is ticked
  // (re-applying no filters reruns the search).
  var retries = 0;
  var pending = false;
  function ensureTypeFilter() {
    if (!typeFilter || pending || retries >= 6 || !el.querySelector('.pagefind-ui__result')) return;
    if (el.querySelector('.pagefind-ui__filter-checkbox:checked')) return;
    var names = el.querySelectorAll('.pagefind-ui__filter-name');
    for (var i = 0; i < names.length; i++) if (names[i].textContent === typeFilter) return;
    pending = true;
    setTimeout(function () {
      pending = false;
      retries++;
      ui.triggerFilters({});
    }, 250 * Math.pow(2, retries));
  }
  el.addEventListener('toggle', reapply, true);
  new MutationObserver(function () {
    reapply();
    ensureTypeFilter();
  }).observe(el, { childList: true, subtree: true, characterData: true });
  var input = el.querySelector('input');
  if (input) input.setAttribute('aria-label', el.getAttribute('data-label') || 'Search');
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    if (input) input.value = q;
    ui.triggerSearch(q);
  }
})();
