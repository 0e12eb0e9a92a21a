// "Cite this page" and print links; the page reads, cites and prints without this script.
(function () {
  "use strict";

  var cite = document.querySelector("[data-cite]");
  if (cite) {
    var text = cite.querySelector("[data-cite-text]");
    var accessed = cite.querySelectorAll("[data-cite-accessed]");  // in each citation style
    var button = cite.querySelector("[data-cite-copy]");
    var status = cite.querySelector("[data-cite-status]");

    // The page says the build date until now; the reader's "date accessed" is today.
    var today = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var lang = document.documentElement.lang === "en" ? "en-GB" : document.documentElement.lang;
    if (window.Intl && Intl.DateTimeFormat.supportedLocalesOf([lang]).length) {
      Array.prototype.forEach.call(accessed, function (time) {
        time.dateTime = today.getFullYear() + "-" + pad(today.getMonth() + 1) + "-" + pad(today.getDate());
        time.textContent = new Intl.DateTimeFormat(lang, {
          day: "numeric", month: "long", year: "numeric"
        }).format(today);
      });
    }

    var say = function (message) {
      // Empty first, so that the same message twice is announced twice.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    };

    var selectCitation = function () {
      var range = document.createRange();
      range.selectNodeContents(text);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    };

    if (button && text && status) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var citation = text.textContent.replace(/\s+/g, " ").trim();
        var failed = function () {
          selectCitation();
          say(status.getAttribute("data-failed"));
        };
        if (!navigator.clipboard || !navigator.clipboard.writeText) {
          failed();
          return;
        }
        navigator.clipboard.writeText(citation).then(function () {
          say(status.getAttribute("data-copied"));
        }, failed);
      });
    }
  }

  // On paper, internal links get their full address after their text (print.css), the
  // published one (the canonical URL's), wherever the page is read; the ¶ links to source
  // paragraphs and in-page links do not.
  window.addEventListener("beforeprint", function () {
    var canonical = document.querySelector("link[rel=canonical]");
    var base = canonical ? canonical.href : location.href;
    var links = document.querySelectorAll(".md-content a[href]");
    Array.prototype.forEach.call(links, function (link) {
      var href = link.getAttribute("href");
      if (link.textContent.trim() === href) {
        link.setAttribute("data-print-shown", "");  // its text is its address already
        return;
      }
      var internal = !/^[a-z]+:/i.test(href) && href.charAt(0) !== "#";
      var sourceRef = /^¶/.test(link.textContent.trim());
      if (internal && !sourceRef && !link.classList.contains("headerlink")) {
        link.setAttribute("data-print-href", new URL(href, base).href);
      }
    });
  });
})();
