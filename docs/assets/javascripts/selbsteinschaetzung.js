// The self-assessment: the reader places the municipality on a stage per Baustein and sees the next step; on
// /selbsteinschaetzung/ also a profile across all Bausteine, a file to download and load again, and a dated
// printout. Answers stay in the browser: they are kept (localStorage) only when the reader asks for it, and a
// Baustein page hands its answer to the overview in the address after the #, which never reaches the server.
(function () {
  "use strict";
  var root = document.querySelector(".kbm-sa");
  if (!root) return;
  var words = JSON.parse(root.dataset.words);
  var lang = root.dataset.lang;
  var storageKey = root.dataset.storage;
  var format = root.dataset.format;
  var version = parseInt(root.dataset.version, 10);
  var items = Array.prototype.slice.call(root.querySelectorAll(".kbm-sa__item"));
  var overview = root.classList.contains("kbm-sa--overview");
  var tools = root.querySelector(".kbm-sa__tools");
  var status = root.querySelector(".kbm-sa__status");
  var keep = root.querySelector("input[name=speichern]");
  var municipality = root.querySelector("input[name=kommune]");
  var deleteButton = root.querySelector("[data-action=delete]");
  var profile = root.querySelector(".kbm-sa__profile svg");
  var toOverview = root.querySelector(".kbm-sa__overview");
  var answers = {};

  function say(key, values) {
    return words[key].replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
  }
  function slugOf(item) { return item.dataset.baustein; }
  function radios(item) { return Array.prototype.slice.call(item.querySelectorAll("input[type=radio]")); }
  function stageName(item, n) {
    return radios(item)[n - 1].closest("label").querySelector(".kbm-sa__stage-name").textContent;
  }
  function stageText(item, n) {
    return radios(item)[n - 1].closest("label").querySelector(".kbm-sa__stage-text").textContent;
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  function longDate(iso) {
    var parts = iso.split("-").map(Number);
    return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "long", year: "numeric" })
      .format(new Date(parts[0], parts[1] - 1, parts[2]));
  }
  function tell(text) { if (status) status.textContent = text; }

  function stored() {
    try {
      var text = window.localStorage.getItem(storageKey);
      return text ? JSON.parse(text) : null;
    } catch (error) {
      return null;
    }
  }
  function write(data) {
    // A browser may refuse storage (private windows, full quota): the answers then stay on the page only.
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(data));
    } catch (error) {
      if (keep) keep.checked = false;
      tell(words.sa_not_saved);
    }
  }
  function keepNow() {
    if (!keep || !keep.checked) return;
    write(asFile());
  }
  function asFile() {
    var kept = {};
    items.forEach(function (item) { if (answers[slugOf(item)]) kept[slugOf(item)] = answers[slugOf(item)]; });
    return { format: format, version: version, saved: today(), municipality: municipality ? municipality.value : "",
             answers: kept };
  }

  // ---- showing an answer ----------------------------------------------------------------------
  function showNext(item) {
    var n = answers[slugOf(item)] || 0;
    var next = item.querySelector(".kbm-sa__next");
    var line = item.querySelector(".kbm-sa__next-stage");
    radios(item).forEach(function (radio) { radio.checked = Number(radio.value) === n; });
    next.hidden = !n;
    if (!n) return;
    var last = radios(item).length;
    line.textContent = "";
    var lead = document.createElement("strong");
    lead.textContent = n < last ? say("sa_next", { stage: stageName(item, n + 1) }) : words.sa_top;
    line.appendChild(lead);
    if (n < last) line.appendChild(document.createTextNode(" – " + stageText(item, n + 1)));
  }
  function showProfile() {
    if (!profile) return;
    var width = Number(profile.dataset.width);
    var parts = [];
    items.forEach(function (item) {
      var n = answers[slugOf(item)] || 0;
      var of = radios(item).length;
      var bar = profile.querySelector('.kbm-sa__bar[data-baustein="' + slugOf(item) + '"]');
      bar.setAttribute("width", String(Math.round(width * n / of)));
      parts.push(n ? say("sa_profile_item", { title: item.dataset.title, n: n, of: of })
                   : item.dataset.title + ": " + words.sa_none);
    });
    var any = items.some(function (item) { return answers[slugOf(item)]; });
    profile.setAttribute("aria-label", any ? say("sa_profile", { items: parts.join("; ") }) : words.sa_profile_none);
  }
  function showOverviewLink() {
    if (!toOverview) return;
    var base = toOverview.getAttribute("href").split("#")[0];
    var n = answers[slugOf(items[0])];
    // Without keeping, the answer travels to the overview in the address after the #.
    toOverview.setAttribute("href", n && !stored() ? base + "#" + slugOf(items[0]) + "=" + n : base);
  }
  function showAll() {
    items.forEach(showNext);
    showProfile();
    showOverviewLink();
  }

  // ---- taking answers in ----------------------------------------------------------------------
  function take(found) {
    // Only Bausteine and stages this site has; the rest is named, never silently dropped.
    var unknown = [];
    Object.keys(found).forEach(function (slug) {
      var item = items.filter(function (i) { return slugOf(i) === slug; })[0];
      var n = found[slug];
      if (!item || typeof n !== "number" || n % 1 !== 0 || n < 0 || n > radios(item).length) {
        unknown.push(slug + "=" + n);
      } else {
        answers[slug] = n;
      }
    });
    return unknown;
  }
  function fromAddress() {
    if (!overview || location.hash.length < 2) return;
    var found = {};
    new URLSearchParams(location.hash.slice(1)).forEach(function (value, key) { found[key] = Number(value); });
    take(found);
  }

  items.forEach(function (item) {
    radios(item).forEach(function (radio) {
      radio.addEventListener("change", function () {
        answers[slugOf(item)] = Number(radio.value);
        var kept = stored();
        if (kept && !overview) {  // kept on the reader's request: a Baustein page adds its answer
          kept.answers = kept.answers || {};
          kept.answers[slugOf(item)] = answers[slugOf(item)];
          write(kept);
        }
        keepNow();
        showAll();
      });
    });
  });

  var kept = stored();
  if (kept && kept.answers) take(kept.answers);
  if (kept && municipality) municipality.value = kept.municipality || "";
  fromAddress();

  if (overview && tools) {
    tools.hidden = false;
    keep.checked = !!kept;
    deleteButton.hidden = !kept;
    municipality.addEventListener("input", keepNow);
    keep.addEventListener("change", function () {
      if (keep.checked) {
        keepNow();
        tell(words.sa_saved);
      } else {
        window.localStorage.removeItem(storageKey);
        tell(words.sa_not_saved);
      }
      deleteButton.hidden = !keep.checked;
    });
    deleteButton.addEventListener("click", function () {
      window.localStorage.removeItem(storageKey);
      keep.checked = false;
      deleteButton.hidden = true;
      tell(words.sa_deleted);
      keep.focus();
    });
    root.querySelector("[data-action=download]").addEventListener("click", function () {
      var blob = new Blob([JSON.stringify(asFile(), null, 1)], { type: "application/json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "selbsteinschaetzung-" + today() + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    root.querySelector("input[name=datei]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var data;
        try { data = JSON.parse(text); } catch (error) { data = null; }
        if (!data || data.format !== format || typeof data.answers !== "object" || data.answers === null) {
          tell(words.sa_bad_file);
          return;
        }
        answers = {};
        var unknown = take(data.answers);
        if (typeof data.municipality === "string") municipality.value = data.municipality.slice(0, 120);
        keepNow();
        showAll();
        var saved = typeof data.saved === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data.saved) ? longDate(data.saved) : "?";
        var message = say("sa_loaded", { date: saved, n: Object.keys(answers).length });
        tell(unknown.length ? message + " " + say("sa_unknown", { items: unknown.join(", ") }) : message);
      });
      event.target.value = "";
    });
    root.querySelector("[data-action=print]").addEventListener("click", function () { window.print(); });
    window.addEventListener("beforeprint", printSummary);
    root.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  // ---- the printout: date, municipality, and a line per Baustein ---------------------------------
  function printSummary() {
    var box = root.querySelector(".kbm-sa__print");
    var who = municipality && municipality.value.trim() ? municipality.value.trim() + " " : "";
    box.querySelector(".kbm-sa__print-title").textContent =
      say("sa_print_title", { who: who, date: longDate(today()) });
    var old = box.querySelector("table");
    if (old) old.remove();
    var table = document.createElement("table");
    var head = table.createTHead().insertRow();
    ["Baustein", words.stage, words.sa_next_stage].forEach(function (label) {
      var cell = document.createElement("th");
      cell.textContent = label;
      head.appendChild(cell);
    });
    var body = table.createTBody();
    items.forEach(function (item) {
      var n = answers[slugOf(item)] || 0;
      var row = body.insertRow();
      row.insertCell().textContent = item.dataset.title;
      row.insertCell().textContent = n ? stageName(item, n) : words.sa_none;
      row.insertCell().textContent = n && n < radios(item).length ? stageName(item, n + 1) : "–";
    });
    box.appendChild(table);
    box.hidden = false;
  }

  root.classList.add("kbm-sa--ready");
  showAll();
})();
