// Keyboard access to Material's navigation drawer on phones and tablets. Its menu button is
// a <label> for a checkbox: make it focusable; Enter (Material's own handler clicks a focused
// label) or Space opens it at its top level and moves focus into it; leaving it with Tab, or
// Escape, closes it (Escape returns focus to the button): focus never sits under its overlay.
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var button = document.querySelector('label.md-header__button[for="__drawer"]');
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !button || !drawer) return;

  var fromKeyboard = false;
  var close = function () {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
  };

  button.tabIndex = 0;
  button.setAttribute("aria-expanded", String(toggle.checked));
  toggle.addEventListener("change", function () {
    button.setAttribute("aria-expanded", String(toggle.checked));
    if (toggle.checked && fromKeyboard) {
      // Show the top level, not the current section's pane over it: its links are the
      // ones Tab reaches (each section's own page lists what is in it).
      Array.prototype.forEach.call(drawer.querySelectorAll(".md-nav__toggle:checked"), function (pane) {
        pane.checked = false;
      });
      var first = drawer.querySelector("a[href]");
      if (first) first.focus();
    }
    fromKeyboard = false;
  });

  button.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") fromKeyboard = true;
    if (event.key === " ") {
      event.preventDefault();
      button.click();
    }
  });

  drawer.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (toggle.checked && next && !drawer.contains(next)) close();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      close();
      button.focus();
    }
  });
})();
