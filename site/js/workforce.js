/* The workforce and variant parts of the score result: mirrors assess/engine/workforce.py and
 * assess/engine/variants.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine, DK = E.DONT_KNOW;
  var get = M.get, has = M.has;

  /* ------------------------------------------------------------ assess/engine/workforce.py */

  function workforce(P, rec, ranking, knownSets) {
    var W = P.workforce;
    if (!W) return null;
    var firstStanding = ranking.filter(function (r) { return !r.excluded; })[0];
    var modelId = rec.kind === "model" ? rec.id : (firstStanding ? firstStanding.model : null);
    if (!has(P.models, modelId)) return null;
    var R = P.roles, nhs = R.partners ? R.partners.nhs : {};
    var model = P.models[modelId], answers = workforceAnswers(R, knownSets), live = liveTopics(W, R, answers);
    var items = model.workforce.map(function (item) {
      return { text: item.text, cite: item.cite, topics: item.topics,
               why: item.topics.filter(function (t) { return has(live, t); }).map(function (t) { return live[t]; }) };
    });
    items = items.filter(function (i) { return i.why.length; }).concat(items.filter(function (i) { return !i.why.length; }));
    var here = {};
    items.forEach(function (i) { i.topics.forEach(function (t) { here[t] = true; }); });
    var summary = ["transfer", "harmonisation", "pensions"].filter(function (t) { return has(live, t) && here[t]; })
      .map(function (t) { return W.headlines[t]; });
    var partners = Object.keys(answers.partners);
    if (!partners.length && !answers.transfer.length && !answers.pension.length) {
      if (R.partners || R.staff_transfer || R.pension) summary.unshift(W.headlines.unknown);
    } else if (partners.length && partners.every(function (p) { return has(nhs, p); })) {
      summary.push(W.headlines.nhs_only);
    }
    if (here.roles) summary.push(W.headlines.roles);
    return { model: modelId, name: model.name, recommended: rec.kind === "model",
             summary: summary.slice(0, W.summary_lines), implications: items, legal: legalNotes(W, nhs, answers.partners) };
  }

  function workforceAnswers(R, knownSets) {
    // the answers to the questionnaire's partners, staff_transfer and pension roles (none without a role)
    var partners = {}, transfer = [], pension = [];
    knownSets.forEach(function (known) {
      var value = R.partners ? get(known, R.partners.question) : DK;
      if (value !== DK) value.forEach(function (p) { partners[p] = true; });
      [[R.staff_transfer, transfer], [R.pension, pension]].forEach(function (pair) {
        var v = pair[0] ? get(known, pair[0].question) : DK;
        if (v !== DK && pair[1].indexOf(v) < 0) pair[1].push(v);
      });
    });
    return { partners: partners, transfer: transfer, pension: pension };
  }

  function liveTopics(W, R, answers) {
    var live = {}, nhs = R.partners ? Object.keys(R.partners.nhs) : [], outsideNhs = R.partners ? R.partners.outside_nhs : [];
    var inside = nhs.some(function (p) { return answers.partners[p]; });
    var outside = outsideNhs.some(function (p) { return answers.partners[p]; });
    if (R.staff_transfer && answers.transfer.indexOf(R.staff_transfer.transfer) >= 0) live.transfer = W.live.transfer;
    if (inside && outside) live.harmonisation = W.live.harmonisation;
    if (R.pension && answers.pension.indexOf(R.pension.needed) >= 0) live.pensions = W.live.pensions;
    return live;
  }

  function legalNotes(W, nhs, partners) {
    // what NHS partners cannot easily do; `nhs` names each NHS body option in a sentence (the partners role)
    var wanted = Object.keys(nhs).filter(function (p) { return partners[p]; });
    if (!wanted.length || !W.restriction) return [];
    return [{ text: W.restriction.text, cite: W.restriction.cite,
              why: W.partners_include.replace("{partners}", wanted.map(function (p) { return nhs[p]; }).join(" and ")) }];
  }

  /* ------------------------------------------------------------ assess/engine/variants.py match */

  function variant(P, modelId, knownSets) {
    var variants = has(P.models, modelId) ? P.models[modelId].variants : [];
    if (!variants.length) return null;
    var points = {}, why = {};
    variants.forEach(function (v) { points[v.id] = 0; why[v.id] = []; });
    P.signals.forEach(function (signal) {
      if (!has(points, signal.variant)) return;
      var hits = knownSets.filter(function (known) { return E.check(signal.when, known) === true; }).length;
      if (hits) {
        points[signal.variant] += signal.points * hits / knownSets.length;
        why[signal.variant].push(signal.reason);
      }
    });
    var best = Math.max.apply(null, variants.map(function (v) { return points[v.id]; }));
    var leaders = variants.filter(function (v) { return points[v.id] === best; });
    var chosen = best > 0 && leaders.length === 1 ? leaders[0] : null;
    return { model: modelId, name: chosen ? chosen.name : null, why: chosen ? why[chosen.id] : [],
             tied: !chosen && best > 0 ? leaders.map(function (v) { return v.name; }) : [],
             features: chosen ? chosen.features : [], examples: chosen ? chosen.examples : [],
             vanguards: P.models[modelId].vanguards };
  }

  Object.assign(M, { variant: variant, workforce: workforce });
})(typeof window !== "undefined" ? window : globalThis);
