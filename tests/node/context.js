/* What the Node scripts of tests/node/ share: one `vm` context holding the site's scripts as a page loads them,
 * and the comparison of a result with Python's.
 *
 * context(data, scripts): the globals a browser gives the scripts, the page's data variables (by name, as the
 * site build's data scripts define them: careModelsQuestionnaire, careModelsGovernance, ...), then each script
 * of `scripts` run in order. differences(expected, got, path, out, tolerance): every place where `got` differs
 * from `expected`, numbers to `tolerance` when one is given, everything else exactly.
 */
"use strict";

const fs = require("fs");
const vm = require("vm");

function load(ctx, file) {
  vm.runInContext(fs.readFileSync(file, "utf8"), ctx, { filename: file });
}

function context(data, scripts) {
  const ctx = Object.assign({ console: console, TextEncoder: TextEncoder }, data);
  ctx.window = ctx;
  vm.createContext(ctx);
  scripts.forEach(function (f) { load(ctx, f); });
  return ctx;
}

function differences(expected, got, path, out, tolerance) {
  if (tolerance !== undefined && typeof expected === "number" && typeof got === "number") {
    if (!(Math.abs(expected - got) <= tolerance)) out.push(path + ": " + expected + " != " + got);
  } else if (Array.isArray(expected) && Array.isArray(got)) {
    if (expected.length !== got.length) out.push(path + ": " + expected.length + " items != " + got.length);
    for (let i = 0; i < Math.min(expected.length, got.length); i++) {
      differences(expected[i], got[i], path + "[" + i + "]", out, tolerance);
    }
  } else if (expected && got && typeof expected === "object" && typeof got === "object" && !Array.isArray(got)) {
    const keys = Array.from(new Set(Object.keys(expected).concat(Object.keys(got)))).sort();
    keys.forEach(function (k) {
      if (!(k in got)) out.push(path + "." + k + ": missing");
      else if (!(k in expected)) out.push(path + "." + k + ": not expected (" + JSON.stringify(got[k]) + ")");
      else differences(expected[k], got[k], path + "." + k, out, tolerance);
    });
  } else if (expected !== got) {
    out.push(path + ": " + JSON.stringify(expected) + " != " + JSON.stringify(got));
  }
  return out;
}

module.exports = { context: context, differences: differences, load: load };
