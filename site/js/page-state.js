/* The assessment page, part 1 of 5: its state (kept in this browser's localStorage only), the order of the
 * questions and the routing. The DOM code of the assessment page; the rules it applies are the engine's
 * (window.AssessEngine). Every piece of text is put on the page with textContent (createTextNode), never as HTML,
 * so answers files and typed text are always shown literally. */
(function (global) {
  "use strict";

  var E = window.AssessEngine;
  var data = window.careModelsQuestionnaire;
  var root = document.getElementById("assess-root");
  if (!E || !data || !root || !window.CareModelsDom || !window.CareModelsLink) return;     // site/js/link.js
  var D = window.CareModelsDom, h = D.h, append = D.append, button = D.button;     // site/dom.js
  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.page = { links: [] };     // the page's scripts: what each shares, and how they link
  var S = M.state = {};                // what they change: the compiled questionnaire, the answers, the route
  var openLink, renderAbout, renderNoAnswers, renderQuestion, renderResults, renderResultsLoading, renderReview,
    renderStart, resultsLoaded;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    openLink = M.openLink; renderAbout = M.renderAbout; renderNoAnswers = M.renderNoAnswers;
    renderQuestion = M.renderQuestion; renderResults = M.renderResults;
    renderResultsLoading = M.renderResultsLoading; renderReview = M.renderReview; renderStart = M.renderStart;
    resultsLoaded = M.resultsLoaded;
  });

  var DK = E.DONT_KNOW;
  S.cq = E.compile(data);
  var KEY = "care-models/assess/" + data.id;
  S.store = load();
  var firstRender = true;

  /* ------------------------------------------------------------ storage */

  function blank() {
    return { v: 1, values: {}, respondent: "", context: "", date: "", route: "#/start" };
  }

  function load() {
    var s = blank();
    try {
      var raw = window.localStorage.getItem(KEY);
      if (raw) {
        var saved = JSON.parse(raw);
        if (saved && typeof saved === "object") {
          ["respondent", "context", "date", "route"].forEach(function (k) {
            if (typeof saved[k] === "string") s[k] = saved[k];
          });
          var values = saved.values && typeof saved.values === "object" ? saved.values : {};
          Object.keys(values).forEach(function (qid) {
            var q = S.cq.byId[qid];
            if (q && !E.checkValue(S.cq, q, values[qid])) s.values[qid] = values[qid];
          });
        }
      }
    } catch (e) { /* storage unavailable or damaged: start afresh */ }
    return s;
  }

  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(S.store));
    } catch (e) { /* private mode: answers last for this page only */ }
  }

  function fmt(x) {
    return E.fit(x);        // assess/engine/numbers.py: one formatter of fits, ranges and margins
  }

  function cite(text) {
    return text ? h("span", { class: "app-source" }, " (" + text + ")") : null;
  }

  function itemList(items) {
    return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (i) {
      return h("li", null, i.text, D.judgementTag(i), cite(i.cite));
    }));
  }

  function link(text, href, cls) {
    return h("a", { href: href, class: cls || null }, text);
  }

  function backLink(href, text) {
    return h("a", { class: "nhsuk-back-link", href: href }, text || "Back");
  }

  /* ------------------------------------------------------------ answers and order */

  function cleanValues() {
    // the answers of the questions that apply (what the CLI keeps after checking a file)
    var known = E.applicable(S.cq, S.store.values), out = {};
    known.forEach(function (_, qid) {
      if (Object.prototype.hasOwnProperty.call(S.store.values, qid)) out[qid] = S.store.values[qid];
    });
    return out;
  }

  function applicableIds() {
    var ids = [];
    E.applicable(S.cq, S.store.values).forEach(function (_, qid) { ids.push(qid); });
    return ids;
  }

  function nextAfter(qid) {
    var ids = applicableIds(), start = qid === null ? -1 : S.cq.byId[qid].index;
    for (var i = 0; i < ids.length; i++) if (S.cq.byId[ids[i]].index > start) return ids[i];
    return null;
  }

  function previousBefore(qid) {
    var ids = applicableIds(), idx = S.cq.byId[qid].index, prev = null;
    ids.forEach(function (id) { if (S.cq.byId[id].index < idx) prev = id; });
    return prev;
  }

  function answeredCount() {
    return Object.keys(cleanValues()).length;
  }

  /* ------------------------------------------------------------ routing */

  function route() {
    var hash = window.location.hash;
    if (hash.indexOf("#/") !== 0) hash = S.store.route || "#/start";
    return hash;
  }

  function go(hash) {
    if (window.location.hash === hash) render();
    else window.location.hash = hash;
  }

  S.changing = null;       // a question opened from "Check your answers" or the results: Continue goes back there
  var RETURNS = { question: null, change: "#/review", revisit: "#/results" };
  var SITE = " \u2013 Care models";

  function retitle(error) {
    // the window title names the step, as GOV.UK and NHS.UK services do; an error is said first
    var heading = root.querySelector("h1"), progress = root.querySelector(".app-progress");
    var step = heading ? heading.textContent.trim() : "Assessment";
    if (progress && !S.changing) step = progress.textContent.trim() + ": " + step;
    document.title = (error ? "Error: " : "") + step + SITE;
  }

  function render() {
    var r = route(), m;
    if (r.indexOf(window.CareModelsLink.PREFIX) === 0) { openLink(r); return; }
    S.store.route = r;
    save();
    root.textContent = "";
    if ((m = /^#\/(question|change|revisit)\/(.+)$/.exec(r)) && S.cq.byId[decodeURIComponent(m[2])]) {
      var qid = decodeURIComponent(m[2]);
      if (applicableIds().indexOf(qid) < 0) {
        var n = nextAfter(qid);
        go(n ? "#/question/" + encodeURIComponent(n) : "#/review");
        return;
      }
      S.changing = RETURNS[m[1]];
      renderQuestion(S.cq.byId[qid], null);
    } else if ((m = /^#\/about\/(respondent|context)$/.exec(r))) renderAbout(m[1]);
    else if (r === "#/review") renderReview();
    else if (r === "#/results") {
      if (!answeredCount()) renderNoAnswers();
      else if (!resultsLoaded()) { renderResultsLoading(); return; }
      else renderResults();
    }
    else renderStart();
    retitle(null);
    settleFocus();
  }

  function settleFocus() {
    // after a change, Check your answers opens at the changed row with its Change link focused; else the heading
    var row = S.store.row ? document.getElementById("row-" + S.store.row) : null;
    delete S.store.row;
    var target = row ? row.querySelector(".nhsuk-summary-list__actions a") : root.querySelector("h1");
    if (row) row.scrollIntoView({ block: "center" });
    if (target && (row || !firstRender)) {
      if (!row) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: !!row });
    }
    firstRender = false;
  }

  Object.assign(M, { D: D, DK: DK, E: E, S: S, answeredCount: answeredCount, append: append,
      applicableIds: applicableIds, backLink: backLink, blank: blank, button: button, cleanValues: cleanValues,
      data: data, fmt: fmt, go: go, h: h, itemList: itemList, link: link, nextAfter: nextAfter,
      previousBefore: previousBefore, render: render, retitle: retitle, root: root, route: route, save: save });
})(window);
