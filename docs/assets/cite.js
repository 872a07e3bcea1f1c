/* "Copy" buttons for the "Cite this page" block. The citations are plain text
   in the page; this only adds a convenience where the Clipboard API exists. */
(function () {
  function addButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll(".cite-page [data-copy]").forEach(function (el) {
      if (el.querySelector(".cite-copy")) return;
      var text = el.textContent.trim();
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite-copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy this citation");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 2000);
        });
      });
      el.appendChild(button);
    });
  }
  // Material's instant navigation swaps pages without a load event: follow its document$.
  if (window.document$) window.document$.subscribe(addButtons);
  else document.addEventListener("DOMContentLoaded", addButtons);
})();
