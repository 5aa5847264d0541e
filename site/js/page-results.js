/* The assessment page, part 4 of 5: the results in the order a board member needs them (the decision, what to take
 * away, workforce, the first questions, the ranking with ruled-out models apart, the rest behind details); what
 * only the results need (assets/questionnaire-results.js) is loaded when they are first shown. */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var D = window.CareModelsDom, E = M.E, S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var fits = D.fitWords(data.decision.fits, E);       // fits and ranges as the paper says them
  var backLink, button, cleanValues, copyLink, download, downloadPaper, fmt, loadScripts, printPaper, render, retitle,
    route, workforceScripts;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    backLink = M.backLink; button = M.button; cleanValues = M.cleanValues; copyLink = M.copyLink; download = M.download;
    downloadPaper = M.downloadPaper; fmt = M.fmt; loadScripts = M.loadScripts; printPaper = M.printPaper;
    render = M.render; retitle = M.retitle; route = M.route; workforceScripts = M.workforceScripts;
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
            r.excluded ? "excluded" : fits.phrase(r.score, r.low, r.high)));
      })));
  }

  function ruledOut(why) {
    // what rules a model out (or may), as `assess score` says it (sentences.py "ruled out because")
    return E.fill(data.decision.ruled_out, why);
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
            h("td", { class: "nhsuk-table__cell" }, fits.range(r.low, r.high)),
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

  function renderNoAnswers() {
    // a results address with no answers (a fresh browser, a shared address): how to start, never a ranking
    append(root, [
      backLink("#/start", "Back to the start"),
      h("h1", null, "Your results"),
      h("p", null, "There are no answers in this browser yet, so there are no results to show."),
      h("p", null, "Answer the questions to see which care model fits, or open a link to a set of answers that " +
        "someone shared with you."),
      h("a", { class: "nhsuk-button nhsuk-button--start", href: "#/start" }, "Start the assessment")
    ]);
  }

  function renderResults() {
    var values = cleanValues();
    var result = E.score(S.cq, values);
    var rec = E.decide(S.cq, result, values);
    var ranked = E.prioritise(S.cq, E.challenges(S.cq, result, result.known, rec));
    var standing = result.ranking.filter(function (r) { return !r.excluded; });
    var excluded = result.ranking.filter(function (r) { return r.excluded; });
    var workforce = h("div", { id: "workforce-slot" });
    append(root, [
      backLink("#/review", "Back to your answers"),
      h("h1", null, "Your results"),
      S.store.respondent ? h("p", { class: "app-respondent" }, "Answers of: ", h("strong", null, S.store.respondent)) : null,
      S.store.context ? h("p", { class: "app-context" }, "Local system: " + S.store.context) : null,
      D.decisionBox(rec, data.decision, E),
      actions(),
      workforce,
      h("h2", { id: "check-and-challenge" }, "Questions to ask first"),
      h("ol", { class: "nhsuk-list nhsuk-list--number app-first-questions" }, ranked.slice(0, 7).map(function (c) {
        return h("li", null, c.text);
      })),
      h("h2", { id: "ranking" }, "How well each care model fits"),
      h("p", null, Object.keys(values).length + " questions answered, " + result.dont_know.length +
        " \u201cdon't know\u201d or not answered. The range after each fit shows what those could change."),
      chart(standing),
      resultTable("ranking-caption", "Ranking of the care models not ruled out", standing, "Care model"),
      excluded.length ? [h("h3", { id: "ruled-out" }, "Ruled out by your answers"),
        h("ul", { class: "nhsuk-list nhsuk-list--bullet app-ruled-out" }, excluded.map(function (r) {
          return h("li", null, h("strong", null, r.name), ": " + ruledOut(r.exclusion));
        }))] : null,
      h("h2", { id: "more" }, "More detail"),
      moreDetails(rec, result, ranked)
    ]);
    showWorkforce(workforce, rec, result);
  }

  function showWorkforce(slot, rec, result) {
    // the board paper's workforce step (assess/engine/workforce.py) and its wording, from the paper's scripts
    loadScripts(workforceScripts).then(function () {
      var w = window.CareModelsPaper.workforce(rec, result.ranking, result.known);
      if (!w || !slot.isConnected) return;
      var heading = window.careModelsPaper.wording.sentences[w.recommended ? "workforce recommended" : "workforce pursued"];
      append(slot, [
        h("h2", { id: "workforce" }, heading.replace("{name}", w.name)),
        D.bullets(w.summary),
        disclosure("Every workforce consideration for " + w.name, "workforce-all",
          h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, w.implications.concat(w.legal).map(function (i) {
            var why = typeof i.why === "string" ? i.why : i.why.join("; ");
            return h("li", null, i.text, h("span", { class: "app-source" }, " (" + (why ? "because " + why + "; " : "") +
              i.cite + ")"));
          })))
      ]);
    }, function () {
      append(slot, h("p", null, "The workforce implications could not be loaded here: they are in the board paper."));
    });
  }

  function disclosure(title, id, body) {
    return h("details", { class: "nhsuk-details", id: id },
      h("summary", { class: "nhsuk-details__summary" }, h("span", { class: "nhsuk-details__summary-text" }, title)),
      h("div", { class: "nhsuk-details__text" }, body));
  }

  function moreDetails(rec, result, ranked) {
    // everything after the ranking, each part closed until asked for
    var parts = [disclosure("What would change this recommendation", "changes",
      rec.changes.length ? D.bullets(rec.changes.map(function (c) { return c.text; }))
                         : h("p", null, "No change to any single answer would change it."))];
    parts.push(disclosure("Why: the answers that counted most", "why", result.ranking.filter(function (r) {
      return !r.excluded;
    }).slice(0, 3).map(function (r) {
      return [h("h3", null, r.name + " (" + fmt(r.score) + ")"), reasonList(r), r.may_be_excluded.map(function (m) {
        return h("p", null, "May be excluded: " + ruledOut(m));
      })];
    })));
    if (result.alternatives.length) {
      parts.push(disclosure("Collaborative alternatives", "alternatives",
        resultTable("alternatives-caption", "Fit of the collaborative alternatives", result.alternatives, "Alternative")));
    }
    if (result.legal_forms.length) {
      parts.push(disclosure("Legal forms", "legal-forms",
        resultTable("legal-caption", "Fit of the legal forms", result.legal_forms, "Legal form")));
    }
    return parts.concat(sensitivityParts(result), [
      disclosure("Every question to check and challenge (" + ranked.length + ")", "all-challenges", [
        h("p", null, "Questions to settle before deciding, the most pressing first, from the support pack " +
          "and the questionnaire; after each, why it is raised."),
        h("ol", { class: "nhsuk-list nhsuk-list--number" }, ranked.map(function (c) {
          return h("li", null, c.text, h("span", { class: "app-source" }, " (" + c.why + (c.cites.length ? "; " +
            c.cites.join("; ") : "") + ")"));
        }))])]);
  }

  function sensitivityParts(result) {
    // what would put another model first, and the "don't know" answers (each returns here once answered)
    var shown = result.sensitivity.slice().sort(function (a, b) { return b.margin - a.margin; }).slice(0, 10);
    var parts = [disclosure("What would put another care model first", "sensitivity", shown.length ? [
      D.bullets(shown.map(function (x) { return x.text; })),
      result.sensitivity.length > shown.length
        ? h("p", null, "And " + (result.sensitivity.length - shown.length) + " more single changes.") : null
    ] : h("p", null, "No single change of answer would change the top model."))];
    if (result.dont_know.length) {
      parts.push(disclosure("Answered \u201cdon't know\u201d", "dont-know",
        h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, result.dont_know.map(function (qid) {
          return h("li", null, h("a", { href: "#/revisit/" + encodeURIComponent(qid) }, S.cq.byId[qid].text));
        }))));
    }
    return parts;
  }

  function actions() {
    // what a board member takes away, straight after the decision
    return [
      h("h2", { id: "save" }, "Take the results to your board"),
      h("p", null, "The board paper sets out the recommendation, why, what would change it, the questions to ask and " +
        "the workforce implications, with every source."),
      h("div", { class: "nhsuk-button-group app-actions" },
        button("Download the board paper", downloadPaper),
        button("Print the board paper", printPaper, true),
        button("Download the answers", download, true),
        button("Copy a link to these answers", copyLink, true)),
      h("div", { id: "paper-status", class: "app-status", role: "status", "aria-live": "polite" }),
      h("div", { id: "link-slot" })
    ];
  }



  Object.assign(M, { loadResults: loadResults, renderNoAnswers: renderNoAnswers, renderResults: renderResults,
      renderResultsLoading: renderResultsLoading, resultsLoaded: resultsLoaded });
})(window);
