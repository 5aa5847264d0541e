/* The network-rules page, part 2 of 3: the results -- each type of decision's rule, the members' votes and power,
 * veto players, members who are never decisive, a proposal's outcome and the sources' cautions, from the JSON
 * of G.analyse (the shape of `assess vote --json`), worded from assess/governance/wording.py's table; and the
 * budget check (`assess budget --json`). */
(function (global) {
  "use strict";

  var P = global.CareModels && global.CareModels.networkPage;
  if (!P) return;
  var G = global.CareModels.governance, h = global.CareModelsDom.h, say = G.say;

  function pct(x) { return G.fixed(x * 100, 1) + "%"; }           // assess vote's _pct

  function figure(x) {
    // assess vote's _figure: whole numbers with commas, others to 6 places without trailing zeros
    if (x === null) return "\u2013";
    return Number.isInteger(x) ? G.wholeText(x) : G.fixed(x, 6, true).replace(/0+$/, "").replace(/\.$/, "");
  }

  function cautionList(warnings) {
    if (!warnings.length) return null;
    var cites = {};
    Object.keys(G.data.sources).forEach(function (k) { cites[G.data.sources[k].join("|")] = G.data.cites[k]; });
    return h("ul", { class: "app-cautions" }, warnings.map(function (w) {
      return h("li", null, h("p", null, w.text),
        h("p", { class: "app-source" }, w.source ? cites[w.source.doc + "|" + w.source.where] : say("judgement", { rationale: w.rationale })));
    }));
  }

  function scrolling(id, table) {
    // a wide table scrolls inside a focusable region named by its caption (as on the other pages)
    return h("div", { class: "app-table-scroll", role: "region", "aria-labelledby": id, tabindex: "0" }, table);
  }

  function powerTable(d, names, i) {
    var head = ["Member", "Votes", "Share of the votes", "Banzhaf power", "Shapley\u2013Shubik power", "Note"];
    return scrolling("power-" + i, h("table", { class: "nhsuk-table" },
      h("caption", { class: "nhsuk-table__caption", id: "power-" + i }, "Votes and power: " + d.name),
      h("thead", { class: "nhsuk-table__head" }, h("tr", null, head.map(function (t) { return h("th", { scope: "col" }, t); }))),
      h("tbody", { class: "nhsuk-table__body" }, d.voters.map(function (v) {
        var notes = ["dictator", "veto", "null"].filter(function (k) { return v[k]; }).map(function (k) { return say("note " + k, {}); });
        return h("tr", { "data-member": v.member }, h("th", { scope: "row" }, names[v.member]),
          [figure(v.weight), pct(v.weight_share), pct(v.banzhaf), pct(v.shapley_shubik), notes.join(", ")].map(function (t, i) {
            return h("td", { class: i < 4 ? "app-num" : null }, t);
          }));
      }))));
  }

  function coalitionsPart(d, names) {
    return ["minimal_winning", "minimal_blocking"].map(function (key) {
      var found = d[key];
      if (found.coalitions === null) return h("p", null, say(key, {}) + ": " + say("too many", { count: G.wholeText(found.count) }));
      return [h("p", null, say(key, {}) + ": " + found.count),
        h("ul", null, found.coalitions.map(function (c) { return h("li", null, c.map(function (i) { return names[i]; }).join(", ")); }))];
    });
  }

  function outcomePart(o, names) {
    if (!o) return null;
    var list = function (ids) { return ids.map(function (i) { return names[i]; }).join(", "); };
    return h("div", { class: "nhsuk-inset-text app-outcome" },
      h("p", null, h("strong", null, say(o.passes ? "passes" : "fails", {}))),
      h("ul", null, o.reasons.map(function (r) { return h("li", null, r); })),
      o.decisive.length ? h("p", null, say("decisive votes", {}) + ": " + say("decisive", { names: list(o.decisive),
        which: say(o.decisive.length === 1 ? "decisive one" : "decisive many", {}) })) : null,
      o.not_counted.length ? h("p", null, say("not counted label", {}) + ": " + say("not counted", { names: list(o.not_counted) })) : null);
  }

  function decisionPart(d, names, i) {
    var vetoes = d.veto_players.length && d.veto_players.length === d.voters.length ? say("veto players all", {})
      : d.veto_players.map(function (x) { return names[x]; }).join(", ") || say("veto players none", {});
    return h("section", { class: "app-decision", id: "decision-" + i, "aria-labelledby": "decision-" + i + "-title" },
      h("h3", { id: "decision-" + i + "-title" }, d.name),
      d.description ? h("p", null, d.description) : null,
      h("p", null, d.rule_text),
      h("p", null, say("weighting label", {}) + ": " + d.weighting_text),
      h("p", null, say("passes with label", {}) + ": " + d.needs),
      d.conditions.length ? h("ul", null, d.conditions.map(function (c) { return h("li", null, "and " + c); })) : null,
      d.not_voting.map(function (x) { return h("p", null, say("not voting label", {}) + ": " + names[x.member] + ": " + x.reason); }),
      powerTable(d, names, i),
      h("p", { class: "app-vetoes" }, say("veto players", {}) + ": " + vetoes),
      h("p", null, say("ease of passing", {}) + ": " + say("ease", { percent: pct(d.ease_of_passing) })),
      coalitionsPart(d, names),
      outcomePart(d.outcome, names),
      cautionList(d.warnings));
  }

  function renderAnalysis(el, result) {
    var names = {};
    result.network.members.forEach(function (m) { names[m.id] = m.name; });
    el.textContent = "";
    el.appendChild(h("div", null,
      result.warnings.length ? [h("h3", null, "About the network"), cautionList(result.warnings)] : null,
      result.decisions.map(function (d, i) { return decisionPart(d, names, i); })));
  }

  function budgetRows(result) {
    var rows = result.lines.map(function (l) {
      return [l.name + (l.basis ? " (" + G.data.bases[l.basis] + ")" : ""), G.data.sections[l.section], money(l.amount), l.share === null ? "" : pct(l.share)];
    });
    return rows.concat([[say("total costs", {}), "", money(result.total), pct(result.total_share)],
      [say("capitated budget", {}), "", money(result.capitated_budget), pct(1)],
      [say("headroom", {}), "", money(result.headroom), pct(result.headroom_share)]]);
  }

  function money(x) { return x === null ? "no amount" : Number.isInteger(x) ? G.wholeText(x) : G.fixed(x, 2, true); }

  function renderBudget(el, result) {
    var verdict = result.fits ? say("fits", { headroom: money(result.headroom), share: pct(result.headroom_share) })
      : result.headroom ? say("over", { over: money(-result.headroom), share: pct(-result.headroom_share) }) : say("uses all", {});
    var info = result.budget;
    el.textContent = "";
    el.appendChild(h("div", null,
      h("h3", null, info.network + (info.period ? ", " + info.period : "")),
      info.unit ? h("p", null, say("amounts in", { unit: info.unit })) : null,
      h("div", { class: result.fits ? "nhsuk-inset-text" : "nhsuk-warning-callout" }, h("p", { class: "app-verdict" }, verdict),
        result.complete ? null : h("p", null, say("incomplete", {}))),
      scrolling("budget-caption", h("table", { class: "nhsuk-table" }, h("caption", { class: "nhsuk-table__caption", id: "budget-caption" }, "The budget, line by line"),
        h("thead", null, h("tr", null, ["Line", "Section", "Amount", "Share"].map(function (t) { return h("th", { scope: "col" }, t); }))),
        h("tbody", null, budgetRows(result).map(function (r) {
          return h("tr", null, h("th", { scope: "row" }, r[0]), h("td", null, r[1]), h("td", { class: "app-num" }, r[2]), h("td", { class: "app-num" }, r[3]));
        })))),
      cautionList(result.warnings)));
  }

  function renderProblems(el, problems, title) {
    el.textContent = "";
    if (!problems) return;
    el.appendChild(h("div", { class: "nhsuk-error-summary", role: "alert", tabindex: "-1" },
      h("h3", { class: "nhsuk-error-summary__title" }, title),
      h("div", { class: "nhsuk-error-summary__body" }, h("ul", { class: "nhsuk-list nhsuk-error-summary__list" },
        problems.map(function (p) {
          return h("li", null, (p.line ? "Line " + p.line + ": " : "") + p.message + (p.hint ? " (fix: " + p.hint + ")" : ""));
        })))));
  }

  Object.assign(P, { renderAnalysis: renderAnalysis, renderBudget: renderBudget, renderProblems: renderProblems });
})(typeof window !== "undefined" ? window : globalThis);
