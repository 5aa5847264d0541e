/* The whole analysis of a provider network: assess/governance/voting.py analyse(), _decision(),
 * decision_cautions() and network_cautions() -- the JSON `assess vote --json` prints, with the same keys. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var F = G, frac = G.frac, range = G.range, say = G.say, caution = G.caution;

  function coalitions(found, ids) {
    return { count: Number(found.count),
             coalitions: found.listed === null ? null : found.listed.map(function (c) { return c.map(function (i) { return ids[i]; }); }) };
  }

  function tooComplex(network, decision, e) {
    // voting.py: the InputError for a rule whose power cannot be computed exactly
    var err = new Error(say("too complex", { decision: decision.id, detail: e.message }));
    err.file = network.file;
    err.hint = say("too complex hint", { weighting: decision.weighting });
    return err;
  }

  function figures(network, decision) {
    var r = G.gameOf(network, decision), limit = G.data.list_limit;
    try {
      return { r: r, power: G.power(r.game), winning: G.minimalWinning(r.game, limit), blocking: G.minimalBlocking(r.game, limit) };
    } catch (e) {
      if (e instanceof G.TooComplex) throw tooComplex(network, decision, e);
      throw e;
    }
  }

  function voterRows(f, ids, vetoes, dictators, nulls) {
    var total = F.sum(f.r.weights);
    return range(ids.length).map(function (i) {
      var b = f.power.banzhaf[i], ss = f.power.shapley_shubik[i];
      return { member: ids[i], weight: F.jsonNumber(f.r.weights[i]), weight_share: F.jsonNumber(F.div(f.r.weights[i], total)),
               swings: Number(f.power.swings[i]), banzhaf: F.jsonNumber(b), banzhaf_exact: F.str(b),
               shapley_shubik: F.jsonNumber(ss), shapley_shubik_exact: F.str(ss), veto: vetoes.indexOf(i) >= 0,
               dictator: dictators.indexOf(i) >= 0, "null": nulls.indexOf(i) >= 0 };
    });
  }

  function decisionResult(network, decision, inFavour) {
    // voting.py _decision
    var f = figures(network, decision), game = f.r.game, ids = f.r.voters.map(function (m) { return m.id; });
    var vetoes = G.vetoPlayers(game), dictators = G.dictators(game);
    var nulls = range(ids.length).filter(function (i) { return f.power.swings[i] === 0n; });
    var ease = frac(f.power.winning, 1n << BigInt(ids.length)), pick = function (i) { return ids[i]; };
    return {
      id: decision.id, name: decision.name, description: decision.description, rule: decision.rule,
      rule_text: G.ruleText(decision), weighting: decision.weighting,
      weighting_text: G.data.weighting_text[decision.rule === "veto" ? "even" : decision.weighting],
      threshold_percent: F.jsonNumber(decision.threshold), needs: G.needsText(decision, game),
      conditions: G.conditionsText(network, decision),
      quota: { weight: game.quota, total: game.weights.reduce(function (a, b) { return a + b; }, 0) },
      voters: voterRows(f, ids, vetoes, dictators, nulls),
      not_voting: G.notVoting(network, decision).map(function (x) { return { member: x[0].id, reason: x[1] }; }),
      veto_players: vetoes.map(pick), dictators: dictators.map(pick), null_players: nulls.map(pick),
      ease_of_passing: F.jsonNumber(ease), ease_of_passing_exact: F.str(ease),
      minimal_winning: coalitions(f.winning, ids), minimal_blocking: coalitions(f.blocking, ids),
      outcome: inFavour === null ? null : G.outcome(network, decision, inFavour),
      warnings: decisionCautions(network, decision, game, f.r.voters, f.power)
    };
  }

  function decisionCautions(network, decision, game, voters, power) {
    // voting.py decision_cautions
    var out = [];
    if (decision.rule === "veto") {
      out.push(caution("gridlock"));
      if (decision.weighting !== "even") out.push(caution("weighting-ignored", null, { weighting: decision.weighting }));
      return out;
    }
    if (decision.weighting === "investment") out.push(caution("investment-weighting"));
    var dictators = G.dictators(game), vetoes = G.vetoPlayers(game);
    dictators.forEach(function (i) { out.push(caution("dictator", null, { weighting: decision.weighting, name: voters[i].name })); });
    voters.forEach(function (m, i) {
      if (game.weights[i] >= game.quota && !G.wins(game, [i])) out.push(caution("alone-has-weight", null, { name: m.name }));
    });
    vetoes.forEach(function (i) {
      if (dictators.indexOf(i) < 0 && decision.vetoes.indexOf(voters[i].id) < 0) {
        out.push(caution("effective-veto", null, { name: voters[i].name }));
      }
    });
    if (decision.vetoes.length) out.push(caution("named-veto", null, { names: G.names(network, decision.vetoes) }));
    var silent = voters.filter(function (m, i) { return power.swings[i] === 0n; });
    silent.forEach(function (m) {
      if (m.type === "service-user-representative") out.push(caution("service-users-powerless", null, { name: m.name }));
    });
    var others = silent.filter(function (m) { return m.type !== "service-user-representative"; }).map(function (m) { return m.id; });
    if (others.length) {
      out.push(caution("never-decisive", others.length > 1 ? "never-decisive many" : null, { names: G.names(network, others) }));
    }
    var t = decision.threshold;
    if (t !== null && F.cmp(t, frac(50)) <= 0) {
      var hint = F.cmp(t, frac(1)) <= 0 ? say("threshold-too-low hint", { percent: G.percent(t) }) : "";
      out.push(caution("threshold-too-low", null, { percent: G.percent(F.div(t, frac(100))), hint: hint }));
    }
    return out;
  }

  function networkCautions(network) {
    // voting.py network_cautions
    var out = [], types = network.members.map(function (m) { return m.type; });
    if (!types.some(function (t) { return G.data.primary_care.indexOf(t) >= 0; })) out.push(caution("no-gp-member"));
    if (types.indexOf("social-care") < 0) out.push(caution("no-social-care"));
    if (network.service_users === null && types.indexOf("service-user-representative") < 0) out.push(caution("service-users-no-role"));
    var leave = network.right_to_leave;
    if (leave === null) out.push(caution("right-to-leave-unstated"));
    else if (leave.allowed && !leave.penalties.length) {
      out.push(caution("leave-without-penalty", null, { penalties: ["lose-investment", "lose-say", "lose-goodwill"]
        .map(function (p) { return G.data.penalties[p]; }).join(", ") }));
    }
    var shares = network.members.filter(function (m) { return m.risk_share !== null; }).map(function (m) { return m.risk_share; });
    if (shares.length && F.cmp(F.sum(shares), frac(100)) !== 0) {
      out.push(caution("risk-shares-total", null, { percent: G.percent(F.div(F.sum(shares), frac(100))) }));
    }
    return out;
  }

  function analyse(network, proposal) {
    // voting.py analyse(): everything `assess vote --json` reports
    var leave = network.right_to_leave;
    return {
      network: {
        name: network.name, file: network.file, service_users: network.service_users,
        members: network.members.map(function (m) {
          return { id: m.id, name: m.name, type: m.type, investment: F.jsonNumber(m.investment), risk_share: F.jsonNumber(m.risk_share) };
        }),
        right_to_leave: leave === null ? null : { allowed: leave.allowed, notice_months: leave.notice_months,
                                                  penalties: leave.penalties.slice(), notes: leave.notes }
      },
      proposal: proposal ? { file: proposal.file, title: proposal.title, decision: proposal.decision,
                             in_favour: proposal.in_favour.slice() } : null,
      decisions: network.decisions.map(function (d) {
        var votes = proposal && (proposal.decision === null || proposal.decision === d.id) ? proposal.in_favour : null;
        return decisionResult(network, d, votes);
      }),
      warnings: networkCautions(network)
    };
  }

  Object.assign(G, { analyse: analyse });
})(typeof window !== "undefined" ? window : globalThis);
