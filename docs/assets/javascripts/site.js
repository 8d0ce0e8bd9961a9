// Material's search panel has role="dialog" but no name; screen readers announce it unnamed.
(function () {
  var search = document.querySelector('.md-search[role="dialog"]');
  var input = document.querySelector(".md-search__input");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
  }
})();
