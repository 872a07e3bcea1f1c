// The outdated-release banner (overrides/partials/outdated.html): name the newest
// release and link to the same page in it, and to what changed since this release.
// Material unhides the banner; this only fills it in, from the site's versions.json.
(function () {
  "use strict";
  var banner = document.querySelector(".release-outdated[data-release]");
  var configElement = document.getElementById("__config");
  if (!banner || !configElement) return;
  var config = JSON.parse(configElement.textContent);
  // Every release sits one folder below the root: <root>/<version>/.
  var versionRoot = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var page = location.pathname.slice(versionRoot.pathname.length);
  var release = banner.getAttribute("data-release");

  function exists(url) {
    return fetch(url, { method: "HEAD", credentials: "same-origin" })
      .then(function (response) { return response.ok; }, function () { return false; });
  }

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
    .catch(function () { /* no versions.json: an unversioned build, nothing to say */ });
})();
