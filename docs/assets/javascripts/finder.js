// The Praxisfinder: full text and filters over Pagefind's index of the page's language.
// The query and the filters live in the address after the # (#q=…&thema=…), so a view can be shared
// and the back button restores the previous one, while search terms never reach the server.
(function () {
  "use strict";
  var form = document.getElementById("kbm-finder");
  if (!form) return;
  var count = document.getElementById("kbm-finder-count");
  var list = document.getElementById("kbm-finder-results");
  var english = document.documentElement.lang === "en";
  var words = english
    ? { none: "No results. Try fewer words or filters.", one: "1 result", many: " results", page: "Page", wait: "Searching…", more: "Show more results" }
    : { none: "Keine Treffer. Versuchen Sie weniger Suchbegriffe oder Filter.", one: "1 Treffer", many: " Treffer", page: "Seite", wait: "Suche läuft …", more: "Weitere Treffer anzeigen" };
  var PAGE_SIZE = 10;  // a result's text is fetched only when it is shown
  var more = document.createElement("button");
  more.type = "button";
  more.className = "md-button kbm-finder__more";
  more.textContent = words.more;
  more.hidden = true;
  list.after(more);
  var pending = [];
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base + "/", location.href);
  var pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
    // Result addresses relative to wherever the site is published (a domain's root or a sub-path).
    return module.options({ baseUrl: root.pathname }).then(function () {
      return module.init();
    }).then(function () { return module; });
  });
  var filterNames = Array.prototype.map.call(form.querySelectorAll("details.kbm-filter input"), function (box) {
    return box.name;
  }).filter(function (name, index, all) { return all.indexOf(name) === index; });
  var latest = 0;

  function stateFromForm() {
    var params = new URLSearchParams();
    var query = form.elements.q.value.trim();
    if (query) params.set("q", query);
    filterNames.forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) {
        params.append(name, box.value);
      });
    });
    return params;
  }

  function formFromState(params) {
    form.elements.q.value = params.get("q") || "";
    form.querySelectorAll("details.kbm-filter input").forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) !== -1;
      if (box.checked) box.closest("details").open = true;
    });
  }

  // Pagefind's excerpt is HTML that marks the match with <mark>. It is read in an inert template (no
  // script runs, nothing loads there) and rebuilt from its text and <mark> elements only.
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var out = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function render(results) {
    results.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title;
      var type = document.createElement("span");
      type.className = "kbm-finder__type";
      type.textContent = data.meta.type || words.page;
      var summary = document.createElement("p");
      if (data.meta.summary) summary.textContent = data.meta.summary;
      else summary.append(excerpt(data.excerpt));
      item.append(type, " ", link, summary);
      list.append(item);
    });
  }

  function search(params) {
    var run = ++latest;
    var query = params.get("q");
    var filters = {};
    filterNames.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) filters[name] = { any: values };
    });
    if (!query && !Object.keys(filters).length) {
      list.innerHTML = "";
      count.textContent = "";
      more.hidden = true;
      return;
    }
    count.textContent = words.wait;
    pagefind.then(function (pf) {
      return pf.search(query || null, { filters: filters });
    }).then(function (found) {
      if (run !== latest) return;  // a newer search has started meanwhile
      list.innerHTML = "";
      pending = found.results.slice();
      var n = found.results.length;
      return showMore(run).then(function () {
        if (run !== latest) return;
        count.textContent = n === 0 ? words.none : n === 1 ? words.one : n + words.many;
      });
    });
  }

  function showMore(run) {
    var next = pending.splice(0, PAGE_SIZE);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (data) {
      if (run !== latest) return;
      render(data);
      more.hidden = pending.length === 0;
    });
  }
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(latest).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();  // keyboard users continue at the first new result
    });
  });

  function update(push) {
    var params = stateFromForm();
    var address = location.pathname + (params.toString() ? "#" + params.toString() : "");
    if (push) history.pushState(null, "", address);
    else history.replaceState(null, "", address);
    search(params);
  }

  var typing;
  form.addEventListener("input", function (event) {
    if (event.target.name === "q") {
      clearTimeout(typing);
      typing = setTimeout(function () { update(false); }, 250);
    } else {
      update(true);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true);
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { update(true); }, 0);
  });
  function stateFromAddress() {
    return new URLSearchParams(location.hash.slice(1));
  }
  window.addEventListener("popstate", function () {
    var params = stateFromAddress();
    formFromState(params);
    search(params);
  });

  // An address with ?q=… (the header form without JavaScript) becomes #q=….
  var initial = location.search ? new URLSearchParams(location.search) : stateFromAddress();
  if (location.search) history.replaceState(null, "", location.pathname + "#" + initial.toString());
  formFromState(initial);
  search(initial);
})();
