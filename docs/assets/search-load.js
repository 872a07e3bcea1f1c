/* Pagefind's search box (overrides/partials/pagefind.html) loads when a reader reaches for it,
   not with every page (issue 24: pages that stay light). Its script is 175 KB, and setting up
   the dialog, its filters and its results took the longest task of a page load on a phone.

   Until then the header shows the same button Pagefind draws (the partial writes it inside
   <pagefind-modal-trigger>, which Pagefind redraws once it runs). The script is fetched when the
   pointer or the focus comes near that button, and runs, opening the search, when the button is
   pressed, when "/" is typed (Pagefind's own shortcut, once loaded), or when the address carries
   a search (assets/search.js then fills it in). It never runs on its own while a press is under
   way: Pagefind would redraw the button between the press and the release, and Chromium then
   sends no click at all (tests/test_browser.py holds the script back to prove it). */
(function () {
  "use strict";
  var me = document.currentScript;
  // Resolved now: Material's instant navigation changes the address under the same header.
  var src = new URL(me.getAttribute("data-src"), document.baseURI).href;
  var loading = null;
  var fetched = false;

  // Fetched and compiled, not run: it runs on load(), from the module map.
  function preload() {
    if (fetched || loading) return;
    fetched = true;
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = src;
    document.head.appendChild(link);
  }

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
      trigger.addEventListener(type, preload, { once: true, passive: true });
    });
    // On the trigger, which stays: a click on this button, or on Pagefind's once it has redrawn
    // it (Pagefind opens the search too, and open() leaves an open search as it is).
    trigger.addEventListener("click", open);
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
