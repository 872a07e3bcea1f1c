/* Pagefind's search box (overrides/partials/pagefind.html) loads when a reader reaches for it,
   not with every page (issue 24: pages that stay light). Its script is 175 KB, and setting up
   the dialog, its filters and its results took the longest task of a page load on a phone.

   Until then the header shows the same button Pagefind draws (the partial writes it inside
   <pagefind-modal-trigger>, which Pagefind redraws once loaded). The script loads when the
   pointer or the focus comes near that button, and opens the search when it is pressed, when
   "/" is typed (Pagefind's own shortcut, once loaded), or when the address carries a search
   (assets/search.js then fills it in). */
(function () {
  "use strict";
  var me = document.currentScript;
  // Resolved now: Material's instant navigation changes the address under the same header.
  var src = new URL(me.getAttribute("data-src"), document.baseURI).href;
  var loading = null;

  function load() {
    if (!loading) {
      var script = document.createElement("script");
      script.type = "module";
      script.src = src;
      document.head.appendChild(script);
      loading = window.customElements.whenDefined("pagefind-modal");
    }
    return loading;
  }

  function open() {
    load().then(function () {
      var modal = document.querySelector("pagefind-modal");
      if (modal && !modal.isOpen) modal.open();
    });
  }

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
  }

  if (!window.customElements) return;
  var trigger = document.querySelector("pagefind-modal-trigger");
  if (trigger) {
    ["pointerenter", "touchstart", "focusin"].forEach(function (type) {
      trigger.addEventListener(type, load, { once: true, passive: true });
    });
    // Pagefind's own button replaces this one once loaded, with its own click handler.
    var placeholder = trigger.querySelector("button");
    if (placeholder) placeholder.addEventListener("click", open);
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(document.activeElement)) return;
    if (window.customElements.get("pagefind-modal")) return;  // Pagefind's shortcut answers
    event.preventDefault();
    open();
  });
  var params = new URLSearchParams(window.location.search);
  // The keys search.js reads: the filters of overrides/partials/pagefind.html and the words, q.
  if (["q", "kind", "group", "region", "year", "source"].some(function (key) { return params.has(key); })) load();
})();
