/* A provider network's capitated budget: assess/governance/budget.py load() and check() -- the JSON of
 * `assess budget --json`, with its warnings worded from the site build's data (assess/governance/wording.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var F = G, frac = G.frac, say = G.say, caution = G.caution;

  function amountOf(raw) { return "amount" in raw ? F.exact(raw.amount) : null; }

  function readBudget(text, file) {
    // budget.py load()
    var doc = G.reader(text);
    if (!doc.data || typeof doc.data !== "object" || Array.isArray(doc.data)) {
      throw new G.Problems([doc.check([], "not a budget", {})]);
    }
    G.checked(doc, "budget.schema.json", G.data.budget_ranges);
    var data = doc.data, sections = G.data.sections;
    var lines = data.service_standards.map(function (raw) { return { section: "service-standards", name: raw.name, amount: amountOf(raw), basis: null }; });
    (data.personal_budgets || []).forEach(function (raw) {
      lines.push({ section: "personal-budgets", name: raw.name, amount: amountOf(raw), basis: raw.basis });
    });
    var contingency = "contingency" in data ? data.contingency : null, bounds = null;
    if (contingency !== null) lines.push({ section: "contingency", name: sections.contingency, amount: amountOf(contingency), basis: null });
    if ("operations_team" in data) {
      lines.push({ section: "operations-team", name: sections["operations-team"], amount: amountOf(data.operations_team), basis: null });
    }
    if (contingency !== null && "range_percent" in contingency) {
      var r = contingency.range_percent;
      bounds = [F.exact(r.min), F.exact(r.max)];
      if (F.cmp(bounds[0], bounds[1]) > 0) {
        throw new G.Problems([doc.check(["contingency", "range_percent", "min"], "contingency range", { min: r.min, max: r.max })]);
      }
    }
    return { file: file, network: data.network, period: data.period || null, unit: data.unit || null,
             capitated: F.exact(data.capitated_budget), includes_personal_budgets: data.includes_personal_budgets || false,
             lines: lines, has_contingency: contingency !== null, contingency_range: bounds };
  }

  function amountText(value) {
    // budget.py _amount
    return value.d === 1n ? F.wholeText(value.n) : F.fixed(F.toFloat(value), 2, true);
  }

  function pctText(percent) {
    // budget.py _pct
    return F.fixed(F.toFloat(percent), 1).replace(/\.0$/, "") + "%";
  }

  function check(budget) {
    // budget.py check()
    var cap = budget.capitated, json = F.jsonNumber;
    var total = F.sum(budget.lines.filter(function (l) { return l.amount !== null; }).map(function (l) { return l.amount; }));
    var sections = [];
    Object.keys(G.data.sections).forEach(function (section) {
      var of = budget.lines.filter(function (l) { return l.section === section; });
      if (!of.length) return;
      var amount = F.sum(of.map(function (l) { return l.amount || frac(0); }));
      sections.push({ section: section, name: G.data.sections[section], amount: json(amount), share: json(F.div(amount, cap)) });
    });
    var headroom = F.sub(cap, total);
    return {
      budget: { file: budget.file, network: budget.network, period: budget.period, unit: budget.unit },
      capitated_budget: json(cap),
      lines: budget.lines.map(function (l) {
        return { section: l.section, name: l.name, amount: json(l.amount), share: l.amount === null ? null : json(F.div(l.amount, cap)), basis: l.basis };
      }),
      sections: sections,
      total: json(total), total_share: json(F.div(total, cap)), headroom: json(headroom), headroom_share: json(F.div(headroom, cap)),
      fits: F.cmp(total, cap) < 0,
      complete: budget.lines.every(function (l) { return l.amount !== null; }),
      warnings: cautions(budget, total)
    };
  }

  function cautions(budget, total) {
    // budget.py cautions()
    var cap = budget.capitated, out = [];
    var unit = budget.unit ? say("over-budget unit", { unit: budget.unit }) : "";
    if (F.cmp(total, cap) >= 0) {
      var over = F.cmp(total, cap) === 0 ? say("over-budget exactly", {}) : say("over-budget by", { amount: amountText(F.sub(total, cap)) });
      out.push(caution("over-budget", null, { total: amountText(total), over: over, capitated: amountText(cap), unit: unit }));
    }
    budget.lines.forEach(function (l) { if (l.amount === null) out.push(caution("missing-amount", null, { name: l.name })); });
    var c = budget.lines.filter(function (l) { return l.section === "contingency"; })[0], amount = c ? c.amount : null;
    if (!budget.has_contingency || (amount !== null && amount.n === 0n)) out.push(caution("no-contingency"));
    else if (amount !== null && budget.contingency_range !== null) {
      var low = budget.contingency_range[0], high = budget.contingency_range[1], percent = F.mul(F.div(amount, cap), frac(100));
      if (!(F.cmp(low, percent) <= 0 && F.cmp(percent, high) <= 0)) {
        out.push(caution("contingency-outside-range", null, { percent: pctText(percent), low: pctText(low), high: pctText(high) }));
      }
    }
    if (budget.includes_personal_budgets && !budget.lines.some(function (l) { return l.basis === "facs-statutory"; })) {
      out.push(caution("no-facs-personal-budgets"));
    }
    return out;
  }

  Object.assign(G, { checkBudget: check, readBudget: readBudget });
})(typeof window !== "undefined" ? window : globalThis);
