(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    document.title = "";
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
})();
