/* The board paper's view: mirrors assess/reports/report.py report_view. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine, DK = E.DONT_KNOW;
  var barChart = M.barChart, contentHash = M.contentHash, contributions = M.contributions, fitOutOf100 = M.fitOutOf100,
      fitPhrase = M.fitPhrase, fitText = M.fitText,
      has = M.has, marginText = M.marginText, plural = M.plural, rangeText = M.rangeText, reportDate = M.reportDate,
      say = M.say, sentence = M.sentence;

  /* ------------------------------------------------------------ assess/reports/report.py report_view */

  function reportView(P, cq, a) {
    // a: {result, rec, ranked, workforce, variant} and per respondent (one or several, in the files' order):
    // {known, values, respondents, answersTexts}
    var result = a.result, ranking = result.ranking, sizes = P.wording.sizes, terms = cq.decision.terms;
    var standing = ranking.filter(function (r) { return !r.excluded; });
    var top = standing.length ? standing[0] : ranking[0];
    var labels = a.respondents.map(function (r) { return r.label; }), multi = labels.length > 1;
    var alternative = a.rec.kind === "alternative";
    var questions = M.questionsView(P, terms, a.rec, challengesView(P, a.ranked, labels), a.ranked);
    var scored = [];
    a.known.forEach(function (known) {
      known.forEach(function (_, qid) { if (cq.byId[qid].type !== "text" && scored.indexOf(qid) < 0) scored.push(qid); });
    });
    var rv = rankingView(cq, ranking, standing.slice(0, sizes.top).map(function (r) { return r.model; }));
    var topViews = standing.slice(0, sizes.top).map(function (r, i) { return topView(P, i + 1, r); });
    var digest = contentHash(P.kb_digest, cq.digest, a.answersTexts);
    var cited = citedDocs(P, a.ranked, topViews);
    return Object.assign({
      title: terms.title, terms: terms, questionnaire: { id: cq.id, title: cq.title },
      date: reportDate(a.respondents.map(function (r) { return r.date; })),
      respondents: a.respondents, multi: multi, labels: labels,
      decision: decisionView(P, terms, a.rec, M.pageOneWhy(P, result, a.rec)),
      alternative: M.alternativeView(P, terms, result, a.rec),
      legal_none: alternative ? M.legalNone(P, terms, result) : null,
      deciding: M.decidingView(a.rec, sizes),
      workforce: workforceView(a.workforce), variant: variantView(P, a.variant),
      summary: M.summaryView(terms, result, top, standing, result.dont_know, scored, a.rec, labels.length),
      sections: answersView(cq, a.values, a.known),
      dont_know: result.dont_know.map(function (qid) { return cq.byId[qid].text; }),
      disagreements: result.disagreements.map(function (d) { return { question: d.question_text, answers: d.answers }; }),
      ranking: rv.rows, exclusions: rv.exclusions, chart_svg: rv.svg, chart_rows: rv.chartRows,
      top: topViews, top_reasons: alternative ? [] : topViews.slice(0, 1),
      changes: sensitivityView(cq, result, sizes)
    }, alternativesView(P, result), questions, {
      sources: P.sources.map(function (s) { return Object.assign({}, s, { cited: !!cited[s.id] }); }),
      uncited: P.sources.filter(function (s) { return !cited[s.id]; }).map(function (s) { return s.short; }),
      derived: P.wording.derived, as_at: P.wording.as_at, since: P.since,
      footer: { version: P.version, hash: digest.hash, kb: digest.kb, kb_short: digest.kb.slice(0, 12),
                questionnaire: digest.questionnaire, questionnaire_short: digest.questionnaire.slice(0, 12),
                answers: a.respondents.map(function (r, i) {
                  return { file: r.file, sha256: digest.answers[i], short: digest.answers[i].slice(0, 12) };
                }) }
    });
  }

  function citedDocs(P, ranked, topViews) {
    // the documents the challenges cite, "hlp-module-1", the top models' texts
    var cited = { "hlp-module-1": true };
    ranked.forEach(function (c) {
      c.cites.forEach(function (text) {
        P.sources.forEach(function (s) { if (text.indexOf(s.short + ", \u201c") === 0) cited[s.id] = true; });
      });
    });
    topViews.forEach(function (t) {
      if (has(P.models, t.id)) P.models[t.id].docs.forEach(function (d) { cited[d] = true; });
    });
    return cited;
  }

  function respondentView(cq, checked, file, label) {
    return { label: label, respondent: checked.respondent, context: checked.context,
             date: checked.date, file: file,
             ignored: checked.ignored.map(function (i) { return { question: cq.byId[i.question].text, why: i.why }; }) };
  }

  function answerCell(q, values, known) {
    if (!known.has(q.id)) return { text: q.words.not_asked, user: false };
    if (!has(values, q.id)) return { text: q.words.unanswered, user: false };
    return { text: E.answerLabel(q, values[q.id]), user: q.type === "text" && values[q.id] !== DK };
  }

  function answersView(cq, valueSets, knownSets) {
    // _answers_view: answers by section, one column per respondent
    var sections = [];
    cq.sections.forEach(function (section) {
      var rows = [];
      section.questions.forEach(function (qid) {
        var here = knownSets.filter(function (k) { return k.has(qid); });
        if (!here.length) return;
        var q = cq.byId[qid];
        rows.push({ question: q.text,
                    answers: valueSets.map(function (values, i) { return answerCell(q, values, knownSets[i]); }),
                    dont_know: here.every(function (k) { return k.get(qid) === DK; }) });
      });
      if (rows.length) sections.push({ title: section.title, rows: rows });
    });
    return sections;
  }

  function rankingView(cq, ranking, topIds) {
    var rows = [], exclusions = [], one = cq.decision.terms.ranking_one;
    ranking.forEach(function (r, i) {
      var note = "";
      if (r.excluded) {
        note = "excluded";
        exclusions.push({ name: r.name, text: say("excluded", { condition: r.exclusion.condition,
                                                               reason: sentence(r.exclusion.reason) }) });
      } else if (r.may_be_excluded.length) {
        var m = r.may_be_excluded[0];
        note = "may be excluded";
        exclusions.push({ name: r.name, text: say("may be excluded", { condition: m.condition, reason: sentence(m.reason) }) });
      }
      rows.push({ rank: i + 1, id: r.model, name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high),
                  note: note, excluded: r.excluded, top: topIds.indexOf(r.model) >= 0 });
    });
    var chartRows = rows.map(function (row, i) {
      var r = ranking[i];
      return { label: row.rank + ". " + row.name, value: r.score, low: r.low, high: r.high, highlight: row.top,
               excluded: r.excluded,
               value_text: r.excluded ? say("chart ruled out", { fit: row.fit })
                 : fitPhrase(r.score, r.low, r.high) };
    });
    var svg = barChart(chartRows, say("chart title", { one: one }), say("chart description", { one: one, rows: rows.map(function (row, i) {
      var r = ranking[i];
      return say(row.excluded ? "chart row excluded" : "chart row", { name: row.name, fit: fitPhrase(r.score, r.low, r.high) });
    }).join("; ") }));
    return { rows: rows, exclusions: exclusions, svg: svg, chartRows: chartRows };
  }

  function topView(P, rank, r) {
    var sizes = P.wording.sizes, split = contributions(P, r.reasons, r.model);
    return {
      rank: rank, id: r.model, name: r.name, fit: fitPhrase(r.score, r.low, r.high),
      why: split.pro.slice(0, sizes.why_for), against: split.con.slice(0, sizes.why_against),
      all_for: split.pro, all_against: split.con, all_reasons: split.pro.concat(split.con),
      cautions: r.may_be_excluded.map(function (m) {
        return { respondent: m.respondent || null,
                 text: say("top may be excluded", { condition: m.condition, reason: sentence(m.reason) }) };
      }),
      m: has(P.models, r.model) ? { overview: P.models[r.model].overview } : null
    };
  }

  function alternativesView(P, result) {
    var alternatives = result.alternatives.map(function (r) {
      return { name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high), excluded: r.excluded };
    });
    var altStanding = result.alternatives.filter(function (r) { return !r.excluded; });
    var bestAlt = null;
    if (altStanding.length && P.collaborative.indexOf(altStanding[0].id) >= 0) {
      bestAlt = Object.assign({}, P.alternatives[altStanding[0].id], { fit: fitText(altStanding[0].score) });
    }
    var legalRows = result.legal_forms.map(function (r) {
      return { name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high), level: P.legal[r.id].level,
               excluded: r.excluded };
    });
    var legalStanding = result.legal_forms.filter(function (r) { return !r.excluded; });
    var bestLegal = legalStanding.length
      ? Object.assign({}, P.legal[legalStanding[0].id].view, { fit: fitText(legalStanding[0].score) }) : null;
    return { alternatives: alternatives, best_alternative: bestAlt, collaborative_intro: P.collaborative_intro,
             legal_forms: legalRows, best_legal: bestLegal, legal_intro: P.legal_intro };
  }

  function challengesView(P, ranked, labels) {
    return ranked.map(function (c) {
      return { priority: c.priority, theme: c.theme, text: c.text, why: c.why, label: P.wording.rank_labels[c.rank],
               cite: c.cites.join("; ") || "care-models",
               user: labels.some(function (label) { return c.text.indexOf(label) >= 0; }) };
    });
  }

  function decisionView(P, terms, rec, answers) {
    var wording = P.wording, sizes = wording.sizes, headline, fit = null;
    if (rec.kind === "none") headline = say("headline none", {});
    else if (rec.kind === "alternative") {
      headline = say("headline alternative", { name: rec.name, alternative_one: terms.alternative_one || "alternative" });
    } else headline = say("headline model", { name: rec.name });
    if (rec.fit !== null) fit = fitOutOf100(rec.fit, rec.low, rec.high);
    return Object.assign({ kind: rec.kind, headline: headline, fit: fit, confidence: wording.confidence[rec.confidence],
             ask: wording.ask[rec.kind].replace("{name}", rec.name),
             confidence_text: rec.kind !== "none" ? rec.confidence_why.text : "",
             lead: answers.length ? M.pageOneLead(rec) : "",
             why: answers.length ? [] : rec.why.slice(0, sizes.reasons_shown), why_answers: answers.slice(),
             instead: rec.instead.slice() },
             decisionChanges(rec.changes || [], sizes));
  }

  function decisionChanges(changes, sizes) {
    // changes.py decision_changes: the first page's few, the body's list, and how many of all each shows
    var rows = changes.map(function (c) { return { respondent: c.respondent || null, text: c.text }; });
    var n = rows.length, shown = Math.min(n, sizes.changes_shown), listed = Math.min(n, sizes.changes_listed);
    return { changes: rows.slice(0, sizes.changes_shown), all_changes: rows.slice(0, sizes.changes_listed),
             more_changes: n - shown,
             shown_text: n > shown ? say("changes shown", { shown: shown, total: n, listed: listed }) : "",
             listed_text: n > listed ? say("changes listed", { listed: listed, total: n }) : "" };
  }

  function workforceView(w) {
    if (!w) return null;
    var implication = function (i) {
      return { text: i.text, why: typeof i.why === "string" ? i.why : i.why.join("; "), cite: i.cite };
    };
    return { heading: say(w.recommended ? "workforce recommended" : "workforce pursued", { name: w.name }),
             summary: w.summary.slice(),
             live: w.implications.filter(function (i) { return i.why.length; }).map(implication),
             other: byCite(w.implications.filter(function (i) { return !i.why.length; }).map(implication)),
             legal: w.legal.map(implication) };
  }

  function byCite(items) {
    // report.py workforce_view: the texts grouped by citation, in order of first appearance
    var groups = [];
    items.forEach(function (i) {
      var g = groups.filter(function (x) { return x.cite === i.cite; })[0];
      if (g) g.texts.push(i.text); else groups.push({ texts: [i.text], cite: i.cite });
    });
    return groups;
  }

  function variantView(P, v) {
    if (!v) return null;
    return { heading: say("variant heading", { label: P.models[v.model].label }), name: v.name, why: v.why.slice(), tied: v.tied.slice(),
             fits: v.name ? say("form that fits", { name: v.name }) : "",
             features: v.features, features_shown: v.features.slice(0, 2),
             features_label: v.features_part ? P.wording.feature_labels[v.features_part] : "", examples: v.examples.slice(),
             vanguards: v.vanguards.slice() };
  }

  function sensitivityView(cq, result, sizes) {
    // report.py _sensitivity_view: at most sizes.change_groups questions, sizes.changes_per_group changes of each
    var groups = [], byKey = {}, one = cq.decision.terms.ranking_one, names = {};
    result.ranking.forEach(function (r) { names[r.model] = r.name; });
    result.sensitivity.forEach(function (s) {
      var key = s.question + "\u0000" + (s.respondent || "");
      if (!has(byKey, key)) {
        byKey[key] = { id: s.question, question: s.question_text, now: s.answer, respondent: s.respondent || null,
                       all: [], best: 0 };
        groups.push(byKey[key]);
      }
      byKey[key].all.push(s);
      byKey[key].best = Math.max(byKey[key].best, s.margin || 0);
    });
    var asked = groups.length;
    groups.sort(function (x, y) { return (y.best - x.best) || (cq.byId[x.id].index - cq.byId[y.id].index); });
    groups = groups.slice(0, sizes.change_groups);
    var shown = 0;
    groups.forEach(function (g) {
      var ranked = g.all.map(function (s, i) { return [s, i]; })
        .sort(function (a, b) { return ((b[0].margin || 0) - (a[0].margin || 0)) || (a[1] - b[1]); });
      g.changes = ranked.slice(0, sizes.changes_per_group).map(function (p) { return changeView(p[0], names); });
      delete g.all;
      shown += g.changes.length;
    });
    var n = result.sensitivity.length, standing = result.ranking.filter(function (r) { return !r.excluded; });
    var top = standing.length ? standing[0].name : "", intro, more = "", others = asked - groups.length;
    if (!n) intro = top ? say("no change", { one: one, top: top }) : say("no change, none standing", { one: one });
    else intro = say("changes", { changes: plural(n, "single change"), one: one, questions: plural(asked, "question") });
    if (n > shown) {
      more = others ? say("more changes elsewhere", { changes: plural(n - shown, "more single change"),
                                                      questions: plural(others, "other question") })
        : say("more changes", { changes: plural(n - shown, "more single change") });
    }
    return { intro: intro, groups: groups, count: n, more: more };
  }

  function changeView(s, names) {
    // changes.py _change: the lead over the best model still standing after the change
    if (s.runner_up === null) return say("change alone", { change_to: s.change_to, name: names[s.new_top] });
    return say(E.ahead(s.margin) ? "change" : "change level", { change_to: s.change_to, name: names[s.new_top],
                                                               other: names[s.runner_up], margin: marginText(s.margin) });
  }

  Object.assign(M, { reportView: reportView, respondentView: respondentView });
})(typeof window !== "undefined" ? window : globalThis);
