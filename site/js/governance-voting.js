/* A provider network's voting rules: assess/governance/voting.py analyse() -- the JSON of `assess vote --json`,
 * with the rules' outcomes, voting power and cautions. Every sentence is filled from the data the site build
 * writes (assess/site/governance_data.py, from assess/governance/wording.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var B = BigInt, F = G, frac = G.frac, range = G.range;
  G.data = global.careModelsGovernance;

  function say(key, values) {
    // wording.py say(): every value the sentence names must be given
    return NS.engine.fill(G.data.sentences[key], values);
  }

  function caution(cid, key, values) {
    // network.py caution(): as Caution.as_dict gives it
    var part = G.data.cautions[cid], out = { id: cid, text: say(key || cid, values || {}) };
    if (part[0] === "source") out.source = { doc: G.data.sources[part[1]][0], where: G.data.sources[part[1]][1] };
    else { out.derived = true; out.rationale = part[1]; }
    return out;
  }

  function percent(share) {
    // voting.py _percent
    return F.fixed(F.toFloat(share) * 100, 1).replace(/\.0$/, "") + "%";
  }

  function member(network, id) { return network.members.filter(function (m) { return m.id === id; })[0]; }

  function names(network, ids) {
    var list = ids.map(function (i) { return member(network, i).name; });
    return list.length === 1 ? list[0] : list.slice(0, -1).join(", ") + " and " + list[list.length - 1];
  }

  function typePlural(type) { return G.data.member_types[type] + "s"; }

  function notVoting(network, decision) {
    // network.py Network.not_voting: [member, reason]
    var out = [];
    network.members.forEach(function (m) {
      if (decision.excluded.indexOf(m.id) >= 0) out.push([m, say("excluded", {})]);
      else if (m.type === "service-user-representative" && network.service_users === "advise") out.push([m, say("advises", {})]);
    });
    return out;
  }

  function voters(network, decision) {
    var silent = notVoting(network, decision).map(function (x) { return x[0].id; });
    return network.members.filter(function (m) { return silent.indexOf(m.id) < 0; });
  }

  function weightOf(m, weighting) {
    return weighting === "even" ? frac(1) : weighting === "investment" ? m.investment : m.risk_share;
  }

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  function gameOf(network, decision) {
    // voting.py game_of: the rule as a game over its voters, weights scaled to whole numbers
    var vs = voters(network, decision);
    if (decision.rule === "veto") {
      return { game: { weights: vs.map(function () { return 1; }), quota: vs.length, groups: [] }, voters: vs,
               weights: vs.map(function () { return frac(1); }) };
    }
    var weights = vs.map(function (m) { return weightOf(m, decision.weighting); });
    var scale = weights.reduce(function (s, w) { return s * w.d / F.gcd(s, w.d); }, 1n);
    var ints = weights.map(function (w) { return w.n * scale / w.d; });
    var common = ints.reduce(function (g, w) { return F.gcd(g, w); }, 0n);
    ints = ints.map(function (w) { return w / common; });
    var total = ints.reduce(function (a, b) { return a + b; }, 0n), quota;
    if (decision.threshold === null) quota = total / 2n + 1n;
    else {
      var t = F.mul(decision.threshold, frac(total, 100));
      quota = t.n / t.d + (t.n % t.d ? 1n : 0n);            // ceil
    }
    var index = {};
    vs.forEach(function (m, i) { index[m.id] = i; });
    var groups = [];
    if (decision.vetoes.length) groups.push([decision.vetoes.map(function (v) { return index[v]; }), decision.vetoes.length]);
    unique(decision.type_majority.concat(decision.require_types)).forEach(function (type) {
      var members = range(vs.length).filter(function (i) { return vs[i].type === type; });
      groups.push([members, decision.type_majority.indexOf(type) >= 0 ? Math.floor(members.length / 2) + 1 : 1]);
    });
    return { game: { weights: ints.map(Number), quota: Number(quota), groups: groups }, voters: vs, weights: weights };
  }

  function voteNeeded(decision) {
    if (decision.rule === "veto") return say("needed veto", {});
    if (decision.threshold === null) return say("needed half", {});
    return say("needed threshold", { percent: percent(F.div(decision.threshold, frac(100))) });
  }

  function ruleText(decision) { return say("rule " + decision.rule, { needed: voteNeeded(decision) }); }

  function needsText(decision, game) {
    var n = String(game.weights.length);
    if (decision.rule === "veto") return say("needs veto", { n: n });
    if (decision.weighting === "even") return say("needs even", { needed: voteNeeded(decision), quota: String(game.quota), n: n });
    return say("needs weighted", { needed: voteNeeded(decision), weighting: decision.weighting });
  }

  function conditionsText(network, decision) {
    var out = [];
    if (decision.vetoes.length) out.push(say("condition veto", { names: names(network, decision.vetoes) }));
    decision.type_majority.forEach(function (type) {
      var count = voters(network, decision).filter(function (m) { return m.type === type; }).length;
      out.push(say("condition type majority", { types: typePlural(type), need: String(Math.floor(count / 2) + 1), count: String(count) }));
    });
    if (decision.every_type) {
      out.push(say("condition every type", { types: decision.require_types.map(function (t) { return G.data.member_types[t]; }).join(", ") }));
    } else {
      decision.require_types.forEach(function (t) {
        if (decision.type_majority.indexOf(t) < 0) out.push(say("condition type", { type: G.data.member_types[t] }));
      });
    }
    return out;
  }

  function outcome(network, decision, inFavour) {
    // voting.py outcome(): whether a proposal supported by `inFavour` passes, and why
    var r = gameOf(network, decision), game = r.game, ids = r.voters.map(function (m) { return m.id; });
    var yes = range(ids.length).filter(function (i) { return inFavour.indexOf(ids[i]) >= 0; });
    var passes = G.wins(game, yes), weightFor = F.sum(yes.map(function (i) { return r.weights[i]; }));
    var share = F.div(weightFor, F.sum(r.weights));
    var weightOk = yes.reduce(function (a, i) { return a + B(game.weights[i]); }, 0n) >= B(game.quota);
    var reasons = [say("reason vote", { share: percent(share), needs: needsText(decision, game),
                                        verdict: say(weightOk ? "reason vote enough" : "reason vote short", {}) })];
    decision.vetoes.forEach(function (v) {
      reasons.push(say(inFavour.indexOf(v) >= 0 ? "reason veto for" : "reason vetoed", { name: member(network, v).name }));
    });
    unique(decision.type_majority.concat(decision.require_types)).forEach(function (type) {
      var ofType = r.voters.filter(function (m) { return m.type === type; });
      var need = decision.type_majority.indexOf(type) >= 0 ? Math.floor(ofType.length / 2) + 1 : 1;
      var got = ofType.filter(function (m) { return inFavour.indexOf(m.id) >= 0; }).length;
      reasons.push(say("reason types", { got: String(got), count: String(ofType.length), types: typePlural(type),
                                         need: String(need), verdict: say(got >= need ? "reason types met" : "reason types short", {}) }));
    });
    if (decision.rule === "veto") {
      r.voters.forEach(function (m) { if (inFavour.indexOf(m.id) < 0) reasons.push(say("reason vetoed", { name: m.name })); });
    }
    var decisive = passes
      ? yes.filter(function (i) { return !G.wins(game, yes.filter(function (j) { return j !== i; })); })
      : range(ids.length).filter(function (i) { return yes.indexOf(i) < 0 && G.wins(game, yes.concat([i])); });
    return { passes: passes, weight_for: F.jsonNumber(weightFor), share_for: F.jsonNumber(share), reasons: reasons,
             decisive: decisive.map(function (i) { return ids[i]; }),
             not_counted: inFavour.filter(function (id) { return ids.indexOf(id) < 0; }) };
  }

  Object.assign(G, { caution: caution, conditionsText: conditionsText, gameOf: gameOf, member: member, names: names,
      needsText: needsText, notVoting: notVoting, outcome: outcome, percent: percent, ruleText: ruleText, say: say,
      voters: voters });
})(typeof window !== "undefined" ? window : globalThis);
