/* The decision: mirrors assess/engine/recommendation.py (the sentences from its WORDING table, shipped in the
 * data) and assess/engine/turning_points.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var SCORED = M.SCORED, ahead = M.ahead, alternativesFor = M.alternativesFor, answerLabel = M.answerLabel,
      copyValues = M.copyValues, exact = M.exact, fill = M.fill, fit = M.fit, fits = M.fits, g = M.g, has = M.has,
      margin = M.margin, span = M.span, state = M.state;

  /* ------------------------------------------------------------ the decision (assess/engine/recommendation.py,
     assess/engine/turning_points.py): the same rules, the sentences from the same table (data.decision.wording) */

  function say(cq, key, values) {
    return fill(cq.decision.wording[key], values);
  }

  function sentence(text) {
    text = text.trim();
    return /[.!?]$/.test(text) ? text : text + ".";
  }

  function spread(cq, r) {
    return exact(r.low, r.high) ? "" : say(cq, "range", { range: span(r.low, r.high) });
  }

  function countText(cq, n) {
    return n === 1 ? say(cq, "questions_one", {}) : say(cq, "questions", { count: n });
  }

  function idOf(r) {
    return has(r, "model") ? r.model : r.id;
  }

  function choose(model, alt) {
    if (alt && (!model || alt.score > model.score)) return ["alternative", alt];
    return ["model", model];
  }

  function decided(cq, kind, lead) {
    if (!lead || lead.score < cq.decision.well) return ["none", null];
    return [kind, idOf(lead)];
  }

  function changeHead(cq, entry) {
    // recommendation.change_head: the opening of a change in words
    var unknown = entry.answer === cq.answer_words.dont_know;
    var key = entry.change === "set" ? (unknown ? "if_set_unknown" : "if_set") : "if_" + entry.change;
    return say(cq, key, { question: entry.question_text, option: entry.option_label, answer: entry.answer });
  }

  function changeText(cq, s) {
    var head = changeHead(cq, s);
    var nw = cq.names[s.new_top], old = cq.names[s.old_top], other = s.runner_up ? cq.names[s.runner_up] : null;
    if (!s.old_top_excluded) {
      return head + (ahead(s.margin) ? say(cq, "then_lead", { "new": nw, other: other, margin: margin(s.margin) })
                                      : say(cq, "then_level", { "new": nw, other: other }));
    }
    var lead = other === null ? "" : ahead(s.margin) ? say(cq, "out_lead", { other: other, margin: margin(s.margin) })
                                                       : say(cq, "out_level", { other: other });
    return head + say(cq, "then_out", { old: old, "new": nw, fit: fit(s.new_top_fit), lead: lead });
  }

  function brief(r) {
    return { id: idOf(r), name: r.name, fit: r.score, low: r.low, high: r.high };
  }

  function recommend(cq, result) {
    var d = cq.decision, terms = d.terms;
    var models = result.ranking.filter(function (r) { return !r.excluded; });
    var alternatives = d.instead ? result.alternatives.filter(function (r) { return !r.excluded; }) : [];
    var model = models[0] || null, alt = alternatives[0] || null;
    var picked = choose(model, alt), kind = picked[0], lead = picked[1];
    var candidates = models.concat(alternatives).map(function (r, i) { return [r, i]; });
    candidates.sort(function (a, b) { return (b[0].score - a[0].score) || (a[1] - b[1]); });
    var rivals = candidates.map(function (c) { return c[0]; }).filter(function (r) { return r !== lead; });
    var unknown = result.dont_know.map(function (qid) { return cq.byId[qid].text; });
    if (decided(cq, kind, lead)[0] === "none") return recommendNone(cq, lead, kind, unknown);
    var conf = confidence(cq, lead, rivals, unknown);
    var why = [];
    if (kind === "model") {
      why.push(say(cq, "model", { name: lead.name, ranking: terms.ranking, fit: fit(lead.score), range: spread(cq, lead) }));
    } else {
      why.push(say(cq, "alternative", { name: lead.name, fit: fit(lead.score), range: spread(cq, lead),
                                        alternative_one: terms.alternative_one || "alternative" }));
      why.push(model ? say(cq, "alternative_beats", { ranking_one: terms.ranking_one, other: model.name,
                                                      other_fit: fit(model.score) })
                     : say(cq, "alternative_all_out", { ranking_one: terms.ranking_one }));
    }
    if (rivals.length) {
      var gap = lead.score - rivals[0].score;
      why.push(ahead(gap) ? say(cq, "lead", { other: rivals[0].name, gap: margin(gap) })
                           : say(cq, "level", { other: rivals[0].name }));
    }
    if (kind === "alternative" && d.quote) why.push(say(cq, "alternative_quote", { quote: d.quote }));
    why = why.concat(leadReasons(cq, lead));
    return { kind: kind, id: idOf(lead), name: lead.name, fit: lead.score, low: lead.low, high: lead.high,
             confidence: conf[0], why: why, confidence_why: conf[1], instead: consider(cq, kind, lead, rivals, alt, model),
             runner_up: rivals.length ? brief(rivals[0]) : null, threshold: d.well };
  }

  function confidence(cq, lead, rivals, unknown) {
    // [confidence, why]: why holds the sentence and what it names (explain adds the questions, once the changes are known)
    var d = cq.decision, rival = null;
    if (rivals.length) { rival = brief(rivals[0]); rival.gap = lead.score - rivals[0].score; }
    var why = function (extra) { return Object.assign({ rival: rival, rivals: [], questions: [] }, extra); };
    if (lead.may_be_excluded && lead.may_be_excluded.length) {
      var m = lead.may_be_excluded[0];
      return ["uncertain", why({ rule: m.condition,
                                 text: say(cq, "uncertain_rule", { condition: m.condition, reason: sentence(m.reason) }) })];
    }
    var ahead = rivals.filter(function (r) { return r.high > lead.low; }).map(function (r) { return r.name; });
    if (unknown.length && ahead.length) {
      return ["uncertain", why({ rivals: ahead, questions: unknown.slice(),
                                 text: say(cq, "uncertain_unknown", { count: countText(cq, unknown.length),
                                                                      others: names(cq, ahead, 3) }) })];
    }
    if (rival && rival.gap <= d.close) {
      return ["close", why({ text: say(cq, "close", { other: rival.name, gap: margin(rival.gap) }) })];
    }
    return ["clear", why({ text: say(cq, "clear", { close: g(d.close) }) })];
  }

  function names(cq, list, shown) {
    var more = list.length - shown;
    return list.slice(0, shown).join(", ") + (more > 0 ? say(cq, "and_more", { count: more }) : "");
  }

  function explain(cq, rec) {
    // recommendation.explain: an uncertain decision names the "don't know" answers that could change it
    var why = rec.confidence_why;
    if (rec.kind === "none" || !why.rivals.length) return why;
    var named = [];
    rec.changes.forEach(function (c) {
      if (c.answer === cq.answer_words.dont_know && named.indexOf(c.question_text) < 0) named.push(c.question_text);
    });
    if (!named.length) named = why.questions;
    var quoted = named.map(function (t) { return say(cq, "quoted", { text: t }); });
    return Object.assign({}, why, { questions: named, text: say(cq, "uncertain_named", {
      others: names(cq, why.rivals, 3), questions: names(cq, quoted, cq.decision.find_out) }) });
  }

  function leadReasons(cq, lead) {
    var out = [], seen = Object.create(null);
    for (var i = 0; i < lead.reasons.length && out.length < cq.decision.reasons; i++) {
      var r = lead.reasons[i], key = r.question + "\u0000" + JSON.stringify(r.answer);
      if (r.points <= 0 || seen[key]) continue;
      seen[key] = true;
      out.push(say(cq, "reason", { question: r.question_text, answer: r.answer_label, reason: sentence(r.reason) }));
    }
    return out;
  }

  function consider(cq, kind, lead, rivals, alt, model) {
    var d = cq.decision;
    var close = rivals.slice(0, 2).filter(function (r) { return lead.score - r.score <= d.close; });
    var out = close.map(function (r) { return say(cq, "consider_close", { other: r.name, fit: fit(r.score) }); });
    var named = function (r) { return close.indexOf(r) < 0; };
    if (kind === "model" && alt && alt.score >= d.well && named(alt)) {
      out.push(say(cq, "consider_alternative", { other: alt.name, fit: fit(alt.score) }));
    }
    if (kind === "alternative" && model && model.score >= d.well && named(model)) {
      out.push(say(cq, "consider_model", { other: model.name, ranking: d.terms.ranking, fit: fit(model.score) }));
    }
    return out;
  }

  function recommendNone(cq, lead, kind, unknown) {
    var d = cq.decision;
    var why = [lead ? say(cq, "none", { name: lead.name, fit: fit(lead.score), range: spread(cq, lead), well: g(d.well) })
                    : say(cq, "none_all_out", {})];
    if (unknown.length) why.push(say(cq, "none_unknown", { count: countText(cq, unknown.length) }));
    var instead = unknown.slice(0, d.find_out).map(function (t) { return say(cq, "find_out", { question: t }); });
    if (lead) instead.push(say(cq, "then_check", { other: lead.name, fit: fit(lead.score) }));
    if (!unknown.length) instead.push(say(cq, "revisit", {}));
    var closest = null;
    if (lead) { closest = brief(lead); closest.kind = kind; }
    return { kind: "none", id: null, name: null, fit: null, low: null, high: null, confidence: "uncertain",
             why: why, instead: instead,
             confidence_why: { text: say(cq, "uncertain_none", {}), rival: null, rivals: [], questions: unknown.slice() },
             closest: closest, threshold: d.well };
  }

  function bestOf(cq, ids, fit, excluded, key) {
    var best = null;
    ids.forEach(function (t) {
      if (excluded.has(t)) return;
      var f = fit[cq.targetIndex[t]];
      if (best === null || f > best.score) { best = { score: f }; best[key] = t; }
    });
    return best;
  }

  function runnerUp(cq, ids, fit, excluded, lead) {
    // scalar.runner_up, as turning_points uses it: [id, fit] of the best option other than lead still standing, lowest index on ties
    var best = null;
    ids.forEach(function (t) {
      if (t === lead || excluded.has(t)) return;
      var f = fit[cq.targetIndex[t]];
      if (best === null || f > best[1]) best = [t, f];
    });
    return best;
  }

  function turningText(cq, entry) {
    // turning_points._text
    var head = changeHead(cq, entry);
    if (entry.kind === "none") return head + say(cq, "becomes_none", {});
    if (entry.runner_up === null) return head + say(cq, "becomes", { name: entry.name, fit: fit(entry.fit) });
    return head + say(cq, ahead(entry.margin) ? "becomes_ahead" : "becomes_level", {
      name: entry.name, fit: fit(entry.fit), other: cq.names[entry.runner_up], margin: margin(entry.margin) });
  }

  function turningPoints(cq, answerSets, labels, rec) {
    // every single change of one respondent's answer, decided again on everyone's mean fits
    // (assess/engine/turning_points.py: respondent by respondent, question by question)
    var base = answerSets.map(function (values) { var s = state(cq, values); return { s: s, fit: fits(s)[0] }; });
    var total = cq.targets.map(function (_, t) {
      var sum = 0;
      base.forEach(function (b) { sum += b.fit[t]; });
      return sum;
    });
    var out = [];
    base.forEach(function (b, i) {
      b.s.known.forEach(function (value, qid) {
        var q = cq.byId[qid];
        if (!SCORED[q.type]) return;
        alternativesFor(q, value).forEach(function (alt) {
          var entry = turningPoint(cq, answerSets, base, i, total, rec, q, value, alt);
          if (entry === null) return;
          if (base.length > 1) entry.respondent = labels[i];
          entry.text = turningText(cq, entry);
          out.push(entry);
        });
      });
    });
    // the largest lead first (over the best option still standing after the change); stable: question order
    var lead = function (e) { return e.margin === null ? -1 : e.margin; };
    return out.map(function (e, i) { return [e, i]; })
      .sort(function (a, b) { return (lead(b[0]) - lead(a[0])) || (a[1] - b[1]); })
      .map(function (x) { return x[0]; });
  }

  function turningPoint(cq, answerSets, base, i, total, rec, q, value, alt) {
    // respondent i's answer to q changed as `alt`, when it decides otherwise (else null)
    var changed = copyValues(answerSets[i]), alts = cq.decision.instead ? cq.alternatives : [];
    changed[q.id] = alt[1];
    var s2 = state(cq, changed), own = fits(s2)[0], n = base.length;
    var fit = cq.targets.map(function (_, t) { return (total[t] - base[i].fit[t] + own[t]) / n; });
    var out = new Map();          // ruled out for every respondent
    cq.targets.forEach(function (t) {
      if (base.every(function (b, k) { return (k === i ? s2 : b.s).excluded.has(t); })) out.set(t, true);
    });
    var picked = choose(bestOf(cq, cq.ranking, fit, out, "model"), bestOf(cq, alts, fit, out, "id"));
    var now = decided(cq, picked[0], picked[1]);
    if (now[0] === rec.kind && now[1] === rec.id) return null;
    var runner = now[1] ? runnerUp(cq, cq.ranking.concat(alts), fit, out, now[1]) : null;
    return { question: q.id, question_text: q.text, answer: answerLabel(q, value), change: alt[2],
             option_label: alt[3], kind: now[0], id: now[1], name: now[1] ? cq.names[now[1]] : null,
             fit: now[1] ? picked[1].score : null, runner_up: runner ? runner[0] : null,
             margin: runner ? picked[1].score - runner[1] : null };
  }

  function decide(cq, result, values) {
    return decideMany(cq, result, [values], ["respondent"]);
  }

  function decideMany(cq, result, answerSets, labels) {
    // the recommendation on the (mean) result, and what would change it, naming whose answer when several
    var rec = recommend(cq, result);
    rec.changes = turningPoints(cq, answerSets, labels, rec);
    rec.confidence_why = explain(cq, rec);
    return rec;
  }

  Object.assign(M, { changeText: changeText, decide: decide, decideMany: decideMany, recommend: recommend });
})(typeof window !== "undefined" ? window : globalThis);
