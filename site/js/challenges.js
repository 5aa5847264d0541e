/* Check and challenge: mirrors assess/engine/challenges.py (each question raised with the rank of its reason) and
 * assess/engine/priorities.py (ordered by that rank, merged, phrased), with variants.protect. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var BARRIER_MODELS = M.BARRIER_MODELS, DONT_KNOW = M.DONT_KNOW, check = M.check, fill = M.fill, has = M.has,
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

  function setsOf(known) {
    // one respondent's applicable answers (a Map), or every respondent's (an array of them)
    return Array.isArray(known) ? known : [known];
  }

  function protect(cq, known) {
    // the five features of general practice, when any respondent's answers meet the practice_change role
    var role = cq.roles.practice_change;
    if (!role || !setsOf(known).some(function (k) { return check(role.when, k) === true; })) return [];
    return cq.decision.priorities.protect.map(function (f) {
      return { theme: cq.decision.raised.protect, text: f.text, cite: f.cite, why: f.why, question: null,
               rank: "protect" };
    });
  }

  function boardQuestion(p, text, key) {
    // a statement of the sources as a question the board can put (priorities.ASK, by the rank's ASKED)
    text = text.trim();
    if (text.indexOf("?") >= 0) return text;
    return fill(p.ask[p.asked[key]], { statement: text.replace(/\.+$/, "").trim() });
  }

  function prioritise(cq, list) {
    // the challenges (each with its rank, from `challenges`) in rank order, near-duplicates merged
    var p = cq.decision.priorities, stop = Object.create(null), order = Object.create(null), reasons = {};
    p.stop.forEach(function (w) { stop[w] = true; });
    p.ranks.forEach(function (r, i) { order[r[0]] = i; reasons[r[0]] = r[1]; });
    var ranked = [], seenInRank = Object.create(null);
    list.forEach(function (c, i) {
      var slot = c.rank + "\u0000" + c.theme;
      seenInRank[slot] = has(seenInRank, slot) ? seenInRank[slot] + 1 : 0;
      ranked.push([order[c.rank], seenInRank[slot], i, c.rank, c]);
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
      out.push({ theme: c.theme, text: boardQuestion(p, c.text, key), rank: key, why: why, question: c.question,
                 cites: c.cite ? [c.cite] : [], words: ws });
    });
    return out.map(function (c, i) { delete c.words; c.priority = i + 1; return c; });
  }

  /* ------------------------------------------------------------ check and challenge (assess/engine/challenges.py) */

  function disagreements(cq, result, addOne) {
    // a question for each answer respondents gave differently, and the question's own challenge
    var w = cq.decision.disagreement;
    (result.disagreements || []).forEach(function (d) {
      var views = d.answers.map(function (a) { return fill(w.view, { respondent: a.respondent, answer: a.answer }); });
      addOne("disagreement", w.theme, fill(w.text, { question: d.question_text, views: views.join("; ") }), null,
             w.why, d.question);
      var own = cq.byId[d.question].challenge;
      if (own) addOne("disagreement", w.theme, own.text, own.cite, fill(w.own_why, { question: d.question_text }), d.question);
    });
  }

  function challenges(cq, result, known, rec) {
    // every question raised for a result, each with the rank of its reason (priorities.RANKS); known: the
    // applicable answers of one respondent (a Map) or of each respondent (an array of Maps)
    var p = cq.decision.priorities, stop = Object.create(null), out = [], seen = Object.create(null);
    p.stop.forEach(function (w) { stop[w] = true; });
    function addOne(rank, theme, text, cite, why, question, origin) {
      // origin: where a challenge the page shows without its source comes from ({guide} or {model}), so the
      // paper can cite it (render.js withSources)
      if (seen[text]) return;
      seen[text] = true;
      out.push({ theme: theme, text: text, cite: cite || null, why: why, question: question || null, rank: rank,
                 origin: origin || null });
    }
    dontKnows(cq, result, known, rec, stop, seen, addOne);
    disagreements(cq, result, addOne);
    cq.challenges.forEach(function (c) {
      if (c.when === null || setsOf(known).some(function (k) { return check(c.when, k) === true; })) {
        addOne(c.when ? "answers" : "always", c.theme, c.text, c.cite,
               c.when ? cq.decision.raised.why_answers : cq.decision.raised.why_always);
      }
    });
    leaders(cq, result, known, rec, stop, addOne);
    return out.concat(protect(cq, known));
  }

  function dontKnows(cq, result, known, rec, stop, seen, addOne) {
    // the Quick Guide's prompts and the question's challenge for each "don't know": first when it could change
    // the recommendation; a prompt an answered question settles is left out
    var sensitive = Object.create(null), settled = cq.decision.priorities.settled, R = cq.decision.raised;
    (rec.changes || []).forEach(function (c) { sensitive[c.question] = true; });
    var answered = cq.questions.filter(function (q) {
      return setsOf(known).some(function (k) { var v = k.get(q.id); return v !== undefined && v !== DONT_KNOW; });
    }).map(function (q) { return wordSet(q.text, stop); });
    result.dont_know.forEach(function (qid) {
      var q = cq.byId[qid], rank = sensitive[qid] ? "sensitive" : "unknown";
      var why = fill(R.why_dont_know, { question: q.text });
      if (q.quick_guide && has(cq.quick_guide, q.quick_guide)) {
        var g = cq.quick_guide[q.quick_guide];
        g.prompts.forEach(function (prompt) {
          var ws = wordSet(prompt, stop), n = Object.keys(ws).length;
          if (n && answered.some(function (a) { return common(ws, a) / n >= settled; })) {
            seen[prompt] = true;
            return;
          }
          addOne(rank, fill(R.quick_guide, { number: g.number, title: g.title }), prompt, null, why, qid,
                 { guide: g.number });
        });
      }
      if (q.challenge) addOne(rank, R.open, q.challenge.text, q.challenge.cite, why, qid);
    });
  }

  function leaders(cq, result, known, rec, stop, addOne) {
    // the leading model's business-case issues and the leading models' barriers: first a barrier of the
    // recommended model that shares words with a known risk chosen (the known_risks role)
    var top = result.ranking.filter(function (r) { return !r.excluded; }).slice(0, BARRIER_MODELS);
    var R = cq.decision.raised;
    if (top.length && has(cq.models, top[0].model)) {
      var model = cq.models[top[0].model];
      ["finances", "leadership", "strategy"].forEach(function (part) {
        model.business_case[part].forEach(function (text) {
          addOne("business-case", fill(R.business_case, { model: model.name, part: part }), text, null,
                 R.why_business_case, null, { model: top[0].model });
        });
      });
    }
    var risks = chosenRisks(cq, known).map(function (r) { return wordSet(r, stop); });
    top.forEach(function (leader) {
      if (!has(cq.models, leader.model)) return;
      var m = cq.models[leader.model], mine = rec.kind === "model" && rec.id === leader.model;
      m.barriers.forEach(function (text) {
        var ws = wordSet(text, stop);
        var live = mine && risks.some(function (r) { return common(ws, r) >= cq.decision.priorities.live; });
        addOne(live ? "live-barrier" : "barrier", fill(R.barriers, { model: m.name }), text, null, R.why_barrier, null,
               { model: leader.model });
      });
    });
  }

  function chosenRisks(cq, known) {
    // the labels of the known risks any respondent chose (the questionnaire's known_risks role; none without it)
    var role = cq.roles.known_risks, q = role ? cq.byId[role.question] : null, out = [];
    if (q) {
      setsOf(known).forEach(function (k) {
        var chosen = k.get(q.id);
        if (Array.isArray(chosen)) chosen.forEach(function (o) { out.push(optionLabel(q, o)); });
      });
    }
    return out;
  }

  Object.assign(M, { challenges: challenges, prioritise: prioritise });
})(typeof window !== "undefined" ? window : globalThis);
