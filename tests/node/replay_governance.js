/* Replays the governance part of the golden corpus (tests/golden/governance_cases.py) with the network-rules
 * page's real scripts under Node.
 *
 * Usage: node tests/node/replay_governance.js corpus.json
 * Loads site/js/ (the YAML reader, governance-*.js) and the page's data in one `vm` context, then for each case
 * reads the network (and proposal) or budget file with the browser's reader and checks, analyses it as the page
 * does, and compares with Python's JSON exactly: every text, every exact fraction, every rounded number.
 * Exits 1 if any case differs, 0 when every case agrees (and says how many were compared).
 */
"use strict";

const fs = require("fs");
const { context, differences } = require("./context.js");

function result(G, c) {
  if (c.kind === "refused") {
    // assess vote refuses this network: the same message and fix, or the analysis that should not be there
    try {
      return { computed: G.analyse(G.readNetwork(c.network, c.file), null) };
    } catch (e) {
      return { message: e.message, hint: e.hint };
    }
  }
  if (c.kind === "checked") {
    // the checks refuse this file: every problem, by line, worded as Python words it
    try {
      return { computed: G.readNetwork(c.network, "network.yaml") };
    } catch (e) {
      return e.problems ? e.problems.map(function (p) { return [p.line, p.message, p.hint]; }) : String(e.stack);
    }
  }
  if (c.kind === "proposal checked") {
    try {
      return { computed: G.readProposal(c.proposal, "proposal.yaml", G.readNetwork(c.network, c.file)) };
    } catch (e) {
      return e.problems ? e.problems.map(function (p) { return [p.line, p.message, p.hint]; }) : String(e.stack);
    }
  }
  if (c.kind === "budget") return G.checkBudget(G.readBudget(c.budget, c.expected.budget.file));
  const network = G.readNetwork(c.network, c.expected.network.file);
  const proposal = c.proposal === null ? null : G.readProposal(c.proposal, c.expected.proposal.file, network);
  return G.analyse(network, proposal);
}

function replay(ctx, corpus, how) {
  const G = ctx.CareModels.governance;
  let failed = 0;
  corpus.cases.forEach(function (c) {
    const found = [];
    const start = Date.now();
    try {
      differences(c.expected, JSON.parse(JSON.stringify(result(G, c))), c.kind, found);
    } catch (e) {
      found.push("error: " + (e && (e.problems ? JSON.stringify(e.problems) : e.stack) || e));
    }
    if (found.length) {
      failed++;
      console.log("case " + JSON.stringify(c.name) + ":\n  " + found.slice(0, 20).join("\n  "));
    }
    if (process.env.REPLAY_TIMES) console.log(c.name + ": " + (Date.now() - start) + " ms");
  });
  console.log(corpus.cases.length + " cases replayed" + how + ", " + failed + " differ");
  return failed;
}

const corpus = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ctx = context({ careModelsGovernance: corpus.data }, corpus.scripts);
let failed = replay(ctx, corpus, "");
ctx.CareModels.governance.tablesFit = function () { return false; };     // again, every power index from packed rows
failed += replay(ctx, corpus, " (packed rows)");
process.exitCode = failed ? 1 : 0;
