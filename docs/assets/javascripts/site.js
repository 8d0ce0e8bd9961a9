// Material's search panel has role="dialog" but no name; screen readers announce it unnamed.
(function () {
  var search = document.querySelector('.md-search[role="dialog"]');
  var input = document.querySelector(".md-search__input");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
  }
})();

// The header's search form opens the Praxisfinder with the terms after the #, so that they stay in
// the browser instead of reaching the server (without JavaScript the form sends them as ?q=).
document.querySelectorAll(".kbm-header-search").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var terms = form.elements.q.value.trim();
    location.href = form.action + (terms ? "#" + new URLSearchParams({ q: terms }).toString() : "");
  });
});
