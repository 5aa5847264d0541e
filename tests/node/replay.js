/* Replays the golden conformance corpus (tests/golden/cases.py) with the site's real scripts under Node.
 *
 * Usage: node tests/node/replay.js corpus.json
 * Loads the engine's and the board paper's scripts (site/js/, the vendored Nunjucks and markdown-it) in one `vm`
 * context, as a page loads them, then for each case reads its answers file with the browser's YAML reader and
 * checks, scores it as the page does, and makes its board paper. Prints every difference from Python's output;
 * exits 1 if there is any, 0 when every case agrees (and says how many were compared).
 */
"use strict";

const fs = require("fs");
const { context, differences, load } = require("./context.js");

const TOLERANCE = 1e-9;       // figures agree to this (both sides divide the same exact sums)

function pageContext(corpus) {
  // the engine's scripts with a questionnaire's data (its YAML reader's wording), then the board paper's
  const first = corpus.questionnaires[Object.keys(corpus.questionnaires)[0]];
  const ctx = context({ careModelsQuestionnaire: first, careModelsPaper: corpus.paper_data }, corpus.engine);
  corpus.paper.forEach(function (f) { load(ctx, f); });
  return ctx;
}

function whose(row) {
  // whose answer a row is (several respondents), else nothing: tests/golden/cases.py _whose
  return row.respondent === undefined ? [] : [row.respondent];
}

function scoreJson(E, cq, answerSets, labels) {
  // the engine's calls for one or several respondents, as plain data in the shape of tests/golden/cases.py _projected
  const r = E.scoreMany(cq, answerSets, labels);
  const known = answerSets.length > 1 ? r.known : [r.known];
  const rec = E.decideMany(cq, r, answerSets, labels);
  const picks = E.challenges(cq, r, known, rec);
  const ranked = E.prioritise(cq, picks);
  const entries = function (rows, key) {
    return rows.map(function (x) {
      return { id: x[key], score: x.score, low: x.low, high: x.high, excluded: x.excluded,
               maybe: x.may_be_excluded.map(function (m) { return whose(m).length ? [m.reason].concat(whose(m)) : m.reason; }),
               reasons: x.reasons.map(function (y) { return [y.question, y.answer, y.points].concat(whose(y)); }) };
    });
  };
  return {
    ranking: entries(r.ranking, "model"), alternatives: entries(r.alternatives, "id"),
    legal_forms: entries(r.legal_forms, "id"),
    sensitivity: r.sensitivity.map(function (x) {
      return [x.question, x.change_to, x.new_top, x.new_top_fit, x.old_top_fit, x.margin, x.answer, x.runner_up,
              x.runner_up_fit].concat(whose(x));
    }),
    sensitivity_text: r.sensitivity.map(function (x) { return x.text; }),
    recommendation: rec,
    priorities: ranked.map(function (c) { return [c.priority, c.rank, c.text, c.why]; }),
    dont_know: r.dont_know, disagreements: r.disagreements, challenges: picks.map(function (c) { return [c.theme, c.text]; })
  };
}

function firstDifference(expected, got) {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  return "paper: the bytes differ at " + i + ": Python " + JSON.stringify(expected.slice(Math.max(0, i - 60), i + 60)) +
    " / JavaScript " + JSON.stringify(got.slice(Math.max(0, i - 60), i + 60));
}

function replay(ctx, corpus) {
  const E = ctx.AssessEngine, libs = { nunjucks: ctx.nunjucks, markdownit: ctx.markdownit };
  const compiled = {};
  Object.keys(corpus.questionnaires).forEach(function (id) { compiled[id] = E.compile(corpus.questionnaires[id]); });
  let failed = 0;
  corpus.cases.forEach(function (c) {
    const cq = compiled[c.questionnaire], found = [];
    const texts = [].concat(c.answers), files = [].concat(c.file);      // one respondent's file, or several
    try {
      const checked = texts.map(function (text) { return E.checkAnswers(cq, E.parseYaml(text, cq.limits)); });
      const refused = checked.filter(function (x) { return x.problems && x.problems.length; });
      const labels = E.labelsOf(checked.map(function (x) { return x.respondent; }), files);
      if (refused.length) found.push("answers file refused: " + refused[0].problems.join(" "));
      else {
        const got = scoreJson(E, cq, checked.map(function (x) { return x.values; }), labels);
        differences(c.score, JSON.parse(JSON.stringify(got)), "score", found, TOLERANCE);
      }
      if (c.paper !== null) {
        const html = ctx.CareModelsPaper.boardPaper(libs, cq, c.answers, c.file).html;
        if (html !== c.paper) found.push(firstDifference(c.paper, html));
      }
    } catch (e) {
      found.push("error: " + (e && e.stack || e));
    }
    if (found.length) {
      failed++;
      console.log("case " + JSON.stringify(c.name) + ":\n  " + found.slice(0, 20).join("\n  "));
    }
  });
  console.log(corpus.cases.length + " cases replayed, " + failed + " differ");
  return failed;
}

const corpus = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
process.exitCode = replay(pageContext(corpus), corpus) ? 1 : 0;
