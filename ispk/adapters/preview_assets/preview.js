// The preview's status (make serve only; never published). After every save the
// preview writes preview-status.json; when the data has errors, this shows them
// over the last good page, with the same file:line messages the terminal prints.
(function () {
  var here = document.currentScript.src.replace(/[^/]*$/, "");
  fetch(here + "preview-status.json", { cache: "no-store" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (status) {
      if (!status || status.ok) return;
      var box = document.createElement("aside");
      box.className = "preview-errors";
      box.setAttribute("role", "alert");
      var title = document.createElement("strong");
      title.textContent = "The last save has data errors; this is the last good version of the page.";
      var list = document.createElement("pre");
      list.textContent = status.errors;
      box.appendChild(title);
      box.appendChild(list);
      document.body.insertBefore(box, document.body.firstChild);
    })
    .catch(function () {});
})();
