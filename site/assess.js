/* The assessment in the browser: one question at a time, review, results.
 *
 * Needs window.careModelsQuestionnaire (assets/questionnaire.js, written by
 * `assess site build`), window.AssessEngine (assets/engine.js) and window.CareModelsDom (assets/dom.js); what only the
 * results need (assets/questionnaire-results.js) is loaded when they are first shown.
 * Every piece of text is put on the page with textContent (createTextNode),
 * never as HTML, so answers files and typed text are always shown literally.
 * Answers are kept in this browser's localStorage only.
 */
(function () {
  "use strict";

  var E = window.AssessEngine;
  var data = window.careModelsQuestionnaire;
  var root = document.getElementById("assess-root");
  if (!E || !data || !root || !window.CareModelsDom) return;
  var D = window.CareModelsDom, h = D.h, append = D.append;     // site/dom.js

  var DK = E.DONT_KNOW;
  var cq = E.compile(data);
  var KEY = "care-models/assess/" + data.id;
  var store = load();
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
            var q = cq.byId[qid];
            if (q && !E.checkValue(q, values[qid])) s.values[qid] = values[qid];
          });
        }
      }
    } catch (e) { /* storage unavailable or damaged: start afresh */ }
    return s;
  }

  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(store));
    } catch (e) { /* private mode: answers last for this page only */ }
  }

  function fmt(x) {
    return (Math.round(x * 10) / 10).toFixed(1);
  }

  function cite(text) {
    return text ? h("span", { class: "app-source" }, " (" + text + ")") : null;
  }

  function itemList(items) {
    return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (i) {
      return h("li", null, i.text, D.judgementTag(i), cite(i.cite));
    }));
  }

  function button(text, onclick, secondary) {
    return h("button", { type: "button", class: "nhsuk-button" + (secondary ? " nhsuk-button--secondary" : ""),
                         onclick: onclick }, text);
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
    var known = E.applicable(cq, store.values), out = {};
    known.forEach(function (_, qid) {
      if (Object.prototype.hasOwnProperty.call(store.values, qid)) out[qid] = store.values[qid];
    });
    return out;
  }

  function applicableIds() {
    var ids = [];
    E.applicable(cq, store.values).forEach(function (_, qid) { ids.push(qid); });
    return ids;
  }

  function nextAfter(qid) {
    var ids = applicableIds(), start = qid === null ? -1 : cq.byId[qid].index;
    for (var i = 0; i < ids.length; i++) if (cq.byId[ids[i]].index > start) return ids[i];
    return null;
  }

  function previousBefore(qid) {
    var ids = applicableIds(), idx = cq.byId[qid].index, prev = null;
    ids.forEach(function (id) { if (cq.byId[id].index < idx) prev = id; });
    return prev;
  }

  function answeredCount() {
    return Object.keys(cleanValues()).length;
  }

  /* ------------------------------------------------------------ routing */

  function route() {
    var hash = window.location.hash;
    if (hash.indexOf("#/") !== 0) hash = store.route || "#/start";
    return hash;
  }

  function go(hash) {
    if (window.location.hash === hash) render();
    else window.location.hash = hash;
  }

  var changing = false;      // a question opened from "Check your answers": Continue goes back there
  var SITE = " \u2013 Care models";

  function retitle(error) {
    // the window title names the step, as GOV.UK and NHS.UK services do; an error is said first
    var heading = root.querySelector("h1"), progress = root.querySelector(".app-progress");
    var step = heading ? heading.textContent.trim() : "Assessment";
    if (progress && !changing) step = progress.textContent.trim() + ": " + step;
    document.title = (error ? "Error: " : "") + step + SITE;
  }

  function render() {
    var r = route(), m;
    store.route = r;
    save();
    root.textContent = "";
    if ((m = /^#\/(question|change)\/(.+)$/.exec(r)) && cq.byId[decodeURIComponent(m[2])]) {
      var qid = decodeURIComponent(m[2]);
      if (applicableIds().indexOf(qid) < 0) {
        var n = nextAfter(qid);
        go(n ? "#/question/" + encodeURIComponent(n) : "#/review");
        return;
      }
      changing = m[1] === "change";
      renderQuestion(cq.byId[qid], null);
    } else if (r === "#/review") renderReview();
    else if (r === "#/results") {
      if (!resultsLoaded()) { renderResultsLoading(); return; }
      renderResults();
    }
    else renderStart();
    retitle(null);
    var heading = root.querySelector("h1");
    if (heading && !firstRender) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    firstRender = false;
  }

  /* ------------------------------------------------------------ start */

  function renderStart() {
    var answered = answeredCount();
    var respondent = h("input", { class: "nhsuk-input", id: "respondent", name: "respondent", type: "text",
                                  autocomplete: "off", "aria-describedby": "respondent-hint" });
    respondent.value = store.respondent;
    var context = h("textarea", { class: "nhsuk-textarea", id: "context", name: "context", rows: "3",
                                  "aria-describedby": "context-hint" });
    context.value = store.context;
    var upload = h("input", { class: "nhsuk-file-upload app-file", id: "upload", name: "upload", type: "file",
                              accept: ".yaml,.yml,text/yaml,text/plain", "aria-describedby": "upload-hint" });
    upload.addEventListener("change", function () { readUpload(upload); });

    function begin(event) {
      event.preventDefault();
      store.respondent = respondent.value;
      store.context = context.value;
      save();
      var first = nextAfter(null);
      go(first ? "#/question/" + encodeURIComponent(first) : "#/review");
    }

    append(root, [
      h("h1", null, data.title),
      h("p", { class: "nhsuk-lede-text" }, "Up to " + data.questions.length + " questions in " + data.sections.length +
        " sections, about 15 minutes. Every question accepts \u201cI don't know\u201d; your answers stay in this browser."),
      answered ? h("div", { class: "nhsuk-inset-text" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
        h("p", null, "You have answered " + answered + " question" + (answered === 1 ? "" : "s") + " so far."),
        h("p", null, link("Check your answers", "#/review"), " or ", link("see your results", "#/results"), ".")) : null,
      h("form", { novalidate: true, onsubmit: begin, class: "app-start" },
        h("button", { type: "submit", class: "nhsuk-button nhsuk-button--start app-start-button" },
          answered ? "Continue" : "Start now"),
        h("details", { class: "nhsuk-details" },
          h("summary", { class: "nhsuk-details__summary" },
            h("span", { class: "nhsuk-details__summary-text" }, "Add who is answering and your local system (optional)")),
          h("div", { class: "nhsuk-details__text" },
            h("div", { class: "nhsuk-form-group" },
              h("label", { class: "nhsuk-label", for: "respondent" }, "Your name and organisation (optional)"),
              h("div", { class: "nhsuk-hint", id: "respondent-hint" }, "Shown on the results and saved in the answers file."),
              respondent),
            h("div", { class: "nhsuk-form-group" },
              h("label", { class: "nhsuk-label", for: "context" }, "Your local system (optional)"),
              h("div", { class: "nhsuk-hint", id: "context-hint" }, "For example the area, the organisations involved and what prompted the review."),
              context)))),
      h("h2", null, "About this assessment"),
      itemList(data.intro),
      h("h2", null, "Load an answers file"),
      h("div", { class: "nhsuk-form-group", id: "upload-group" },
        h("label", { class: "nhsuk-label", for: "upload" }, "Upload an answers file"),
        h("div", { class: "nhsuk-hint", id: "upload-hint" },
          "A YAML file downloaded from this page, or written for the assess command. It replaces the answers in this browser."),
        upload),
      answered ? h("div", null, h("h2", null, "Start again"),
        h("p", null, "Clear every answer kept in this browser for this assessment."),
        button("Clear my answers", function () {
          if (window.confirm("Clear all your answers?")) {
            store = blank();
            save();
            render();
          }
        }, true)) : null
    ]);
  }

  function readUpload(input) {
    var file = input.files && input.files[0];
    clearUploadError();
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var problems = [], result = null;
      try {
        result = E.checkAnswers(cq, E.parseYaml(String(reader.result)));
        problems = result.problems;
      } catch (e) {
        problems = [e && e.message ? e.message : String(e)];
      }
      if (problems.length) {
        showUploadError(file.name, problems);
        return;
      }
      store.values = result.values;
      store.respondent = result.respondent || "";
      store.context = result.context || "";
      store.date = result.date || "";
      save();
      store.route = "#/review";
      store.notice = "Loaded " + Object.keys(result.values).length + " answers from " + file.name +
        (result.ignored.length ? " (" + result.ignored.length + " left out: their question does not apply)" : "") + ".";
      go("#/review");
    };
    reader.onerror = function () {
      showUploadError(file.name, ["The file could not be read from your device. Choose it again, or choose another file."]);
    };
    reader.readAsText(file);
  }

  function clearUploadError() {
    var summary = document.getElementById("upload-error-summary"), message = document.getElementById("upload-error");
    if (summary) summary.parentNode.removeChild(summary);
    if (message) message.parentNode.removeChild(message);
    var group = document.getElementById("upload-group"), input = document.getElementById("upload");
    if (group) group.classList.remove("nhsuk-form-group--error");
    if (input) input.setAttribute("aria-describedby", "upload-hint");
  }

  function showUploadError(name, problems) {
    // the NHS.UK error summary at the top of the page, focus moved to it; the field marked as well
    var input = document.getElementById("upload"), group = document.getElementById("upload-group");
    var lead = "\u201c" + name + "\u201d could not be loaded, so your answers have not changed.";
    var summary = D.errorSummary({ id: "upload-error-summary", titleId: "upload-error-title",
                                   title: "There is a problem with the file", lead: lead, problems: problems,
                                   fieldId: "upload" });
    root.insertBefore(summary, root.firstChild);
    group.classList.add("nhsuk-form-group--error");
    input.parentNode.insertBefore(D.errorMessage("upload-error", problems.length === 1 ? problems[0]
      : lead + " " + problems.length + " problems are listed at the top of the page."), input);
    input.setAttribute("aria-describedby", "upload-hint upload-error");
    input.value = "";
    retitle(true);
    summary.focus();
  }

  /* ------------------------------------------------------------ one question */

  function sectionOf(q) {
    for (var i = 0; i < data.sections.length; i++) if (data.sections[i].id === q.section) return data.sections[i];
    return null;
  }

  function renderQuestion(q, error) {
    var ids = applicableIds(), position = ids.indexOf(q.id) + 1, section = sectionOf(q);
    var current = Object.prototype.hasOwnProperty.call(store.values, q.id) ? store.values[q.id] : undefined;
    var prev = previousBefore(q.id);
    var errorId = "answer-error";
    var controls = [], firstInputId = "answer-0";

    function hintFor(o) {
      return o.help ? h("div", { class: "nhsuk-hint nhsuk-radios__hint", id: "answer-" + o.id + "-hint" }, o.help) : null;
    }

    if (q.type === "single" || q.type === "multi") {
      var kind = q.type === "single" ? "radio" : "checkbox";
      var cls = q.type === "single" ? "nhsuk-radios" : "nhsuk-checkboxes";
      var items = q.options.map(function (o, i) {
        var checked = q.type === "single" ? current === o.id : Array.isArray(current) && current.indexOf(o.id) >= 0;
        return h("div", { class: cls + "__item" },
          h("input", { class: cls + "__input", id: "answer-" + i, name: "answer", type: kind, value: o.id, checked: checked,
                       "aria-describedby": o.help ? "answer-" + o.id + "-hint" : null }),
          h("label", { class: "nhsuk-label " + cls + "__label", for: "answer-" + i }, o.label),
          hintFor(o));
      });
      items.push(h("div", { class: cls + "__divider" }, "or"));
      items.push(h("div", { class: cls + "__item" },
        h("input", { class: cls + "__input", id: "answer-dk", name: "answer", type: kind, value: DK,
                     checked: current === DK, "data-behaviour": q.type === "multi" ? "exclusive" : null }),
        h("label", { class: "nhsuk-label " + cls + "__label", for: "answer-dk" }, "I don't know")));
      if (q.type === "multi") controls.push(h("div", { class: "nhsuk-hint", id: "answer-hint" }, "Select all that apply."));
      controls.push(h("div", { class: cls, "data-module": "nhsuk-" + cls.slice(6) }, items));
    } else if (q.type === "number") {
      var input = h("input", { class: "nhsuk-input nhsuk-input--width-10", id: "answer-0", name: "answer", type: "text",
                               inputmode: "decimal", spellcheck: "false", autocomplete: "off",
                               "aria-describedby": "answer-range" + (error ? " " + errorId : "") });
      if (typeof current === "number") input.value = E.formatNumber(current);
      controls.push(h("div", { class: "nhsuk-form-group app-number" },
        h("label", { class: "nhsuk-label", for: "answer-0" }, q.unit ? "Number of " + q.unit : "Number"),
        h("div", { class: "nhsuk-hint", id: "answer-range" },
          "A number from " + E.formatNumber(q.min) + " to " + E.formatNumber(q.max) + "."),
        input));
      controls.push(h("div", { class: "nhsuk-checkboxes" },
        h("div", { class: "nhsuk-checkboxes__item" },
          h("input", { class: "nhsuk-checkboxes__input", id: "answer-dk", name: "dont-know", type: "checkbox",
                       value: DK, checked: current === DK }),
          h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: "answer-dk" }, "I don't know"))));
    } else {
      var area = h("textarea", { class: "nhsuk-textarea", id: "answer-0", name: "answer", rows: "5",
                                 "aria-describedby": "answer-text-hint" });
      if (typeof current === "string" && current !== DK) area.value = current;
      controls.push(h("div", { class: "nhsuk-form-group" },
        h("label", { class: "nhsuk-label", for: "answer-0" }, "Your answer"),
        h("div", { class: "nhsuk-hint", id: "answer-text-hint" }, "Optional. It is shown in the report; it does not change the scores."),
        area));
    }

    var form = h("form", { novalidate: true, class: "app-question" });
    var group = h("div", { class: "nhsuk-form-group" + (error ? " nhsuk-form-group--error" : "") });
    var fieldset = h("fieldset", { class: "nhsuk-fieldset", "aria-describedby": error ? errorId : null },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--l" },
        h("span", { class: "nhsuk-caption-l" }, section ? section.title : ""),
        h("h1", { class: "nhsuk-fieldset__heading" }, q.text)),
      q.help.length ? h("details", { class: "nhsuk-details" },
        h("summary", { class: "nhsuk-details__summary" },
          h("span", { class: "nhsuk-details__summary-text" }, "Help with this question")),
        h("div", { class: "nhsuk-details__text" }, itemList(q.help))) : null,
      error ? D.errorMessage(errorId, error) : null,
      controls);
    append(group, fieldset);
    append(form, group);
    append(form, h("div", { class: "nhsuk-button-group app-button-group" },
      h("button", { type: "submit", class: "nhsuk-button" }, "Continue"),
      link("Check your answers", "#/review", "nhsuk-link app-button-group__link")));

    form.addEventListener("change", function (event) {
      // "I don't know" excludes the options of a multiple choice, and the other way round
      var t = event.target;
      if (t.type !== "checkbox") return;
      var boxes = form.querySelectorAll("input[type=checkbox]");
      Array.prototype.forEach.call(boxes, function (b) {
        if (b !== t && t.checked && (t.value === DK || b.value === DK)) b.checked = false;
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var result = readAnswer(q, form);
      if (result.error) {
        root.textContent = "";
        renderQuestion(q, result.error);
        retitle(result.error);
        var summary = root.querySelector(".nhsuk-error-summary");
        if (summary) summary.focus();
        return;
      }
      if (result.value === undefined) delete store.values[q.id];
      else store.values[q.id] = result.value;
      save();
      var next = nextAfter(q.id);
      if (changing) {
        // back to the check, unless the new answer brings in a question not answered yet
        var missing = applicableIds().filter(function (id) {
          return !Object.prototype.hasOwnProperty.call(store.values, id);
        })[0];
        go(missing ? "#/change/" + encodeURIComponent(missing) : "#/review");
        return;
      }
      go(next ? "#/question/" + encodeURIComponent(next) : "#/review");
    });

    append(root, [
      changing ? backLink("#/review", "Back to your answers")
               : backLink(prev ? "#/question/" + encodeURIComponent(prev) : "#/start"),
      error ? D.errorSummary({ titleId: "error-summary-title", problems: [error], fieldId: firstInputId }) : null,
      h("p", { class: "app-progress" }, "Question " + position + " of about " + ids.length),
      form
    ]);
  }

  function readAnswer(q, form) {
    var dk = form.querySelector("#answer-dk");
    if (q.type === "single") {
      var picked = form.querySelector("input[name=answer]:checked");
      if (!picked) return { error: "Select an answer, or \u201cI don't know\u201d" };
      return { value: picked.value };
    }
    if (q.type === "multi") {
      if (dk && dk.checked) return { value: DK };
      var ids = Array.prototype.map.call(form.querySelectorAll("input[name=answer]:checked"), function (b) { return b.value; });
      if (!ids.length) return { error: "Select at least one option, or \u201cI don't know\u201d" };
      return { value: orderIds(q, ids) };
    }
    if (q.type === "number") {
      var raw = form.querySelector("#answer-0").value.replace(/[,\s]/g, "");
      if (dk && dk.checked) {
        if (raw) return { error: "Enter a number or tick \u201cI don't know\u201d, not both" };
        return { value: DK };
      }
      if (!raw) return { error: "Enter a number, or tick \u201cI don't know\u201d" };
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return { error: "Enter a number, like 250,000" };
      var v = Number(raw);
      if (!isFinite(v) || v < q.min || v > q.max) {
        return { error: "Enter a number from " + E.formatNumber(q.min) + " to " + E.formatNumber(q.max) };
      }
      return { value: v };
    }
    var text = form.querySelector("#answer-0").value;
    return { value: text.trim() ? text : undefined };
  }

  function orderIds(q, ids) {
    return q.options.map(function (o) { return o.id; }).filter(function (id) { return ids.indexOf(id) >= 0; });
  }

  /* ------------------------------------------------------------ review */

  function summaryRow(key, value, href, hidden) {
    return h("div", { class: "nhsuk-summary-list__row" },
      h("dt", { class: "nhsuk-summary-list__key" }, key),
      h("dd", { class: "nhsuk-summary-list__value" }, value),
      h("dd", { class: "nhsuk-summary-list__actions" },
        h("a", { href: href }, "Change", h("span", { class: "nhsuk-u-visually-hidden" }, " " + hidden))));
  }

  function renderReview() {
    loadResults().catch(function () { /* the results page says so, if it still fails there */ });
    var known = E.applicable(cq, store.values);
    var notice = store.notice;
    delete store.notice;
    var parts = [
      backLink("#/start", "Back to the start"),
      h("h1", null, "Check your answers"),
      notice ? h("div", { class: "nhsuk-inset-text", role: "status" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "), h("p", null, notice)) : null,
      h("h2", null, "About you"),
      h("dl", { class: "nhsuk-summary-list" },
        summaryRow("Name and organisation", store.respondent || "Not given", "#/start", "name and organisation"),
        summaryRow("Local system", store.context || "Not given", "#/start", "local system"))
    ];
    data.sections.forEach(function (section) {
      var rows = [];
      section.questions.forEach(function (qid) {
        if (!known.has(qid)) return;
        var q = cq.byId[qid];
        var has = Object.prototype.hasOwnProperty.call(store.values, qid);
        var label = has ? E.answerLabel(q, store.values[qid]) : (q.type === "text" ? "Not answered" : "Not answered (counts as \u201cdon't know\u201d)");
        rows.push(summaryRow(q.text, label, "#/change/" + encodeURIComponent(qid), q.text));
      });
      if (rows.length) {
        parts.push(h("h2", null, section.title));
        parts.push(h("dl", { class: "nhsuk-summary-list" }, rows));
      }
    });
    parts.push(h("div", { class: "nhsuk-button-group" },
      button("See the results", function () { go("#/results"); })));
    append(root, parts);
    if (notice) {
      // keep the notice out of storage
      save();
    }
  }

  /* ------------------------------------------------------------ results */

  function chart(ranking) {
    // bars are decoration: every number is also written out, and the table below holds the same
    return h("figure", { class: "app-chart" },
      h("figcaption", { class: "nhsuk-u-visually-hidden" }, "Fit of each care model, 0 to 100"),
      h("ol", { class: "app-chart__list" }, ranking.map(function (r, i) {
        var bar = h("span", { class: "app-chart__track", "aria-hidden": "true" },
          h("span", { class: "app-chart__range", style: "left:" + clamp(r.low) + "%;width:" + clamp(r.high - r.low) + "%" }),
          h("span", { class: "app-chart__bar" + (r.excluded ? " app-chart__bar--excluded" : ""), style: "width:" + clamp(r.score) + "%" }));
        return h("li", { class: "app-chart__row" },
          h("span", { class: "app-chart__label" }, (i + 1) + ". " + r.name),
          bar,
          h("span", { class: "app-chart__value" },
            r.excluded ? "excluded" : fmt(r.score) + (r.low !== r.high ? " (" + fmt(r.low) + "\u2013" + fmt(r.high) + ")" : "")));
      })));
  }

  function clamp(x) {
    return Math.max(0, Math.min(100, x)).toFixed(2);
  }

  function resultTable(id, caption, rows, nameHeader) {
    return h("div", { class: "app-table-scroll", role: "region", "aria-labelledby": id, tabindex: "0" },
      h("table", { class: "nhsuk-table" },
        h("caption", { class: "nhsuk-table__caption", id: id }, caption),
        h("thead", { class: "nhsuk-table__head" }, h("tr", { class: "nhsuk-table__row" },
          ["Rank", nameHeader, "Fit (0\u2013100)", "Range", "Note"].map(function (t) {
            return h("th", { scope: "col", class: "nhsuk-table__header" }, t);
          }))),
        h("tbody", { class: "nhsuk-table__body" }, rows.map(function (r, i) {
          var note = r.excluded ? "Excluded: " + r.exclusion.reason
            : r.may_be_excluded.length ? "May be excluded: " + r.may_be_excluded[0].reason : "";
          return h("tr", { class: "nhsuk-table__row" },
            h("td", { class: "nhsuk-table__cell" }, String(i + 1)),
            h("th", { scope: "row", class: "nhsuk-table__header" }, r.name),
            h("td", { class: "nhsuk-table__cell" }, fmt(r.score)),
            h("td", { class: "nhsuk-table__cell" }, fmt(r.low) + "\u2013" + fmt(r.high)),
            h("td", { class: "nhsuk-table__cell" }, note));
        }))));
  }

  function reasonList(r) {
    if (!r.reasons.length) return h("p", null, "No answer gave this model points either way.");
    return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, r.reasons.slice(0, 6).map(function (x) {
      return h("li", null, h("strong", null, x.answer_label), " (" + (x.points > 0 ? "+" : "") + x.points + "): " + x.reason,
               h("span", { class: "app-source" }, " (question: " + x.question_text + ")"));
    }));
  }

  /* What only the results need (reasons, models' texts, challenges) comes in a second script, loaded once: the
   * questions do without it. The review page fetches it ahead, so the results rarely wait. */
  function resultsLoaded() {
    if (!cq.reasons && window.careModelsQuestionnaireResults) {
      cq = E.compile(Object.assign({}, data, window.careModelsQuestionnaireResults));
    }
    return !!cq.reasons;
  }

  function loadResults() {
    return loadScripts(["questionnaire-results.js"]);
  }

  function renderResultsLoading() {
    var status = h("p", { role: "status" }, "Working out your results\u2026");
    append(root, [backLink("#/review", "Back to your answers"), h("h1", null, "Your results"), status]);
    retitle(null);
    loadResults().then(function () {
      if (route() === "#/results") render();
    }, function () {
      status.textContent = "The results could not be loaded. Check your connection, then reload this page.";
    });
  }

  function renderResults() {
    var values = cleanValues();
    var result = E.score(cq, values);
    var picks = E.challenges(cq, result, result.known);
    var rec = E.decide(cq, result, values);
    var ranked = E.prioritise(cq, picks.concat(E.protect(cq, result.known)), result.known, rec);
    var parts = [
      backLink("#/review", "Back to your answers"),
      h("h1", null, "Your results"),
      store.respondent ? h("p", { class: "app-respondent" }, "Answers of: ", h("strong", null, store.respondent)) : null,
      store.context ? h("p", { class: "app-context" }, "Local system: " + store.context) : null
    ].concat(decisionBox(rec, ranked), [
      h("p", null, Object.keys(values).length + " questions answered, " + result.dont_know.length +
        " \u201cdon't know\u201d or not answered. The range after each fit shows what those could change."),
      h("h2", { id: "ranking" }, "How well each care model fits"),
      chart(result.ranking),
      resultTable("ranking-caption", "Ranking of the ten care models", result.ranking, "Care model"),
      h("h2", { id: "why" }, "Why: the answers that counted most")
    ]);
    result.ranking.filter(function (r) { return !r.excluded; }).slice(0, 3).forEach(function (r) {
      parts.push(h("h3", null, r.name + " (" + fmt(r.score) + ")"));
      parts.push(reasonList(r));
      r.may_be_excluded.forEach(function (m) {
        parts.push(h("p", null, "May be excluded: " + m.reason + " (it needs: " + m.condition + ")"));
      });
    });
    var excluded = result.ranking.filter(function (r) { return r.excluded; });
    if (excluded.length) {
      parts.push(h("h3", null, "Excluded"));
      parts.push(h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, excluded.map(function (r) {
        return h("li", null, h("strong", null, r.name), ": " + r.exclusion.reason + " (it needs: " + r.exclusion.condition + ")");
      })));
    }
    if (result.alternatives.length) {
      parts.push(h("h2", { id: "alternatives" }, "Collaborative alternatives"));
      parts.push(resultTable("alternatives-caption", "Fit of the collaborative alternatives", result.alternatives, "Alternative"));
    }
    if (result.legal_forms.length) {
      parts.push(h("h2", { id: "legal-forms" }, "Legal forms"));
      parts.push(resultTable("legal-caption", "Fit of the legal forms", result.legal_forms, "Legal form"));
    }
    parts.push(h("h2", { id: "sensitivity" }, "What would put another care model first"));
    if (result.sensitivity.length) {
      var shown = result.sensitivity.slice().sort(function (a, b) { return b.margin - a.margin; }).slice(0, 10);
      parts.push(h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, shown.map(function (s) {
        return h("li", null, s.text);
      })));
      if (result.sensitivity.length > shown.length) {
        parts.push(h("p", null, "And " + (result.sensitivity.length - shown.length) + " more single changes."));
      }
    } else {
      parts.push(h("p", null, "No single change of answer would change the top model."));
    }
    if (result.dont_know.length) {
      parts.push(h("h2", { id: "dont-know" }, "Answered \u201cdon't know\u201d"));
      parts.push(h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, result.dont_know.map(function (qid) {
        return h("li", null, h("a", { href: "#/question/" + encodeURIComponent(qid) }, cq.byId[qid].text));
      })));
    }
    parts.push(h("h2", { id: "check-and-challenge" }, "Check and challenge"));
    parts.push(h("p", null, "Questions to settle before deciding, the most pressing first, from the support pack " +
      "and the questionnaire; after each, why it is raised."));
    parts.push(h("ol", { class: "nhsuk-list nhsuk-list--number" }, ranked.map(function (c) {
      return h("li", null, c.text, h("span", { class: "app-source" }, " (" + c.why + (c.cites.length ? "; " +
        c.cites.join("; ") : "") + ")"));
    })));
    parts.push(h("h2", { id: "save" }, "Save your answers and the board paper"));
    parts.push(h("p", null, "The board paper sets out the recommendation, why, what would change it, the questions " +
      "to ask and the workforce implications, with every source, as one web page to keep, share or print to PDF " +
      "from your browser. Download your answers as a file to keep, share or load again here."));
    parts.push(h("div", { class: "nhsuk-button-group app-noprint" },
      button("Download the board paper", downloadPaper),
      button("Download answers (YAML)", download, true),
      button("Print the results", function () { window.print(); }, true)));
    parts.push(h("div", { id: "paper-status", role: "status", "aria-live": "polite" }));
    append(root, parts);
  }

  var CONFIDENCE = { clear: "Clear", close: "Close call", uncertain: "Uncertain" };

  function decisionBox(rec, ranked) {
    // the decision first, as in `assess report` (assess/reports/report.py decision_view)
    var headline = rec.kind === "none" ? "Not yet clear: find out more before choosing"
      : rec.kind === "alternative" ? "Recommended: " + rec.name + ", a " + (data.decision.terms.alternative_one || "alternative") +
        " instead of a new organisation"
      : "Recommended: " + rec.name;
    var list = function (items) {
      return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (t) { return h("li", null, t); }));
    };
    var box = [
      h("h2", { class: "nhsuk-card__heading nhsuk-card__heading--feature", id: "recommendation" }, headline),
      h("p", null, (rec.fit === null ? "" : "Fit " + fmt(rec.fit) + " out of 100. ") + "Confidence: ",
        h("strong", null, CONFIDENCE[rec.confidence]), "."),
      list(rec.why)
    ];
    if (rec.instead.length) {
      box.push(h("h3", null, rec.kind === "none" ? "Find out first" : "Consider also"));
      box.push(list(rec.instead));
    }
    box.push(h("h3", null, "What would change this recommendation"));
    box.push(rec.changes.length ? list(rec.changes.slice(0, 5).map(function (c) { return c.text; }))
                                : h("p", null, "No change to any single answer would change it."));
    if (rec.changes.length > 5) box.push(h("p", null, "And " + (rec.changes.length - 5) + " more single changes."));
    box.push(h("h3", null, "Questions to ask first"));
    box.push(h("ol", { class: "nhsuk-list nhsuk-list--number" }, ranked.slice(0, 7).map(function (c) {
      return h("li", null, c.text);
    })));
    return [h("div", { class: "nhsuk-card nhsuk-card--feature app-decision" },
              h("div", { class: "nhsuk-card__content nhsuk-card__content--feature" }, box))];
  }

  var ANSWERS_FILE = "answers-" + data.id + ".yaml";

  function answersText() {
    var date = store.date || new Date().toISOString().slice(0, 10);
    return E.dumpAnswers(cq, { values: cleanValues(), respondent: store.respondent, context: store.context, date: date });
  }

  function saveFile(text, type, name) {
    var blob = new Blob([text], { type: type });
    var a = h("a", { href: URL.createObjectURL(blob), download: name, class: "nhsuk-u-visually-hidden" }, "download");
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function download() {
    saveFile(answersText(), "text/yaml;charset=utf-8", ANSWERS_FILE);
  }

  /* ------------------------------------------------------------ the board paper (site/paper.js, loaded when asked for) */

  // next to this script: assets/paper-data.js, paper.js and the vendored Nunjucks and markdown-it
  var ASSETS = ((document.currentScript || document.querySelector('script[src$="assess.js"]') || {}).src || "")
    .replace(/[^/]*$/, "");
  var PAPER_SCRIPTS = ["vendor/nunjucks/nunjucks.min.js", "vendor/markdown-it/markdown-it.min.js", "paper-data.js", "paper.js"];
  var loading = {};          // scripts (joined) -> the promise of their loading, once

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(el);
    });
  }

  function loadScripts(names) {
    // the scripts next to this one, in order, each once; after a failure a later call tries again
    var key = names.join(" ");
    if (!loading[key]) {
      loading[key] = names.reduce(function (done, name) {
        return done.then(function () { return loadScript(ASSETS + name); });
      }, Promise.resolve());
      loading[key].catch(function () { delete loading[key]; });
    }
    return loading[key];
  }

  function downloadPaper() {
    var status = document.getElementById("paper-status"), text = answersText();
    if (status) status.textContent = "Preparing the board paper\u2026";
    loadScripts(PAPER_SCRIPTS).then(function () {
      var paper = window.CareModelsPaper.boardPaper({ nunjucks: window.nunjucks, markdownit: window.markdownit },
                                                    cq, text, ANSWERS_FILE);
      saveFile(paper.html, "text/html;charset=utf-8", "board-paper-" + data.id + ".html");
      if (status) status.textContent = "The board paper has been downloaded: open it in your browser and print it, or save it as PDF.";
    }).catch(function () {
      if (status) {
        status.textContent = "";
        append(status, h("p", { class: "nhsuk-error-message" }, "The board paper could not be prepared in this browser. " +
          "Download your answers instead: the assess command makes the same paper from them."));
      }
    });
  }

  window.addEventListener("hashchange", function () {
    if (window.location.hash.indexOf("#/") === 0) render();
  });
  render();
})();
