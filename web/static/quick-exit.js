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

  // A page that answers a form (a search, the self-check) forgets the form at once: a reload
  // or Back then asks the server for the empty page, never sends the words again or shows the
  // results to whoever picks the phone up next.
  if (document.documentElement.hasAttribute("data-answers-a-form") && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.href);
  }

  if (link) {
    link.addEventListener("click", leave);
    document.addEventListener("keydown", onKey, true);
  }
})();
