// Search page: Pagefind's index queried from a French, accessible form.
// Loaded only by /recherche/; without JavaScript the page explains how to browse instead.
(function () {
  "use strict";
  var form = document.getElementById("recherche");
  if (!form) { return; }
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var input = document.getElementById("q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filtre]"));
  var bundle = form.getAttribute("data-pagefind");
  var pagefind = null;
  var timer = null;
  var MAX_RESULTS = 30;

  form.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".app-sans-js"), function (node) { node.hidden = true; });

  function plural(count, word) { return count + " " + word + (count > 1 ? "s" : ""); }

  function fillFilters(filters) {
    selects.forEach(function (select) {
      var values = filters[select.getAttribute("data-filtre")] || {};
      Object.keys(values).sort(function (a, b) { return a.localeCompare(b, "fr"); }).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value + " (" + values[value] + ")";
        select.appendChild(option);
      });
    });
  }

  function chosenFilters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) { chosen[select.getAttribute("data-filtre")] = select.value; }
    });
    return chosen;
  }

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

  async function run() {
    var query = input.value.trim();
    var filters = chosenFilters();
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = "Tapez un mot ou choisissez un filtre.";
      return;
    }
    var search = await pagefind.search(query || null, { filters: filters });
    var shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map(function (r) { return r.data(); }));
    list.replaceChildren.apply(list, shown.map(resultItem));
    var count = search.results.length;
    status.textContent = count ? plural(count, "annonce") + " trouvée" + (count > 1 ? "s" : "") +
      (count > MAX_RESULTS ? " ; les " + MAX_RESULTS + " premières sont affichées." : ".") : "Aucune annonce trouvée.";
  }

  function later() { clearTimeout(timer); timer = setTimeout(run, 200); }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", later);
  selects.forEach(function (select) { select.addEventListener("change", run); });

  import(bundle).then(async function (module) {
    pagefind = module;
    await pagefind.options({ excerptLength: 20 });
    fillFilters(await pagefind.filters());
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) { input.value = params.get("q"); }
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted) { select.value = wanted; }
    });
    status.textContent = "Prêt : tapez un mot ou choisissez un filtre.";
    if (params.get("q") || chosenFilters().region) { run(); }
  }).catch(function () {
    status.textContent = "L'index de recherche est introuvable : parcourez les annonces par région ou par programme.";
  });
})();
