// Keyboard access to Material's navigation drawer on phones and tablets. Its menu button is
// a <label> for a checkbox, which a keyboard cannot reach: put a real button in its place.
// The button opens the drawer at its top level and moves focus into it; leaving the drawer
// with Tab, or Escape, closes it (Escape returns focus to the button), so focus never sits
// under the drawer's overlay. Without JavaScript the label stays, for pointer users.
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var label = document.querySelector('label.md-header__button[for="__drawer"]');
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !label || !drawer) return;

  var button = document.createElement("button");
  button.type = "button";
  button.className = label.className + " dossier-drawer-button";
  button.setAttribute("aria-label", label.getAttribute("data-dossier-label"));
  button.setAttribute("aria-expanded", String(toggle.checked));
  button.innerHTML = label.innerHTML;
  label.parentNode.insertBefore(button, label);
  label.style.display = "none";

  var set = function (open) {
    toggle.checked = open;
    toggle.dispatchEvent(new Event("change"));
  };
  toggle.addEventListener("change", function () {
    button.setAttribute("aria-expanded", String(toggle.checked));
  });

  button.addEventListener("click", function () {
    set(!toggle.checked);
    if (!toggle.checked) return;
    // The top level, not the current section's pane over it: its links are the ones Tab
    // reaches (each section's own page lists what is in it).
    Array.prototype.forEach.call(drawer.querySelectorAll(".md-nav__toggle:checked"), function (pane) {
      pane.checked = false;
    });
    var first = drawer.querySelector("a[href]");
    if (first) first.focus();
  });

  // A section's pane (its pages, e.g. every institution under "Rekomendasi") opens from a
  // <label> that Material leaves out of the Tab order (tabindex=""), though it gives its other
  // nested panes' labels tabindex 0 and presses them on Enter: the same for sections' labels.
  Array.prototype.forEach.call(drawer.querySelectorAll('.md-nav__container > label.md-nav__link[tabindex=""]'), function (opener) {
    var pane = document.getElementById(opener.getAttribute("for"));
    if (!pane) return;
    opener.setAttribute("tabindex", "0");
    opener.setAttribute("role", "button");
    var sync = function () { opener.setAttribute("aria-expanded", String(pane.checked)); };
    sync();
    pane.addEventListener("change", sync);
  });

  drawer.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (toggle.checked && next && !drawer.contains(next)) set(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      set(false);
      button.focus();
    }
  });
})();
