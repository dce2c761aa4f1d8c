// sourcetrace web app: link reused passages to their twins, confirm deletions.
// Everything works without this script; it only makes following passages smoother.
(function () {
  "use strict";
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function scrollWithin(column, target) {
    // Bring target to the middle of its own scrolling column, leaving the page still.
    var top = target.offsetTop - column.clientHeight / 2 + target.offsetHeight / 2;
    column.scrollTo({ top: Math.max(0, top), behavior: reduced ? "auto" : "smooth" });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.psg") : null;
    if (!link) { return; }
    var twin = document.getElementById(link.getAttribute("href").slice(1));
    if (!twin) { return; }
    event.preventDefault();
    var column = twin.closest(".text");
    if (column) { scrollWithin(column, twin); } else { twin.scrollIntoView({ block: "center" }); }
    document.querySelectorAll("a.psg.flash").forEach(function (el) { el.classList.remove("flash"); });
    twin.classList.add("flash");
    link.classList.add("flash");
    if (history.replaceState) { history.replaceState(null, "", "#" + twin.id); }
  });

  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
})();
