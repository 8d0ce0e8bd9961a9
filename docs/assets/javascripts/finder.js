// The Praxisfinder: browse, filter, count and sort every case and Baustein from a compact table
// (eintraege.json); the files of the word index are fetched only for the words a reader types. The view – words,
// filters, sorting, page – lives in the address after the # (#q=…&thema=…&seite=2), so it can be
// shared, survives the language switch and the back button restores it; nothing of it reaches the server.
(function () {
  "use strict";
  var form = document.getElementById("kbm-finder");
  if (!form) return;
  var words = JSON.parse(form.dataset.words);
  var pageSize = parseInt(form.dataset.pageSize, 10);
  var count = document.getElementById("kbm-finder-count");
  var list = document.getElementById("kbm-finder-results");
  var pager = form.querySelector(".kbm-finder__pages");
  var chips = form.querySelector(".kbm-finder__chips");
  var toggle = form.querySelector(".kbm-finder__toggle");
  var panel = document.getElementById("kbm-finder-filters");
  var sortField = form.elements.sortierung;
  var boxes = Array.prototype.slice.call(panel.querySelectorAll("input[type=checkbox]"));
  var filterNames = boxes.map(function (box) { return box.name; })
    .filter(function (name, index, all) { return all.indexOf(name) === index; });
  var here = new URL(".", location.href);
  form.hidden = false;

  function say(key, values) {
    return words[key].replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
  }
  function json(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  var table = json(new URL("eintraege.json", here));

  // ---- words: the site's word index (hooks/kbm/word_index.py folds and files words the same way) ----
  var KEY_LENGTH = 3;
  var ENDINGS = ["ern", "en", "er", "es", "e", "n", "s"];  // plural and case endings, longest first
  function fold(text) {
    return text.toLowerCase().replace(/ß/g, "ss").normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/ae|oe|ue/g, function (pair) { return pair[0]; });
  }
  function bucketOf(word, buckets) {
    var number = 0;
    Array.from(word).slice(0, KEY_LENGTH).forEach(function (char) {
      number = (Math.imul(number, 31) + char.codePointAt(0)) >>> 0;
    });
    return number % buckets;
  }
  // „Übergänge“ finds „Übergang“ and „Übergangsmanagement“: a query word without its ending
  // matches every indexed word that begins with it.
  function stem(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length - ending.length >= 4 && word.slice(-ending.length) === ending) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }
  var buckets = {};
  function bucket(n, data) {
    if (!(n in buckets)) buckets[n] = json(new URL("woerter/" + n + ".json?v=" + data.version, here));
    return buckets[n];
  }
  // Every entry that has all the words, best first: a word of its title, place or topics counts most,
  // then how often the page uses it; a rare word counts more than a common one, a whole word more than its beginning.
  function findWords(query, data) {
    var terms = (fold(query).match(/[\p{L}\p{N}]+/gu) || []).filter(function (w, i, all) {
      return all.indexOf(w) === i;
    });
    return Promise.all(terms.map(function (term) {
      var begin = term.length < KEY_LENGTH ? term : stem(term);
      return bucket(bucketOf(begin, data.buckets), data).then(function (words) {
        var scores = {};
        Object.keys(words).forEach(function (word) {
          var whole = word === term || word === begin;
          if (!(whole || (term.length >= KEY_LENGTH && word.indexOf(begin) === 0))) return;
          var quality = whole ? 1 : Math.max(0.3, begin.length / word.length);
          var row = 0;
          words[word].forEach(function (coded) {
            row += Math.floor(coded / data.step);
            var weight = coded % data.step;
            var isKey = weight >= data.key;
            var score = quality * ((isKey ? 3 : 0) + 1 + Math.log2(isKey ? weight - data.key : weight));
            if (!(row in scores) || scores[row] < score) scores[row] = score;
          });
        });
        return scores;
      });
    })).then(function (perTerm) {
      if (!perTerm.length) return [];
      var total = {};
      Object.keys(perTerm[0]).forEach(function (row) {
        if (perTerm.every(function (scores) { return row in scores; })) total[row] = 0;
      });
      perTerm.forEach(function (scores) {
        var rare = Math.log(1 + data.rows.length / Object.keys(scores).length);
        Object.keys(total).forEach(function (row) { total[row] += rare * scores[row]; });
      });
      return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
    });
  }

  // ---- the view in the address --------------------------------------------------------------------
  function stateFromAddress() {
    return new URLSearchParams(location.hash.slice(1));
  }
  function stateFromForm(page) {
    var params = new URLSearchParams();
    var query = form.elements.q.value.trim();
    if (query) params.set("q", query);
    filterNames.forEach(function (name) {
      boxes.forEach(function (box) { if (box.name === name && box.checked) params.append(name, box.value); });
    });
    var sort = sortField.value;
    if (sort !== defaultSort(query)) params.set("sortierung", sort);
    if (page > 1) params.set("seite", String(page));
    return params;
  }
  function defaultSort(query) { return query ? "relevanz" : "neu"; }
  function formFromState(params) {
    form.elements.q.value = params.get("q") || "";
    boxes.forEach(function (box) { box.checked = params.getAll(box.name).indexOf(box.value) !== -1; });
    var sort = params.get("sortierung") || defaultSort(params.get("q"));
    if (sort === "relevanz" && !params.get("q")) sort = "neu";  // relevance needs words
    sortField.value = sort;
    if (sortField.value !== sort) sortField.value = defaultSort(params.get("q"));
    sortField.querySelector('option[value="relevanz"]').disabled = !params.get("q");
  }
  function showAddress(params, push) {
    var address = location.pathname + (params.toString() ? "#" + params.toString() : "");
    if (push) history.pushState(null, "", address);
    else history.replaceState(null, "", address);
    // The other language's finder opens on the same view: filter values are the same keys there.
    document.querySelectorAll("a.kbm-language").forEach(function (link) {
      link.href = link.href.split("#")[0] + (params.toString() ? "#" + params.toString() : "");
    });
  }

  // ---- filtering, counting, sorting ---------------------------------------------------------------
  function selection(params, data) {
    var columns = {};
    data.columns.forEach(function (name, n) { columns[name] = n; });
    var chosen = {};
    filterNames.forEach(function (name) {
      var wanted = params.getAll(name).map(function (value) { return data.filters[name].indexOf(value); })
        .filter(function (n) { return n >= 0; });
      if (wanted.length) chosen[name] = wanted;
    });
    return { columns: columns, chosen: chosen };
  }
  function matches(row, sel, except) {
    return Object.keys(sel.chosen).every(function (name) {
      if (name === except) return true;
      var values = row[sel.columns[name]];
      return sel.chosen[name].some(function (n) { return values.indexOf(n) !== -1; });
    });
  }
  function counts(rows, candidates, sel, data) {
    var found = {};
    filterNames.forEach(function (name) {
      var tally = data.filters[name].map(function () { return 0; });
      candidates.forEach(function (n) {
        if (!matches(rows[n], sel, name)) return;
        rows[n][sel.columns[name]].forEach(function (value) { tally[value] += 1; });
      });
      found[name] = tally;
    });
    return found;
  }
  function sorted(hits, sort, rows, sel) {
    if (sort === "relevanz") return hits;
    var key = { neu: "date", titel: "title", land: "land" }[sort];
    var column = sel.columns[key];
    return hits.slice().sort(function (a, b) {
      var first = sort === "neu" ? rows[b][column] - rows[a][column] : rows[a][column] - rows[b][column];
      return first || rows[a][sel.columns.title] - rows[b][sel.columns.title] || a - b;
    });
  }

  // ---- showing ------------------------------------------------------------------------------------
  function showCounts(tally, data) {
    var active = 0;
    boxes.forEach(function (box) {
      var n = tally[box.name][data.filters[box.name].indexOf(box.value)] || 0;
      box.closest("label").querySelector(".kbm-filter__count").textContent = "(" + n + ")";
      box.disabled = n === 0 && !box.checked;
      if (box.checked) active += 1;
    });
    toggle.querySelector(".kbm-finder__n").textContent = active ? "(" + active + ")" : "";
    chips.textContent = "";
    boxes.forEach(function (box) {
      if (!box.checked) return;
      var label = box.closest("label").querySelector(".kbm-filter__label").textContent;
      var item = document.createElement("li");
      var chip = document.createElement("button");
      chip.type = "button";
      chip.className = "kbm-chip";
      chip.textContent = label + " ×";
      chip.setAttribute("aria-label", say("remove", { label: label }));
      chip.addEventListener("click", function () {
        box.checked = false;
        update(true, 1);
        form.elements.q.focus();
      });
      item.append(chip);
      chips.append(item);
    });
    chips.hidden = active === 0;
  }
  function cardItem(entry) {
    var item = document.createElement("li");
    var type = document.createElement("span");
    type.className = "kbm-finder__type";
    type.textContent = entry.type;
    var title = document.createElement("a");
    title.href = new URL(entry.url, here).href;
    title.textContent = entry.title;
    if (entry.lang) title.lang = entry.lang;
    var heading = document.createElement("h3");
    heading.append(title);
    var meta = document.createElement("p");
    meta.className = "kbm-meta";
    meta.textContent = [entry.place, entry.period, entry.topics.join(", ")].filter(Boolean).join(" · ");
    var summary = document.createElement("p");
    summary.textContent = entry.summary;
    if (entry.lang) summary.lang = entry.lang;
    item.append(type, heading, meta, summary);
    return item;
  }
  function showPager(page, pages) {
    pager.textContent = "";
    if (pages < 2) return;
    [[page - 1, "previous"], [page + 1, "next"]].forEach(function (pair) {
      if (pair[0] < 1 || pair[0] > pages) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = words[pair[1]];
      button.addEventListener("click", function () {
        update(true, pair[0]);
        count.scrollIntoView({ block: "start" });
        count.focus();
      });
      pager.append(button);
    });
  }

  var latest = 0;
  function search(params) {
    var run = ++latest;
    var query = params.get("q");
    // Screen readers and tests wait until the list shows the view now in the address.
    list.setAttribute("aria-busy", "true");
    if (query) count.textContent = words.wait;
    var hitsPromise = table.then(function (data) {
      if (!query) return { data: data, hits: data.rows.map(function (_, n) { return n; }) };
      return findWords(query, data).then(function (hits) { return { data: data, hits: hits }; });
    });
    return hitsPromise.then(function (found) {
      if (run !== latest) return;
      var data = found.data;
      var sel = selection(params, data);
      showCounts(counts(data.rows, found.hits, sel, data), data);
      var hits = found.hits.filter(function (n) { return matches(data.rows[n], sel); });
      hits = sorted(hits, sortField.value, data.rows, sel);
      var pages = Math.max(1, Math.ceil(hits.length / pageSize));
      var page = Math.min(Math.max(1, parseInt(params.get("seite"), 10) || 1), pages);
      var shown = hits.slice((page - 1) * pageSize, page * pageSize);
      return Promise.all(shown.map(function (n) {
        return json(new URL("karten/" + n + ".json?v=" + data.version, here));
      })).then(function (entries) {
        if (run !== latest) return;
        list.textContent = "";
        entries.forEach(function (entry) { list.append(cardItem(entry)); });
        count.textContent = hits.length === 0 ? words.none
          : hits.length <= pageSize ? (hits.length === 1 ? words.one : say("many", { n: hits.length }))
            : say("range", { first: (page - 1) * pageSize + 1, last: (page - 1) * pageSize + shown.length, n: hits.length });
        showPager(page, pages);
        list.removeAttribute("aria-busy");
      });
    }).catch(function (error) {
      if (run !== latest) return;
      count.textContent = words.failed;
      list.removeAttribute("aria-busy");
      console.warn(error);
    });
  }

  function update(push, page) {
    var params = stateFromForm(page || 1);
    formFromState(params);
    showAddress(params, push);
    search(params);
  }

  // ---- events -------------------------------------------------------------------------------------
  var typing;
  form.addEventListener("input", function (event) {
    if (event.target.name === "q") {
      clearTimeout(typing);
      typing = setTimeout(function () { update(false, 1); }, 250);
    }
  });
  form.addEventListener("change", function (event) {
    if (event.target.name !== "q") update(true, 1);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true, 1);
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { update(true, 1); }, 0);
  });
  // On a phone the filters wait behind a button, so that the results come first.
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.classList.toggle("kbm-finder__filters--open", open);
  });
  window.addEventListener("popstate", function () {
    var params = stateFromAddress();
    formFromState(params);
    search(params);
  });

  // An address with ?q=… (the header form without JavaScript) becomes #q=….
  var initial = location.search ? new URLSearchParams(location.search) : stateFromAddress();
  formFromState(initial);
  showAddress(initial, false);
  search(initial);
})();
