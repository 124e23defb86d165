// The offline copy's search: narrows the list of pages to those that have every word typed
// (accents and case ignored, a word's beginning is enough). The pages read without it.
(function () {
  var data = document.getElementById('search-index');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var none = document.getElementById('no-result');
  if (!data || !input || !list) { return; }
  var entries = JSON.parse(data.textContent);
  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  entries.forEach(function (entry) {
    entry.all = ' ' + fold(entry.title + ' ' + (entry.summary || '')) + ' ' + entry.words + ' ';
  });
  function show() {
    var words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
    list.textContent = '';
    var shown = 0;
    entries.forEach(function (entry) {
      var found = words.every(function (word) { return entry.all.indexOf(' ' + word) >= 0 || entry.all.indexOf(word) >= 0 && word.length > 3; });
      if (!found) { return; }
      var item = document.createElement('li');
      var heading = document.createElement('h3');
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      heading.appendChild(link);
      item.appendChild(heading);
      if (entry.summary) {
        var summary = document.createElement('p');
        summary.textContent = entry.summary;
        item.appendChild(summary);
      }
      list.appendChild(item);
      shown++;
    });
    if (none) { none.hidden = shown > 0; }
  }
  var asked = new URLSearchParams(window.location.search).get('q');
  if (asked) { input.value = asked; }
  input.addEventListener('input', show);
  document.getElementById('search').addEventListener('submit', function (event) { event.preventDefault(); show(); });
  show();
})();
