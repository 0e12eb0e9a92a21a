// Share buttons beside the headings' "#" links (dossier/views/page.py): the phone's own share
// sheet (Web Share API) where there is one, otherwise the section's link copied to the
// clipboard, announced in the page's live region. Without this script the buttons stay hidden
// and the "#" links still give each section's address. No third-party script or request.
(function () {
  "use strict";

  var status = document.querySelector("[data-share-status]");
  var buttons = document.querySelectorAll("[data-share]");
  if (!status || !buttons.length) return;

  var say = function (message) {
    // Empty first, so that the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  // The published address (the canonical URL's), wherever the page is read, with the section.
  var address = function (id) {
    var canonical = document.querySelector("link[rel=canonical]");
    var url = new URL(canonical ? canonical.href : location.href);
    url.hash = id;
    return url.href;
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

  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = address(button.getAttribute("data-share"));
      var heading = button.getAttribute("data-share-heading");
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
