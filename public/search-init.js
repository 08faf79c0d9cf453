// Starts Pagefind's UI and runs the query from ?q= (the home page's search form submits there).
(function () {
  var el = document.getElementById('search');
  if (!el || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, showEmptyFilters: false, resetStyles: false });
  var input = el.querySelector('input');
  if (input) input.setAttribute('aria-label', el.getAttribute('data-label') || 'Search');
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    if (input) input.value = q;
    ui.triggerSearch(q);
  }
})();
