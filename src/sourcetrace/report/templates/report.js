// Scroll a passage's twin into view inside its own column and flash it.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.psg");
  if (!link) { return; }
  var twin = document.getElementById(link.getAttribute("href").slice(1));
  if (!twin) { return; }
  event.preventDefault();
  twin.scrollIntoView({ behavior: "smooth", block: "center" });
  document.querySelectorAll("a.psg.flash").forEach(function (el) { el.classList.remove("flash"); });
  twin.classList.add("flash");
  link.classList.add("flash");
});
