// Share buttons beside the headings' "#" links: the phone's own share sheet (Web Share API)
// where there is one, otherwise the section's link copied to the clipboard, announced in the
// page's live region (dossier/views/page.py, which holds the words in the page's language).
// Without this script there are no buttons, and the "#" links still give each section's
// address. No third-party script or request.
(function () {
  "use strict";

  var status = document.querySelector("[data-share-status]");
  var links = document.querySelectorAll(".md-content .headerlink");
  if (!status || !links.length) return;

  // Material Design's "share-variant" icon, as Material inlines its own.
  var ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 ' +
    '1.25.81 2.04.81a3 3 0 0 0 3-3 3 3 0 0 0-3-3 3 3 0 0 0-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9a3 ' +
    '3 0 0 0-3 3 3 3 0 0 0 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.15c-.05.21-.08.43-.08.66 0 1.61 1.31 2.91 2.92 ' +
    '2.91s2.92-1.3 2.92-2.91A2.92 2.92 0 0 0 18 16.08"/></svg>';

  var say = function (message) {
    // Empty first, so that the same message twice is announced twice; empty again after a few
    // seconds, which hides the note dossier.css shows while there is one (and is not announced).
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
    window.setTimeout(function () {
      if (status.textContent === message) status.textContent = "";
    }, 6000);
  };

  // The published address (the canonical URL's), wherever the page is read, with the section.
  var address = function (id) {
    var canonical = document.querySelector("link[rel=canonical]");
    var url = new URL(canonical ? canonical.href : location.href);
    url.hash = id;
    return url.href;
  };

  // The heading's own text, without its "#" link.
  var headingText = function (heading) {
    var text = "";
    Array.prototype.forEach.call(heading.childNodes, function (node) {
      if (!(node.classList && node.classList.contains("headerlink"))) text += node.textContent;
    });
    return text.replace(/\s+/g, " ").trim();
  };

  var copy = function (url, heading) {
    var failed = function () {
      say(status.getAttribute("data-failed").replace("{url}", url));
    };
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      failed();
      return;
    }
    navigator.clipboard.writeText(url).then(function () {
      say(status.getAttribute("data-copied").replace("{heading}", heading));
    }, failed);
  };

  Array.prototype.forEach.call(links, function (link) {
    var heading = headingText(link.parentNode);
    var id = link.getAttribute("href").slice(1);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "dossier-share";
    button.setAttribute("aria-label", status.getAttribute("data-label").replace("{heading}", heading));
    button.innerHTML = ICON;
    link.parentNode.insertBefore(button, link.nextSibling);
    button.addEventListener("click", function () {
      var url = address(id);
      var data = { title: heading, url: url };
      if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
        navigator.share(data).catch(function (error) {
          // The reader closed the share sheet: nothing to do. Otherwise copy instead.
          if (!error || error.name !== "AbortError") copy(url, heading);
        });
        return;
      }
      copy(url, heading);
    });
  });
})();
