// ExoKG: show only what works in the Fuseki UI.
// "add data" and "edit" write through a dataset's Graph Store read-write service; a dataset without one
// (the rule-inference dataset is read-only) cannot take data, yet the UI offers both for every dataset. Which
// datasets can is read from /$/server, the description the UI itself uses, so a dataset made writable in
// fuseki-config/exokg.ttl gets its buttons back with no change here. The UI's buttons carry no dataset name,
// so they are found by their row's first cell (the dataset name) and their label, on every change of the page
// (the UI is a single-page app that redraws). The admin pages (new dataset, tasks) have no server behind
// them: opening them by URL lands on the dataset list.
(function () {
  var readOnly = null;
  var MARK = 'data-exokg-hidden';

  function shouldHide(el) {
    if (el.matches('a[href]')) {
      var m = /#\/dataset\/([^/?#]+)\/(upload|edit)(?:[/?#]|$)/.exec(el.getAttribute('href'));
      return !!m && readOnly.indexOf('/' + decodeURIComponent(m[1])) >= 0;
    }
    var row = el.closest('tr'), first = row && row.querySelector('td');
    var label = el.textContent.trim();
    return !!first && readOnly.indexOf(first.textContent.trim()) >= 0 && (label === 'add data' || label === 'edit');
  }

  function target(el) {
    return (el.matches('a') && el.closest('li')) || el;
  }

  function apply() {
    if (readOnly === null) {
      return;
    }
    if (/^#\/manage\/(new|tasks)/.test(location.hash)) {
      location.replace('#/manage');
    }
    // an element the UI reused for another dataset is shown again
    document.querySelectorAll('[' + MARK + ']').forEach(function (el) {
      if (!shouldHide(el)) {
        el.removeAttribute(MARK);
        target(el).style.removeProperty('display');
      }
    });
    document.querySelectorAll('a[href*="#/dataset/"], tr button').forEach(function (el) {
      if (!el.hasAttribute(MARK) && shouldHide(el)) {
        el.setAttribute(MARK, '');
        // important: the UI's Bootstrap classes (d-md-inline-block) set display with !important
        target(el).style.setProperty('display', 'none', 'important');
      }
    });
  }

  fetch('./$/server', {headers: {Accept: 'application/json'}})
    .then(function (r) { return r.json(); })
    .then(function (server) {
      readOnly = (server.datasets || []).filter(function (ds) {
        return !(ds['ds.services'] || []).some(function (s) { return s['srv.type'] === 'gsp-rw'; });
      }).map(function (ds) { return ds['ds.name']; });
      apply();
      new MutationObserver(apply).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
      window.addEventListener('hashchange', apply);
    })
    .catch(function () { /* no description: the UI is left as it is */ });
})();
