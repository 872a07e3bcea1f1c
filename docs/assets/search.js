/* Search in the address: ?q=quetta&group=Islamic+State&region=Balochistan&year=2016.

   The search itself is Pagefind's Component UI (overrides/partials/pagefind.html); this
   file keeps its query and filters in the page's address, so that a search can be
   linked to and cited, and opens the search when an address carries one. The keys are the
   filters of overrides/partials/pagefind.html, kept stable because published search links
   carry them; a key may repeat (?year=2015&year=2016: pages with both).
   It also holds the filter indexes back until they are wanted (assets/search-bundle/). */
(function () {
  "use strict";
  var FILTERS = ["kind", "group", "region", "year", "source"];
  var PARAMS = ["q"].concat(FILTERS);
  var NAME_WEIGHT = 20;  // the weight of each name field (ispk/render/helpers.py, NAMES_WEIGHT's comment)
  var MAX_NAMES = 40;    // ispk/render/helpers.py MAX_NAMES

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    var any = false;
    FILTERS.forEach(function (key) {
      var values = params.getAll(key).filter(Boolean);
      if (values.length) { filters[key] = values; any = true; }
    });
    var term = params.get("q") || "";
    return { term: term, filters: filters, any: any || term !== "" };
  }

  function withSearch(term, filters) {
    var url = new URL(window.location.href);
    PARAMS.forEach(function (key) { url.searchParams.delete(key); });
    if (term) url.searchParams.set("q", term);
    FILTERS.forEach(function (key) {
      ((filters && filters[key]) || []).forEach(function (value) { url.searchParams.append(key, value); });
    });
    return url;
  }

  function hasFilters(filters) {
    return FILTERS.some(function (key) { return filters && filters[key] && filters[key].length; });
  }

  // Pagefind's filter buttons are comboboxes whose visible label is their content, which
  // does not name a combobox (axe: button-name): name each by its label.
  function nameFilters() {
    document.querySelectorAll("pagefind-filter-dropdown").forEach(function (dropdown) {
      var trigger = dropdown.querySelector(".pf-dropdown-trigger");
      if (trigger && !trigger.hasAttribute("aria-label")) {
        trigger.setAttribute("aria-label", "Filter by " + (dropdown.getAttribute("label") || dropdown.getAttribute("filter")).toLowerCase());
      }
    });
  }

  function start() {
    var modal = document.querySelector("pagefind-modal");
    var link = document.querySelector(".search-permalink");
    if (!modal || !window.PagefindComponents) return;
    var instance = window.PagefindComponents.getInstanceManager().getInstance("default");
    nameFilters();
    instance.on("filters", nameFilters, modal);
    // The dropdowns also redraw their buttons, and drop a button's name on every search (its
    // badge of chosen values), without a "filters" event while the filter indexes are held back:
    // name every button as it appears or loses its name.
    new MutationObserver(nameFilters).observe(modal, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"] });
    // A record's names (PageHelper.facets in ispk/render/helpers.py: meta fields name, name1, …) count 20 times
    // a title word, so that typing any name or alias finds its page first. Set here, as
    // <pagefind-config> sets its own options, before Pagefind loads on the first search.
    var weights = { name: NAME_WEIGHT };
    for (var i = 1; i < MAX_NAMES; i++) weights["name" + i] = NAME_WEIGHT;
    instance.pagefindOptions.ranking = Object.assign({}, instance.pagefindOptions.ranking, { metaWeights: weights });

    // Every filter's values and counts (the filter indexes, most of a first search's bytes at
    // 10,000 events) load only when a reader opens the filters, or the address carries some:
    // assets/search-bundle/pagefind.js answers "no filters" while this gate is shut.
    var gate = { open: false };
    instance.pagefindOptions.filtersGate = gate;
    function openFilters() {
      if (gate.open) return;
      gate.open = true;
      // The dropdowns were told "no filters" when Pagefind loaded: show them loading instead.
      document.querySelectorAll("pagefind-filter-dropdown").forEach(function (dropdown) {
        if (typeof dropdown.showLoadingState === "function") dropdown.showLoadingState();
      });
      // The same search again, now with every filter's counts (or the counts alone, without words).
      Promise.resolve(instance.triggerLoad()).then(function () {
        instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
      });
    }
    var filterBox = modal.querySelector(".search-filters");
    if (filterBox) {
      // Focus comes first, on a click or a tab: the indexes are on their way before the menu opens.
      filterBox.addEventListener("focusin", openFilters);
      filterBox.addEventListener("pointerdown", openFilters);
    }

    instance.on("search", function (term, filters) {
      // Filters without words list every page that has them (Pagefind's faceted mode). Only
      // then: faceted mode with neither would load the whole index to list every page.
      // (Pagefind calls this before it runs the search, so the search sees the mode.)
      instance.faceted = !term && hasFilters(filters);
      if (!modal.isOpen) return;
      var url = withSearch(term, filters);
      window.history.replaceState(window.history.state, "", url.href);
      if (link) {
        link.href = url.href;
        link.hidden = !(term || hasFilters(filters));
      }
    }, link || modal);

    // Closing the search takes it out of the address again.
    modal.addEventListener("close", function () {
      window.history.replaceState(window.history.state, "", withSearch("", {}).href);
    }, true);

    // Material's instant navigation swaps pages without reloading the header: close the
    // search when a result is followed.
    if (window.document$) {
      var first = true;
      window.document$.subscribe(function () {
        if (first) { first = false; return; }
        if (modal.isOpen) modal.close();
      });
    }

    // An address with a search opens it: once Pagefind has loaded (its own first, empty
    // search in faceted mode would otherwise replace this one), with the words in the box.
    var wanted = fromAddress();
    if (hasFilters(wanted.filters)) gate.open = true;
    if (wanted.any) {
      modal.open();
      Promise.resolve(instance.triggerLoad()).then(function () {
        instance.faceted = !wanted.term;
        var input = modal.querySelector("pagefind-input input");
        if (input) input.value = wanted.term;
        instance.triggerSearchWithFilters(wanted.term, wanted.filters);
      });
    }
  }

  if (window.customElements) {
    window.customElements.whenDefined("pagefind-modal").then(start);
  }
})();
