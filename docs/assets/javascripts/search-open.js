// Opens the search dialog (overrides/partials/dossier-search.html) from its header button or
// the "/" key. All the search itself (search.js, search.css, Pagefind's script, WebAssembly
// and index) is loaded only then, so a page's first view carries none of it. The button is
// hidden in the page and shown here: without a script there is no search.
(function () {
  "use strict";

  var button = document.querySelector("[data-dossier-search-open]");
  var dialog = document.querySelector("[data-dossier-search]");
  if (!button || !dialog || typeof dialog.showModal !== "function") return;
  button.hidden = false;

  var loading = null;
  var open = function () {
    if (dialog.open) return;
    if (!loading) {
      button.setAttribute("aria-busy", "true");
      var styles = new Promise(function (resolve) {
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = dialog.getAttribute("data-styles");
        link.onload = link.onerror = resolve;
        document.head.appendChild(link);
      });
      // A module path relative to the page, made absolute: import() resolves against this script.
      var module = import(new URL(dialog.getAttribute("data-module"), document.baseURI).href);
      loading = Promise.all([module, styles]).then(function (loaded) {
        return loaded[0].mount(dialog, button);
      });
    }
    loading.then(function (search) {
      button.removeAttribute("aria-busy");
      search.open();
    }, function () {
      // Offline, or a file missing: the dialog says so by itself, and opening tries again.
      loading = null;
      button.removeAttribute("aria-busy");
      dialog.querySelector("[data-search-status]").textContent = dialog.getAttribute("data-error");
      dialog.querySelector("[data-search-close]").onclick = function () { dialog.close(); };
      dialog.showModal();
    });
  };

  button.addEventListener("click", open);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    // Not while typing: "/" is then a character (a focused checkbox or button types nothing).
    var target = event.target;
    var typing = target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
      (target.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset|image|file|range|color)$/.test(target.type));
    if (typing) return;
    event.preventDefault();
    open();
  });
})();
