/* The workshop page, part 1 of 2: what it shows of the respondents added (site/js/workshop-page.js adds them).
 * Question by question where they agree and differ, and who answered what; then, combined exactly as
 * `assess score A B C` (AssessEngine.scoreMany, decideMany, challenges, prioritise): the decision first, the
 * questions to ask first with the disagreements, the ranking with its ranges, and what would change it, whose
 * answer. Every piece of text goes on the page with textContent (site/dom.js), never as HTML. */
(function (global) {
  "use strict";

  var E = window.AssessEngine, data = window.careModelsQuestionnaire, more = window.careModelsQuestionnaireResults;
  var root = document.getElementById("workshop-root");
  if (!E || !data || !more || !root || !window.CareModelsDom || !window.CareModelsLink) return;
  var D = window.CareModelsDom, h = D.h, append = D.append, button = D.button;
  var NS = global.CareModels || (global.CareModels = {});
  var SCORED = NS.engine.SCORED;
  var W = NS.workshop = { E: E, D: D, root: root, people: [], last: null,
                          cq: E.compile(Object.assign({}, data, more)) };

  function fmt(x) {
    return E.fit(x);
  }

  function labels() {
    // each respondent's name, else the file's name (AssessEngine.labelsOf, as the CLI labels them)
    return E.labelsOf(W.people.map(function (p) { return p.result.respondent; }),
                      W.people.map(function (p) { return p.file; }));
  }

  function table(id, caption, head, rows) {
    return h("div", { class: "app-table-scroll", role: "region", "aria-labelledby": id, tabindex: "0" },
      h("table", { class: "nhsuk-table", id: id + "-table" },
        h("caption", { class: "nhsuk-table__caption", id: id }, caption),
        h("thead", { class: "nhsuk-table__head" }, h("tr", { class: "nhsuk-table__row" }, head.map(function (t) {
          return h("th", { scope: "col", class: "nhsuk-table__header" }, t);
        }))),
        h("tbody", { class: "nhsuk-table__body" }, rows)));
  }

  function peopleList(names) {
    if (!W.people.length) return h("p", null, "No respondents yet: add their answers files or links above.");
    return table("people-caption", "Respondents added (" + W.people.length + ")", ["Respondent", "From", "Answers", "Actions"],
      W.people.map(function (p, i) {
        return h("tr", { class: "nhsuk-table__row" },
          h("th", { scope: "row", class: "nhsuk-table__header" }, names[i]),
          h("td", { class: "nhsuk-table__cell" }, p.file),
          h("td", { class: "nhsuk-table__cell" }, String(Object.keys(p.result.values).length)),
          h("td", { class: "nhsuk-table__cell" },
            button("Download", function () { W.downloadAnswers(i); }, true, "Download the answers of " + names[i]),
            " ",
            button("Remove", function () { W.remove(i); }, true, "Remove " + names[i])));
      }));
  }

  function agreement(q, answers, differing) {
    // "Differ" when the CLI counts a disagreement (numbers: in different bands), else whether all answered alike
    if (differing[q.id]) return "Differ";
    var given = answers.filter(function (a) { return a !== null; });
    if (given.length < answers.length) return "Not everyone answered";
    var alike = given.every(function (a) { return a === given[0]; });
    return alike ? "Agree" : "Agree (numbers in the same band)";
  }

  function answersTable(result, names) {
    // the scored questions anyone answered, each respondent's answer, and whether they agree
    var known = W.people.length > 1 ? result.known : [result.known];
    var differing = Object.create(null);
    result.disagreements.forEach(function (d) { differing[d.question] = true; });
    var rows = [];
    W.cq.questions.forEach(function (q) {
      if (!SCORED[q.type] || !known.some(function (k) { return k.has(q.id); })) return;
      var answers = known.map(function (k) { return k.has(q.id) ? E.answerLabel(q, k.get(q.id)) : null; });
      var status = agreement(q, answers, differing);
      rows.push(h("tr", { class: "nhsuk-table__row", "data-question": q.id, "data-agreement": status },
        h("th", { scope: "row", class: "nhsuk-table__header" }, q.text),
        answers.map(function (a) { return h("td", { class: "nhsuk-table__cell" }, a === null ? "not asked or not answered" : a); }),
        h("td", { class: "nhsuk-table__cell" }, status === "Differ" ? h("strong", null, status) : status)));
    });
    return table("answers-caption", "Each respondent's answers, question by question",
                 ["Question"].concat(names, ["Agree or differ"]), rows);
  }


  function rankingTable(ranking) {
    return table("ranking-caption", "Combined fit of each care model (the mean of the respondents' fits)",
      ["Rank", "Care model", "Fit (0\u2013100)", "Range", "Note"], ranking.map(function (r, i) {
        var note = r.excluded ? "Excluded: " + r.exclusion.reason : "";
        return h("tr", { class: "nhsuk-table__row", "data-model": r.model },
          h("td", { class: "nhsuk-table__cell" }, String(i + 1)),
          h("th", { scope: "row", class: "nhsuk-table__header" }, r.name),
          h("td", { class: "nhsuk-table__cell" }, fmt(r.score)),
          h("td", { class: "nhsuk-table__cell" }, D.fitWords(data.decision.fits, E).range(r.low, r.high)),
          h("td", { class: "nhsuk-table__cell" }, note));
      }));
  }

  function whose(items) {
    // "whose answer: text" for each change of one respondent's answer
    return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (c) {
      return h("li", null, c.respondent ? [h("strong", null, c.respondent + "\u2019s answer"), ": "] : null, c.text);
    }));
  }

  function combined(names, values, result) {
    // everything worked out from the respondents together, as `assess score` and `assess report` do
    var rec = E.decideMany(W.cq, result, values, names);
    var ranked = E.prioritise(W.cq, E.challenges(W.cq, result, W.people.length > 1 ? result.known : [result.known], rec));
    W.last = { result: result, recommendation: rec, challenges: ranked };
    return [
      h("h2", { id: "combined" }, "What the respondents say together"),
      D.decisionBox(rec, data.decision, E),
      h("h2", { id: "save" }, "Take the workshop's results to your board"),
      h("p", null, "The combined board paper has one column per respondent, the disagreements and every answers file. " +
        "The answers are downloaded one file per respondent, with the Download button by each name above."),
      h("div", { class: "nhsuk-button-group" }, button("Download the combined board paper", W.downloadPaper)),
      h("div", { id: "workshop-status", class: "app-status", role: "status", "aria-live": "polite" }),
      h("h2", { id: "first-questions" }, "Questions to ask first"),
      h("ol", { class: "nhsuk-list nhsuk-list--number app-first-questions" }, ranked.slice(0, 7).map(function (c) {
        return h("li", null, c.text);
      })),
      h("h3", { id: "disagreements" }, "Where the respondents differ (" + result.disagreements.length + ")"),
      result.disagreements.length ? D.bullets(result.disagreements.map(function (d) {
        return d.question_text + " \u2014 " + d.answers.map(function (a) { return a.respondent + ": " + a.answer; }).join("; ");
      })) : h("p", null, "The respondents gave the same answer to every scored question they all answered."),
      h("h2", { id: "ranking" }, "How well each care model fits"),
      h("p", null, "The range after each fit shows what \u201cdon't know\u201d answers could change."),
      rankingTable(result.ranking),
      h("h2", { id: "changes" }, "What would change the recommendation"),
      rec.changes.length ? whose(rec.changes) : h("p", null, "No change to any single answer would change it.")
    ];
  }

  function problems(refused, fieldId) {
    var slot = document.getElementById("workshop-problems");
    slot.textContent = "";
    if (!refused.length) return;
    var list = [];
    refused.forEach(function (r) {
      r.problems.forEach(function (p) { list.push("\u201c" + r.file + "\u201d: " + p); });
    });
    var summary = D.errorSummary({ id: "workshop-error-summary", titleId: "workshop-error-title",
      title: "There is a problem with " + (refused.length === 1 ? "an answers file" : refused.length + " answers files"),
      lead: "Not added (the respondents already added have not changed):", problems: list, fieldId: fieldId });
    append(slot, summary);
    summary.focus();
  }

  function update(refused, fieldId) {
    // the page again from the respondents added, then what could not be added (focus on it)
    var names = labels();
    var people = document.getElementById("workshop-people"), results = document.getElementById("workshop-results");
    people.textContent = "";
    results.textContent = "";
    append(people, peopleList(names));
    if (W.people.length) {
      var values = W.people.map(function (p) { return p.result.values; });
      var result = E.scoreMany(W.cq, values, names);
      append(results, [h("h2", { id: "answers" }, "Question by question"), answersTable(result, names)]
        .concat(combined(names, values, result)));
    } else {
      W.last = null;
    }
    problems(refused, fieldId);
  }

  function start() {
    document.getElementById("workshop-upload").addEventListener("change", W.addFiles);
    document.getElementById("workshop-add-link").addEventListener("click", W.addLink);
    update([], null);
  }

  Object.assign(W, { labels: labels, start: start, update: update });
})(window);
