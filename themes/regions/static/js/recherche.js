// Search page: Pagefind's index queried from an accessible form whose state lives in the address.
// Loaded only by /recherche/; without JavaScript the page explains how to browse instead.
// /recherche/?q=…&region=…&programme=…&partenaire=…&annee=… opens that search: the filter values
// are the names the index knows (the ones shown on the pages of the edition).
(function () {
  "use strict";
  // Every text this script shows comes from the page (search.html), in the edition's language:
  // plain sentences, and for counts one form per plural category of Intl.PluralRules.
  var source = document.getElementById("recherche-textes");
  var WORDS = source ? JSON.parse(source.textContent) : {};
  var plurals = new Intl.PluralRules(document.documentElement.lang || "fr");
  function counted(forms, count) {
    var form = (forms || {})[plurals.select(count)] || (forms || {}).other || "";
    return form.replace("%(num)s", String(count));
  }
  var TEXT = {
    prompt: WORDS.prompt,
    ready: WORDS.ready,
    searching: WORDS.searching,
    none: WORDS.none,
    found: function (count) { return counted(WORDS.found, count); },
    shown: function (shown) { return counted(WORDS.shown, shown); },
    more: function (next) { return counted(WORDS.more, next); },
    missing: WORDS.missing
  };
  var PAGE_SIZE = 30;
  var TYPING_PAUSE = 200;

  var form = document.getElementById("recherche");
  if (!form) { return; }
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var more = document.getElementById("recherche-plus");
  var input = document.getElementById("q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filtre]"));
  var bundle = form.getAttribute("data-pagefind");
  var pagefind = null;
  var timer = null;
  var current = null; // the results of the search shown, and how many are on the page
  var generation = 0; // each search's number: a slower, older search never overwrites a newer one

  form.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".app-sans-js"), function (node) { node.hidden = true; });

  function fillFilters(filters) {
    selects.forEach(function (select) {
      var values = filters[select.name] || {};
      Object.keys(values).sort(function (a, b) { return a.localeCompare(b, document.documentElement.lang); }).forEach(function (value) {
        select.appendChild(option(value, value + " (" + values[value] + ")"));
      });
    });
  }

  function option(value, label) {
    var node = document.createElement("option");
    node.value = value;
    node.textContent = label;
    return node;
  }

  // --- The search's state: the form <-> the address --------------------------------------------

  function stateOfForm() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set("q", input.value.trim()); }
    selects.forEach(function (select) {
      if (select.value) { params.set(select.name, select.value); }
    });
    return params;
  }

  function showState(params) {
    input.value = params.get("q") || "";
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      // A value the index does not list (a year with no announcement yet) is kept, and finds nothing.
      if (wanted && !Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.appendChild(option(wanted, wanted));
      }
      select.value = wanted;
    });
  }

  // Typing replaces the address of the current entry; a submitted search or a chosen filter adds
  // an entry, so that Back returns to the search before it.
  function writeAddress(addEntry) {
    var query = stateOfForm().toString();
    var address = window.location.pathname + (query ? "?" + query : "");
    if (address === window.location.pathname + window.location.search) { return; }
    if (addEntry) {
      window.history.pushState(null, "", address);
    } else {
      window.history.replaceState(null, "", address);
    }
  }

  // --- Results ------------------------------------------------------------------------------------

  function resultItem(data) {
    var item = document.createElement("li");
    var card = document.createElement("article");
    card.className = "app-card";
    var heading = document.createElement("h2");
    heading.className = "app-card__title";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    heading.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "app-card__meta";
    meta.textContent = [data.meta.date, data.meta.regions].filter(Boolean).join(" · ");
    var excerpt = document.createElement("p");
    excerpt.className = "app-card__summary";
    excerpt.textContent = data.meta.summary || "";
    card.appendChild(heading);
    card.appendChild(meta);
    card.appendChild(excerpt);
    item.appendChild(card);
    return item;
  }

  function describe() {
    var count = current.results.length;
    if (!count) { return TEXT.none; }
    return TEXT.found(count) + (count > current.shown ? TEXT.shown(current.shown) : ".");
  }

  function offerMore() {
    var left = current.results.length - current.shown;
    more.hidden = left <= 0;
    if (left > 0) { more.textContent = TEXT.more(Math.min(left, PAGE_SIZE)); }
  }

  async function showNext(number) {
    var batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    var data = await Promise.all(batch.map(function (result) { return result.data(); }));
    if (number !== generation) { return []; }
    var items = data.map(resultItem);
    items.forEach(function (item) { list.appendChild(item); });
    current.shown += items.length;
    return items;
  }

  async function run() {
    var number = ++generation;
    var params = stateOfForm();
    var filters = {};
    selects.forEach(function (select) {
      if (params.get(select.name)) { filters[select.name] = params.get(select.name); }
    });
    if (!params.get("q") && !Object.keys(filters).length) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = TEXT.prompt;
      return;
    }
    var search = await pagefind.search(params.get("q"), { filters: filters });
    if (number !== generation) { return; }
    current = { results: search.results, shown: 0 };
    list.replaceChildren();
    await showNext(number);
    if (number !== generation) { return; }
    status.textContent = describe();
    offerMore();
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { writeAddress(false); run(); }, TYPING_PAUSE);
  }

  function now() {
    clearTimeout(timer);
    writeAddress(true);
    run();
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); now(); });
  input.addEventListener("input", later);
  selects.forEach(function (select) { select.addEventListener("change", now); });
  more.addEventListener("click", async function () {
    var number = generation;
    var items = await showNext(number);
    if (!items.length) { return; }
    status.textContent = describe();
    offerMore();
    // The reader goes on from the first new result; the button, now further down, stays in reach.
    items[0].querySelector("a").focus();
  });
  window.addEventListener("popstate", function () {
    if (!pagefind) { return; }
    clearTimeout(timer);
    showState(new URLSearchParams(window.location.search));
    run();
  });

  import(bundle).then(async function (module) {
    pagefind = module;
    await pagefind.options({ excerptLength: 20 });
    fillFilters(await pagefind.filters());
    showState(new URLSearchParams(window.location.search));
    if (stateOfForm().toString()) {
      status.textContent = TEXT.searching;
      await run();
    } else {
      status.textContent = TEXT.ready;
    }
  }).catch(function () {
    status.textContent = TEXT.missing;
  });
})();
