// Switching language keeps the reader's place: the language selector's links (Material's
// .md-select__link, one per language) and the translation notices' links to the Indonesian
// original get the current #anchor just before they are followed, copied or opened in a new tab. Both languages share every heading id, so the anchor exists
// on the other side. Without JavaScript the links still work and open the page at its top.
(function () {
  "use strict";
  // The section the reader asked for (the address they came with, or an in-page link they
  // followed) counts until they scroll: Material's navigation.tracking rewrites the address to
  // the heading nearest the top, which near a page's end is the section before the one asked for.
  var asked = location.hash;
  window.addEventListener("hashchange", function () { asked = location.hash; });
  function scrolled() { asked = ""; }
  window.addEventListener("wheel", scrolled, { passive: true });
  window.addEventListener("touchmove", scrolled, { passive: true });
  window.addEventListener("keydown", function (event) {
    if (/^(PageUp|PageDown|ArrowUp|ArrowDown|Home|End| )$/.test(event.key)) scrolled();
  });
  // The section the reader has scrolled to: Material marks it in the table of contents at once,
  // while the address (navigation.tracking) skips the first pause in scrolling, so after one
  // flick down the page it still has no anchor. Pages without a table of contents: the address.
  // (Material's class md-nav__link--active: tests/browser/test_language_switch.py fails if it goes.)
  function sectionRead() {
    var toc = document.querySelector("[data-md-component=toc]");
    if (!toc) return location.hash;
    var active = toc.querySelector("a.md-nav__link--active");
    return active ? new URL(active.href, location.href).hash : "";
  }
  function keepPlace(event) {
    var target = event.target;
    var link = target && target.closest && target.closest(
      "a.md-select__link[hreflang], .dossier-translation-notice a[hreflang], .dossier-translation-stale a[hreflang]");
    if (!link) return;
    var url = new URL(link.href, location.href);
    url.hash = asked || sectionRead();
    link.href = url.href;
    // Material's own handler for links to alternate languages would otherwise send the reader
    // to the other language's page without its anchor (via a redirect): follow the link as is.
    if (event.type === "click") event.stopPropagation();
  }
  ["pointerdown", "focusin", "click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, keepPlace, true);
  });
})();
