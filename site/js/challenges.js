/* Check and challenge: mirrors assess/engine/challenges.py and assess/engine/priorities.py (with variants.protect). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var BARRIER_MODELS = M.BARRIER_MODELS, DONT_KNOW = M.DONT_KNOW, check = M.check, has = M.has,
      optionLabel = M.optionLabel;

  /* ------------------------------------------------------------ priorities (assess/engine/priorities.py, variants.protect) */

  function wordSet(text, stop) {
    var out = Object.create(null);
    (text.toLowerCase().match(/[a-z]+/g) || []).forEach(function (w) { if (w.length > 3 && !stop[w]) out[w] = true; });
    return out;
  }

  function common(a, b) {
    var n = 0;
    Object.keys(a).forEach(function (w) { if (b[w]) n += 1; });
    return n;
  }

  function jaccard(a, b) {
    var n = Object.keys(a).length, m = Object.keys(b).length;
    if (!n || !m) return 0;
    var c = common(a, b);
    return c / (n + m - c);
  }

  function protect(cq, known) {
    // the five features of general practice, when practices' contracts or identity would change
    var p = cq.decision.priorities, scope = known.get("scope");
    if (!Array.isArray(scope) || scope.indexOf("general-practice") < 0) return [];
    var changes = Object.keys(p.practice_change).some(function (qid) {
      return p.practice_change[qid].indexOf(known.get(qid)) >= 0;
    });
    if (!changes) return [];
    return p.protect.map(function (f) {
      return { theme: "General practice to protect", text: f.text, cite: f.cite, why: f.why, question: null };
    });
  }

  function boardQuestion(text, key) {
    text = text.trim();
    if (text.indexOf("?") >= 0) return text;
    var body = text.replace(/\.+$/, "").trim();
    if (key === "barrier" || key === "live-barrier") return body + ": what is our plan for this?";
    if (key === "business-case") return body + ": does our business case show this?";
    return body + ": have we settled this?";
  }

  function rankOf(c, sensitive, risks, recommended, stop, live) {
    var theme = c.theme, why = c.why || "";
    if (c.question && sensitive[c.question] && why.indexOf("don't know") >= 0) return "sensitive";
    if (theme === "Where respondents disagree") return "disagreement";
    if (theme.indexOf("Barriers to ") === 0) {
      var mine = recommended !== null && theme === "Barriers to " + recommended;
      var ws = wordSet(c.text, stop);
      if (mine && risks.some(function (r) { return common(ws, wordSet(r, stop)) >= live; })) return "live-barrier";
      return "barrier";
    }
    if (why.indexOf("don't know") >= 0) return "unknown";
    if (theme === "General practice to protect") return "protect";
    if (theme.indexOf("Business case for ") === 0) return "business-case";
    if (why === "applies to every assessment") return "always";
    return "answers";
  }

  function prioritise(cq, list, known, rec) {
    var p = cq.decision.priorities, stop = Object.create(null), order = Object.create(null), reasons = {};
    p.stop.forEach(function (w) { stop[w] = true; });
    p.ranks.forEach(function (r, i) { order[r[0]] = i; reasons[r[0]] = r[1]; });
    var sensitive = Object.create(null);
    (rec.changes || []).forEach(function (c) { sensitive[c.question] = true; });
    var risksQ = cq.byId["known-risks"], chosenRisks = known.get("known-risks");
    var risks = risksQ && Array.isArray(chosenRisks) ? chosenRisks.map(function (o) { return optionLabel(risksQ, o); }) : [];
    var answered = cq.questions.filter(function (q) {
      var v = known.get(q.id);
      return v !== undefined && v !== DONT_KNOW;
    }).map(function (q) { return wordSet(q.text, stop); });
    var recommended = rec.kind === "model" && has(cq.models, rec.id) ? cq.models[rec.id].name : null;
    var ranked = [], seenInRank = Object.create(null);
    list.forEach(function (c, i) {
      if (c.theme.indexOf("Quick Guide") === 0) {
        var ws = wordSet(c.text, stop), n = Object.keys(ws).length;
        if (n && answered.some(function (a) { return common(ws, a) / n >= p.settled; })) return;
      }
      var key = rankOf(c, sensitive, risks, recommended, stop, p.live);
      var slot = key + "\u0000" + c.theme;
      seenInRank[slot] = has(seenInRank, slot) ? seenInRank[slot] + 1 : 0;
      ranked.push([order[key], seenInRank[slot], i, key, c]);
    });
    ranked.sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]) || (a[2] - b[2]); });
    var out = [];
    ranked.forEach(function (r) {
      var key = r[3], c = r[4], ws = wordSet(c.text, stop);
      var twin = null;
      for (var k = 0; k < out.length && twin === null; k++) if (jaccard(ws, out[k].words) >= p.same) twin = out[k];
      if (twin) {
        if (c.cite && twin.cites.indexOf(c.cite) < 0) twin.cites.push(c.cite);
        return;
      }
      var why = reasons[key];
      if ((key === "sensitive" || key === "unknown" || key === "disagreement") && c.why) why += " (" + c.why + ")";
      out.push({ theme: c.theme, text: boardQuestion(c.text, key), rank: key, why: why, question: c.question,
                 cites: c.cite ? [c.cite] : [], words: ws });
    });
    return out.map(function (c, i) { delete c.words; c.priority = i + 1; return c; });
  }

  /* ------------------------------------------------------------ check and challenge (assess/engine/challenges.py) */

  function challenges(cq, result, known) {
    var out = [], seen = Object.create(null);
    function addOne(theme, text, cite, why, question) {
      if (seen[text]) return;
      seen[text] = true;
      out.push({ theme: theme, text: text, cite: cite || null, why: why, question: question || null });
    }
    result.dont_know.forEach(function (qid) {
      var q = cq.byId[qid];
      var why = "answered \u201cdon't know\u201d: " + q.text;
      if (q.quick_guide && has(cq.quick_guide, q.quick_guide)) {
        var g = cq.quick_guide[q.quick_guide];
        g.prompts.forEach(function (p) { addOne("Quick Guide " + g.number + ": " + g.title, p, null, why, qid); });
      }
      if (q.challenge) addOne("Open questions", q.challenge.text, q.challenge.cite, why, qid);
    });
    cq.challenges.forEach(function (c) {
      if (c.when === null || check(c.when, known) === true) {
        addOne(c.theme, c.text, c.cite, c.when ? "applies to the answers given" : "applies to every assessment");
      }
    });
    var leaders = result.ranking.filter(function (r) { return !r.excluded; }).slice(0, BARRIER_MODELS);
    if (leaders.length && has(cq.models, leaders[0].model)) {
      var model = cq.models[leaders[0].model];
      ["finances", "leadership", "strategy"].forEach(function (part) {
        model.business_case[part].forEach(function (text) {
          addOne("Business case for " + model.name + ": " + part, text, null, "key issue of the leading model's business case");
        });
      });
    }
    leaders.forEach(function (leader) {
      if (!has(cq.models, leader.model)) return;
      var m = cq.models[leader.model];
      m.barriers.forEach(function (text) {
        addOne("Barriers to " + m.name, text,
               null, "a barrier the support pack records for a leading model");
      });
    });
    return out;
  }

  Object.assign(M, { challenges: challenges, prioritise: prioritise, protect: protect });
})(typeof window !== "undefined" ? window : globalThis);
