/* Checking a network, proposal or budget file in the browser: the lines of a YAML text (for "line N" in every
 * message), the JSON Schemas of kb/schema/ (shipped as data) worded as assess/kb/schema.py words them (from the
 * same table, assess/kb/problems.py), and the number ranges of assess/governance/network.py (Range) and budget.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var F = G;

  function say(key, values) { return NS.engine.fileProblem(key, values || {}); }

  function lines(text) {
    // path (joined by "/") -> line number of block-style YAML: where each key and list item starts
    var found = {}, stack = [], counters = {};
    String(text).replace(/\r\n?/g, "\n").split("\n").forEach(function (raw, k) {
      var body = raw.replace(/^ */, ""), indent = raw.length - body.length;
      if (!body || body.charAt(0) === "#" || /^(---|\.\.\.)(\s|$)/.test(body)) return;
      while (/^-(\s|$)/.test(body)) {
        while (stack.length && (stack[stack.length - 1][0] > indent ||
               (stack[stack.length - 1][0] === indent && stack[stack.length - 1][2]))) stack.pop();
        var parent = stack.map(function (e) { return e[1]; }).join("/");
        counters[parent] = (counters[parent] || 0);
        stack.push([indent, counters[parent]++, true]);
        record(found, stack, k + 1);
        var rest = body.replace(/^-\s*/, "");
        indent += body.length - rest.length;
        body = rest;
      }
      var key = /^("[^"]*"|'[^']*'|[^\s#:[{][^:#]*?)\s*:(\s|$)/.exec(body);
      if (!key) return;
      while (stack.length && stack[stack.length - 1][0] >= indent && !(stack[stack.length - 1][2] && stack[stack.length - 1][0] < indent)) stack.pop();
      stack.push([indent, key[1].replace(/^["']|["']$/g, ""), false]);
      record(found, stack, k + 1);
    });
    return found;
  }

  function record(found, stack, line) {
    var path = stack.map(function (e) { return e[1]; }).join("/");
    if (!(path in found)) found[path] = line;
  }

  function lineOf(found, path) {
    // the line of `path`, or of the nearest enclosing key or item that has one, or the file's first (as
    // yamlsafe.py's Document.where)
    for (var k = path.length; k > 0; k--) {
      var key = path.slice(0, k).join("/");
      if (key in found) return found[key];
    }
    return 1;
  }

  function typeOf(v) {
    // the JSON Schema type of a value YAML read, as schema.py names Python's types
    if (v === null) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "object") return "object";
    if (typeof v === "string" || typeof v === "boolean") return typeof v;
    return Number.isInteger(v) ? "integer" : "number";
  }

  function isType(v, type) {
    if (type === "object") return v !== null && typeof v === "object" && !Array.isArray(v);
    if (type === "array") return Array.isArray(v);
    if (type === "string") return typeof v === "string";
    if (type === "boolean") return typeof v === "boolean";
    if (type === "integer") return typeof v === "number" && Number.isInteger(v);
    return typeof v === "number";
  }

  function repr(v) {
    return typeof v === "string" ? "'" + v + "'" : JSON.stringify(v);
  }

  function resolve(schemas, node, file) {
    // a "$ref" (local, or into common.schema.json) -> [the node it names, the file it is in]
    while (node.$ref) {
      var parts = node.$ref.split("#"), target = parts[0] || file, at = schemas[target];
      parts[1].split("/").slice(1).forEach(function (p) { at = at[p]; });
      node = at; file = target;
    }
    return [node, file];
  }

  function validate(schemas, name, data) {
    // [[path, message, hint]] for what the schema refuses (the cases schema.py words; others plainly)
    var out = [];
    walk(schemas, schemas[name], name, data, [], out);
    return out;
  }

  function where(path) { return path.length ? say("at", { path: path.join(".") }) : ""; }

  function problem(path, key, values, fix) {
    // [path, message, fix] worded by the table: the entry `key`, and `fix` (or `key` + " fix") when it has one
    var fixKey = fix === undefined ? key + " fix" : fix;
    return [path, say(key, values), fixKey ? say(fixKey, values) : ""];
  }

  function walk(schemas, node, file, v, path, out) {
    var r = resolve(schemas, node, file);
    node = r[0]; file = r[1];
    if (node.anyOf) {
      var ok = node.anyOf.some(function (alt) { var o = []; walk(schemas, alt, file, v, path, o); return !o.length; });
      if (!ok) out.push(problem(path, "not valid here", { value: repr(v), at: where(path) }));
      return;
    }
    if ("const" in node && v !== node["const"]) { out.push(problem(path, "not valid here", { value: repr(v), at: where(path) })); return; }
    if (node["enum"] && node["enum"].indexOf(v) < 0) {
      out.push(problem(path, "not allowed", { value: repr(v), at: where(path), allowed: node["enum"].join(", ") }));
      return;
    }
    if (node.type && !isType(v, node.type)) {
      var types = { path: path.join("."), expected: say("type " + node.type), found: say("type " + typeOf(v)) };
      var fix = /^(number|integer)$/.test(node.type) && typeof v === "string" ? numberFix(v) : null;
      out.push([path, say(path.length ? "wrong type" : "wrong type top", types), fix || say("wrong type fix")]);
      return;
    }
    if (isType(v, "object")) walkObject(schemas, node, file, v, path, out);
    else if (Array.isArray(v)) walkArray(schemas, node, file, v, path, out);
    else if (typeof v === "string") {
      if (node.minLength && !v.length) out.push(problem(path, "empty text", { at: where(path) }));
      if (node.pattern && !new RegExp(node.pattern).test(v)) out.push(problem(path, "not an id", { value: repr(v), at: where(path) }));
    } else if (typeof v === "number") walkNumber(node, v, path, out);
  }

  function walkObject(schemas, node, file, v, path, out) {
    var props = node.properties || {}, allowed = Object.keys(props).sort();
    (node.required || []).forEach(function (k) {
      if (!(k in v)) out.push(problem(path, "missing key", { key: k, at: where(path) }, "add key"));
    });
    if (node.minProperties && Object.keys(v).length < node.minProperties) out.push(problem(path, "no keys", { at: where(path) }));
    Object.keys(v).forEach(function (k) {
      if (k in props) walk(schemas, props[k], file, v[k], path.concat([k]), out);
      else if (node.additionalProperties === false) out.push([path.concat([k]), say("unknown key", { key: k, at: where(path) }), keyHint(k, allowed)]);
    });
  }

  function walkArray(schemas, node, file, v, path, out) {
    if (node.minItems === 1 && !v.length) out.push(problem(path, "empty list", { at: where(path) }));
    if (node.uniqueItems) {
      v.forEach(function (x, i) {
        if (v.indexOf(x) !== i) out.push(problem(path.concat([i]), "listed twice", { value: repr(x), at: where(path) }));
      });
    }
    if (node.items) v.forEach(function (x, i) { walk(schemas, node.items, file, x, path.concat([i]), out); });
  }

  function walkNumber(node, v, path, out) {
    var bad = ("minimum" in node && v < node.minimum) || ("maximum" in node && v > node.maximum) ||
              ("exclusiveMinimum" in node && v <= node.exclusiveMinimum);
    if (bad || !isFinite(v)) out.push(problem(path, "out of range", { value: v, at: where(path) }, ""));
  }

  function rangeProblems(ranges, data) {
    // network.py Range.problem for every number the ranges cover: [path, message, hint]
    var out = [];
    (function leaves(v, path) {
      if (v !== null && typeof v === "object") Object.keys(v).forEach(function (k) { leaves(v[k], path.concat([Array.isArray(v) ? Number(k) : k])); });
      else if (typeof v === "number") {
        if (!isFinite(v)) { out.push(problem(path, "not finite", { value: isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf" })); return; }
        ranges.forEach(function (r) {
          if (r.path.length !== path.length || r.path.some(function (p, i) { return p !== "*" && p !== path[i]; })) return;
          var x = F.exact(v), low = parse(r.low), high = r.high === null ? null : parse(r.high);
          var under = r.low_open ? F.cmp(x, low) <= 0 : F.cmp(x, low) < 0;
          if (under || (high !== null && F.cmp(x, high) > 0)) out.push([path, say("named out of range", { what: r.what, value: v }), r.hint]);
        });
      }
    })(data, []);
    return out;
  }

  function parse(text) { var p = text.split("/"); return F.frac(BigInt(p[0]), BigInt(p[1] || 1)); }

  var WRITTEN = /^\s*([£$€])?\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|[kK]|[mM]|bn)?\s*$/, SCALE = { k: 3, K: 3, m: 6, M: 6, bn: 9 };

  function numberFix(text) {
    // numbers.py number_fix: the plain number to write for one written as text ("70%", "48k", "£1,200"), or null
    var found = WRITTEN.exec(text);
    if (!found) return null;
    var currency = found[1], digits = found[2], suffix = found[3];
    var reasons = suffix ? [say(suffix === "%" ? "number percent" : "number in full")] : [];
    if (digits.indexOf(",") >= 0) reasons.push(say("number commas"));
    if (currency) reasons.push(say("number currency", { currency: currency }));
    var why = reasons.length ? say("number reasons", { reasons: reasons.join("; ") }) : say("number quoted");
    return say("number fix", { plain: scaled(digits.replace(/,/g, ""), SCALE[suffix] || 0), why: why });
  }

  function scaled(number, places) {
    // the decimal `number` times 10^places, written as Python writes the Decimal (no exponent, no trailing zeros)
    var sign = number.charAt(0) === "-" ? "-" : "", parts = number.replace("-", "").split(".");
    var frac = (parts[1] || "") + "0".repeat(places), whole = (parts[0] + frac.slice(0, places)).replace(/^0+(?=\d)/, "");
    frac = frac.slice(places).replace(/0+$/, "");
    var plain = whole + (frac ? "." + frac : "");
    return plain === "0" ? plain : sign + plain;
  }

  function keyHint(key, allowed) {
    // problems.py key_hint: the allowed key `key` is close to, or all of them (in their order)
    var close = closeMatch(key, allowed);
    return close ? say("did you mean", { close: close }) : say("allowed keys", { keys: allowed.join(", ") });
  }

  function closeMatch(word, choices) {
    // a stand-in for difflib.get_close_matches(word, choices, n=1): the nearest by edit distance, if near
    var best = null, bestScore = 0;
    choices.forEach(function (c) {
      var score = 1 - distance(word, c) / Math.max(word.length, c.length, 1);
      if (score >= 0.6 && score > bestScore) { best = c; bestScore = score; }
    });
    return best;
  }

  function distance(a, b) {
    var row = Array.from({ length: b.length + 1 }, function (_, j) { return j; });
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0]; row[0] = i;
      for (var j = 1; j <= b.length; j++) {
        var here = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
        prev = here;
      }
    }
    return row[b.length];
  }

  Object.assign(G, { closeMatch: closeMatch, keyHint: keyHint, lineOf: lineOf, lines: lines, rangeProblems: rangeProblems, validate: validate });
})(typeof window !== "undefined" ? window : globalThis);
