// The outdated-release banner (overrides/partials/outdated.html): name the newest
// release and link to the same page in it, and to what changed since this release.
// Material unhides the banner only on a release that is not the newest; this fills it
// in from the site's versions.json once it is shown, on every page Material loads
// (document$ also fires on instant navigation, which replaces the banner).
(function () {
  "use strict";

  function exists(url) {
    return fetch(url, { method: "HEAD", credentials: "same-origin" })
      .then(function (response) { return response.ok; }, function () { return false; });
  }

  function fill(banner) {
    var config = JSON.parse(document.getElementById("__config").textContent);
    // Every release sits one folder below the root: <root>/<version>/.
    var versionRoot = new URL(config.base.replace(/\/?$/, "/"), location.href);
    var page = location.pathname.slice(versionRoot.pathname.length);
    var release = banner.getAttribute("data-release");
    fetch(new URL("../versions.json", versionRoot), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (versions) {
        var latest = versions.filter(function (v) { return (v.aliases || []).indexOf("latest") >= 0; })[0];
        if (!latest || latest.version === release) return;
        var latestRoot = new URL("../" + latest.version + "/", versionRoot);
        var samePage = new URL(page, latestRoot);
        var since = new URL("changes/since-" + release + "/", latestRoot);
        var pageLink = banner.querySelector("[data-latest-page]");
        var changesLink = banner.querySelector("[data-latest-changes]");
        pageLink.textContent = latest.title || latest.version;
        pageLink.setAttribute("aria-label", "This page in release " + latest.version);
        // A page that moved has a redirect page at its old address; one with neither
        // (never, while urls.txt holds) falls back to the newest release's home page.
        exists(samePage).then(function (ok) { pageLink.href = ok ? samePage.href : latestRoot.href; });
        exists(since).then(function (ok) {
          changesLink.href = ok ? since.href : new URL("changes/", latestRoot).href;
        });
      })
      .catch(function () { /* no versions.json: not a versioned site */ });
  }

  function start() {
    var banner = document.querySelector(".release-outdated[data-release]");
    var holder = banner && banner.closest("[data-md-component=outdated]");
    if (!banner || !holder) return;
    if (!holder.hidden) { fill(banner); return; }
    // Shown later by Material, once it has read versions.json; a current release stays hidden.
    new MutationObserver(function (_, observer) {
      if (!holder.hidden) { observer.disconnect(); fill(banner); }
    }).observe(holder, { attributes: true, attributeFilter: ["hidden"] });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else {
    start();
  }
})();
