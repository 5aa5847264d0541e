/* What the board paper is built around: mirrors assess/reports/focus.py (the recommended option, an alternative
   with its limits, the no-legal-form line, the questions about care models put apart, what decides "not yet clear"). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine;
  var marginText = M.marginText, fitText = M.fitText, fitOutOf100 = M.fitOutOf100, has = M.has, joinNames = M.joinNames, plural = M.plural,
      pointsText = M.pointsText, say = M.say;

  function contributions(P, reasons, target) {
    // contributions: reasons merged by (question, answer), with the weight's source
    var merged = [], seen = {};
    reasons.forEach(function (r) {
      var key = r.question + "\u0000" + r.answer;
      if (has(seen, key)) {
        if (r.respondent !== undefined) seen[key].respondents.push(r.respondent);
        return;
      }
      var table = P.weights.table, row = has(table, r.question) && has(table[r.question], r.answer)
        ? table[r.question][r.answer] : {};
      var source = has(row, target) ? P.weights.cites[row[target]] : null;
      seen[key] = { question: r.question_text, answer: r.answer_label, points: r.points,
                    points_text: pointsText(r.points), reason: r.reason,
                    cite: source ? say("weight from", { source: source }) : say("weight", {}),
                    source_cite: source || "care-models", respondents: r.respondent !== undefined ? [r.respondent] : [] };
      merged.push(seen[key]);
    });
    return { pro: merged.filter(function (r) { return r.points > 0; }),
             con: merged.filter(function (r) { return r.points < 0; }) };
  }

  function recommendedEntry(result, rec) {
    // recommended_entry: the ranking or alternatives entry of what is recommended
    var entries = rec.kind === "model" ? result.ranking : rec.kind === "alternative" ? result.alternatives : [];
    return entries.filter(function (e) { return (has(e, "model") ? e.model : e.id) === rec.id; })[0] || null;
  }

  function pageOneWhy(P, result, rec) {
    var entry = recommendedEntry(result, rec);
    return entry ? contributions(P, entry.reasons, rec.id).pro.slice(0, P.wording.sizes.why_shown) : [];
  }

  function pageOneLead(rec) {
    // page_one_lead: the lead over the best option still standing, for the decision box
    var rival = rec.runner_up;
    if (rec.kind === "none" || !rival) return "";
    // recommendation.lead_sentence, in the engine's words (the paper data's wording.lead)
    var gap = rec.fit - rival.fit, words = global.careModelsPaper.wording.lead;
    return E.ahead(gap) ? E.fill(words.lead, { other: rival.name, gap: marginText(gap) }) : E.fill(words.level, { other: rival.name });
  }

  function alternativeView(P, terms, result, rec) {
    var entry = recommendedEntry(result, rec);
    if (rec.kind !== "alternative" || !entry) return null;
    var alt = P.alternatives[entry.id], split = contributions(P, entry.reasons, entry.id);
    return { name: alt.name, why: split.pro, against: split.con, description: alt.description, when_fits: alt.when_fits,
             examples: alt.examples.filter(function (e) { return e.text; })
               .map(function (e) { return { text: e.text, cite: e.cite }; }),
             models_if_later: say("models if later", { ranking: terms.ranking }),
             limits_intro: say("alternative limits", {}), limits: P.alternative_limits };
  }

  function structureKept(result) {
    // structure_kept: the answer counting against every legal form not ruled out
    var forms = result.legal_forms.filter(function (f) { return !f.excluded; });
    if (!forms.length) return null;
    var against = forms.map(function (f) {
      var keys = {};
      f.reasons.forEach(function (r) { if (r.points < 0) keys[r.question + "\u0000" + r.answer] = true; });
      return keys;
    });
    return forms[0].reasons.filter(function (r) {
      return against.every(function (keys) { return has(keys, r.question + "\u0000" + r.answer); });
    })[0] || null;
  }

  function legalNone(P, terms, result) {
    var kept = structureKept(result), quote = P.collaborative_instead;       // focus.py's choice, made in Python
    if (!kept || !quote) return null;
    return { text: say("no legal form", { legal_forms: terms.legal_forms, question: kept.question_text,
                                          answer: kept.answer_label }),
             quote: say("collaborative quote", { quote: quote.text }), cite: quote.cite };
  }

  function decidingView(rec, sizes) {
    // deciding_view: for a "not yet clear" paper, what each answer of a deciding question would recommend
    if (rec.kind !== "none") return [];
    var groups = [], byKey = {};
    (rec.changes || []).forEach(function (c) {
      var key = c.question + "\u0000" + (c.respondent || "");
      if (!has(byKey, key)) {
        byKey[key] = { question: c.question_text, respondent: c.respondent || null, now: c.answer, answers: [] };
        groups.push(byKey[key]);
      }
      if (byKey[key].answers.length < sizes.deciding_shown) {
        byKey[key].answers.push(c.name ? say("deciding answer", { answer: c.option_label, name: c.name, fit: fitText(c.fit) })
          : say("deciding nothing", { answer: c.option_label }));
      }
    });
    return groups;
  }

  function questionsView(P, terms, rec, challenges, ranked) {
    // report.py _questions_view: a paper recommending an alternative puts the questions about care models apart
    var later = [];
    if (rec.kind === "alternative") {
      var cites = {};
      P.model_cites.forEach(function (c) { cites[c] = true; });
      var apart = ranked.map(function (c) {
        return c.cites.length > 0 && c.cites.every(function (text) { return has(cites, text); });
      });
      later = challenges.filter(function (_, i) { return apart[i]; });
      challenges = challenges.filter(function (_, i) { return !apart[i]; })
        .map(function (c, i) { return Object.assign({}, c, { priority: i + 1 }); });
    }
    return { challenges: challenges, challenges_top: challenges.slice(0, P.wording.sizes.challenges_shown),
             challenge_count: challenges.length, model_challenges: later,
             model_questions: later.length ? say("model questions", { questions: plural(later.length, "question"),
                                                                      ranking: terms.ranking }) : "" };
  }

  function summaryView(terms, result, top, standing, dontKnow, scored, rec, respondents) {
    // summary_view, for one respondent or several
    if (rec.kind === "alternative") {
      return alternativeSummary(terms, result, recommendedEntry(result, rec), dontKnow, scored, respondents);
    }
    var s = [];
    if (!standing.length) s.push(say("all excluded", { one: terms.ranking_one }));
    else {
      s.push(say("best fit", { ranking: terms.ranking, name: top.name,
                               fit: fitOutOf100(top.score, top.low, top.high) }));
    }
    var nDk = dontKnow.length, nQ = scored.length;
    if (nDk) {
      s.push(say(nDk === 1 ? "one unknown" : "unknowns", { count: nDk, n: nQ,
                 range: E.exact(top.low, top.high) ? say("present value", {}) : E.span(top.low, top.high) }));
      var rivals = standing.slice(1).filter(function (r) { return r.high > top.low; }).map(function (r) { return r.name; });
      if (rivals.length) {
        s.push(rivals.length > 4 ? say("rivals and more", { names: joinNames(rivals.slice(0, 4)), more: rivals.length - 4 })
          : say("rivals", { names: joinNames(rivals) }));
      }
    } else s.push(say("all answered", { n: nQ }));
    if (respondents > 1) s.push(meanSentence(result, respondents));
    var alts = result.alternatives.filter(function (r) { return !r.excluded; });
    if (alts.length) s.push(say("best alternative", { alternatives: terms.alternatives, name: alts[0].name, fit: fitText(alts[0].score) }));
    var legal = result.legal_forms.filter(function (r) { return !r.excluded; });
    if (legal.length) s.push(say("legal form", { legal_forms: terms.legal_forms, name: legal[0].name, fit: fitText(legal[0].score) }));
    var excluded = result.ranking.filter(function (r) { return r.excluded; }).map(function (r) { return r.name; });
    if (excluded.length) {
      s.push(say("excluded models", { models: plural(excluded.length, "model is"), names: joinNames(excluded) }));
    }
    return { text: s.join(" ") };
  }

  function meanSentence(result, respondents) {
    return say("mean", { n: respondents, questions: plural(result.disagreements.length, "question") });
  }

  function alternativeSummary(terms, result, alt, dontKnow, scored, respondents) {
    // _alternative_summary
    var s = [say("alternative summary", { name: alt.name, fit: fitOutOf100(alt.score, alt.low, alt.high),
                                          alternative_one: terms.alternative_one || "alternative" })];
    if (dontKnow.length) {
      s.push(say(dontKnow.length === 1 ? "one unknown" : "unknowns", { count: dontKnow.length, n: scored.length,
                 range: E.exact(alt.low, alt.high) ? say("present value", {}) : E.span(alt.low, alt.high) }));
    } else s.push(say("all answered", { n: scored.length }));
    if (respondents > 1) s.push(meanSentence(result, respondents));
    return { text: s.join(" ") };
  }

  Object.assign(M, { contributions: contributions, pageOneWhy: pageOneWhy, pageOneLead: pageOneLead,
                     alternativeView: alternativeView,
                     legalNone: legalNone, decidingView: decidingView, questionsView: questionsView,
                     summaryView: summaryView });
})(typeof window !== "undefined" ? window : globalThis);
