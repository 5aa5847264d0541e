/* Reads answers files with the browser's YAML reader and checks them as the page does (site/js/), timing each.
 *
 * Usage: node tests/node/answers-check.js cases.json
 * cases.json: {"engine": [script paths], "data": the questionnaire data, "cases": [{"name", "text"}]}.
 * Prints one JSON object: name -> {"problems": [...]} (or {"error": message}) and "ms", the time it took.
 */
"use strict";

const fs = require("fs");
const { context } = require("./context.js");

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ctx = context({ careModelsQuestionnaire: input.data }, input.engine);
const E = ctx.AssessEngine, cq = E.compile(input.data), out = {};
input.cases.forEach(function (c) {
  const started = process.hrtime.bigint();
  let result;
  try {
    result = { problems: E.checkAnswers(cq, E.parseYaml(c.text, cq.limits)).problems };
  } catch (e) {
    result = { error: e && e.name === "YamlError" ? e.message : "not a plain message: " + String(e) };
  }
  result.ms = Number(process.hrtime.bigint() - started) / 1e6;
  out[c.name] = result;
});
console.log(JSON.stringify(out));
