// Quick exit, and as few history entries as we can: the page goes at once and its history
// entry is replaced by a neutral site. Shift x3 (as GOV.UK's "Exit this page") or Esc x2 does
// the same from anywhere. Without JavaScript the button is still a plain link.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  var presses = {key: "", count: 0, timer: 0};

  function leave(event) {
    if (event) { event.preventDefault(); }
    // Hidden before anything else happens, so nothing stays on screen while the next site loads.
    document.documentElement.className += " exiting";
    document.title = "";
    window.location.replace(link.href);
  }

  function onKey(event) {
    var key = event.key === "Escape" || event.key === "Esc" ? "Escape" : event.key;
    if (event.repeat) { return; }
    if (key !== "Shift" && key !== "Escape") { presses.count = 0; return; }
    if (presses.key !== key) { presses.count = 0; }
    presses.key = key;
    presses.count += 1;
    clearTimeout(presses.timer);
    presses.timer = setTimeout(function () { presses.count = 0; }, 5000);
    if (presses.count >= (key === "Shift" ? 3 : 2)) { leave(event); }
  }

  // Refining a filtered GET page (a professional route) replaces it rather than stacking up
  // history entries. Searches are POST forms and never come through here.
  function replaceOnSubmit(form) {
    form.addEventListener("submit", function (event) {
      // As a GET form does: the fields replace the action's query (which may carry ?lang=).
      var target = new URL(form.action, window.location.href);
      target.search = "";
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.disabled || ((field.type === "checkbox" || field.type === "radio") && !field.checked) || field.value === "") { return; }
        target.searchParams.append(field.name, field.value);
      });
      event.preventDefault();
      window.location.replace(target.href);
    });
  }

  if (link) {
    link.addEventListener("click", leave);
    document.addEventListener("keydown", onKey, true);
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[data-replace-history]"), replaceOnSubmit);
})();
