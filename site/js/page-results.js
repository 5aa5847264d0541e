/* The assessment page, part 4 of 5: the results, as assess/reports/report.py shows them; what only the
 * results need (assets/questionnaire-results.js) is loaded when they are first shown. */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var E = M.E, S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var backLink, button, cleanValues, downloadPaper, fmt, loadScripts, render, retitle, route;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    backLink = M.backLink; button = M.button; cleanValues = M.cleanValues; downloadPaper = M.downloadPaper;
    fmt = M.fmt; loadScripts = M.loadScripts; render = M.render; retitle = M.retitle; route = M.route;
  });

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
            r.excluded ? "excluded" : fmt(r.score) + (E.exact(r.low, r.high) ? "" : " (" + E.span(r.low, r.high) + ")")));
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
            h("td", { class: "nhsuk-table__cell" }, E.span(r.low, r.high)),
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
    if (!S.cq.reasons && window.careModelsQuestionnaireResults) {
      S.cq = E.compile(Object.assign({}, data, window.careModelsQuestionnaireResults));
    }
    return !!S.cq.reasons;
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
    var result = E.score(S.cq, values);
    var rec = E.decide(S.cq, result, values);
    var ranked = E.prioritise(S.cq, E.challenges(S.cq, result, result.known, rec));
    var parts = [
      backLink("#/review", "Back to your answers"),
      h("h1", null, "Your results"),
      S.store.respondent ? h("p", { class: "app-respondent" }, "Answers of: ", h("strong", null, S.store.respondent)) : null,
      S.store.context ? h("p", { class: "app-context" }, "Local system: " + S.store.context) : null
    ].concat(decisionBox(rec, ranked), [
      h("p", null, Object.keys(values).length + " questions answered, " + result.dont_know.length +
        " \u201cdon't know\u201d or not answered. The range after each fit shows what those could change."),
      h("h2", { id: "ranking" }, "How well each care model fits"),
      chart(result.ranking),
      resultTable("ranking-caption", "Ranking of the ten care models", result.ranking, "Care model"),
      h("h2", { id: "why" }, "Why: the answers that counted most")
    ]);
    parts = parts.concat(whyParts(result), otherParts(result), challengeParts(ranked));
    parts.push(h("div", { id: "paper-status", role: "status", "aria-live": "polite" }));
    append(root, parts);
  }

  function whyParts(result) {
    // the answers that counted most for the three leading models, and what is excluded
    var parts = [];
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
    return parts;
  }

  function otherParts(result) {
    // the alternatives, the legal forms, what would change the result and what is not known
    var parts = [];
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
        return h("li", null, h("a", { href: "#/question/" + encodeURIComponent(qid) }, S.cq.byId[qid].text));
      })));
    }
    return parts;
  }

  function challengeParts(ranked) {
    // check and challenge, then the downloads
    var parts = [];
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
    return parts;
  }

  var CONFIDENCE = { clear: "Clear", close: "Close call", uncertain: "Uncertain" };

  function decisionBox(rec, ranked) {
    // the decision first, as in `assess report` (assess/reports/report.py decision_view)
    var blanks = { name: rec.name, alternative_one: data.decision.terms.alternative_one || "alternative" };
    var headline = data.decision.headlines[rec.kind].replace(/\{(\w+)\}/g, function (_, name) { return blanks[name]; });
    var list = function (items) {
      return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (t) { return h("li", null, t); }));
    };
    var box = [
      h("h2", { class: "nhsuk-card__heading nhsuk-card__heading--feature", id: "recommendation" }, headline),
      h("p", null, (rec.fit === null ? "" : "Fit " + fmt(rec.fit) + " out of 100. ") + "Confidence: ",
        h("strong", null, CONFIDENCE[rec.confidence]), "."),
      h("p", null, rec.confidence_why.text),
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
    var date = S.store.date || new Date().toISOString().slice(0, 10);
    return E.dumpAnswers(S.cq, { values: cleanValues(), respondent: S.store.respondent, context: S.store.context, date: date });
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

  Object.assign(M, { ANSWERS_FILE: ANSWERS_FILE, answersText: answersText, loadResults: loadResults,
      renderResults: renderResults, renderResultsLoading: renderResultsLoading, resultsLoaded: resultsLoaded,
      saveFile: saveFile });
})(window);
