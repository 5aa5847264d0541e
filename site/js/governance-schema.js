/* Checking a network, proposal or budget file in the browser: the lines of a YAML text (for "line N" in every
 * message), the JSON Schemas of kb/schema/ (shipped as data) worded as assess/kb/schema.py words them, and the
 * number ranges of assess/governance/network.py (Range) and budget.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var F = G;

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
    // the line of `path`, or of the nearest enclosing key or item that has one
    for (var k = path.length; k > 0; k--) {
      var key = path.slice(0, k).join("/");
      if (key in found) return found[key];
    }
    return null;
  }

  function typeName(v) {
    if (v === null) return "nothing";
    if (Array.isArray(v)) return "a list";
    if (typeof v === "object") return "a mapping (key: value)";
    if (typeof v === "string") return "text";
    if (typeof v === "boolean") return "true or false";
    return Number.isInteger(v) ? "a whole number" : "a number";
  }

  var EXPECTED = { object: "a mapping (key: value)", array: "a list", string: "text", integer: "a whole number",
                   number: "a number", "boolean": "true or false" };

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

  function where(path) { return path.length ? " (at " + path.join(".") + ")" : ""; }

  function walk(schemas, node, file, v, path, out) {
    var r = resolve(schemas, node, file);
    node = r[0]; file = r[1];
    if (node.anyOf) {
      var ok = node.anyOf.some(function (alt) { var o = []; walk(schemas, alt, file, v, path, o); return !o.length; });
      if (!ok) out.push([path, repr(v) + where(path) + " is not valid here", "see the file's schema"]);
      return;
    }
    if ("const" in node && v !== node["const"]) { out.push([path, repr(v) + where(path) + " is not valid here", ""]); return; }
    if (node["enum"] && node["enum"].indexOf(v) < 0) {
      out.push([path, repr(v) + where(path) + " is not one of the allowed values", "use one of: " + node["enum"].join(", ")]);
      return;
    }
    if (node.type && !isType(v, node.type)) {
      out.push([path, (path.join(".") || "value") + ": expected " + EXPECTED[node.type] + ", found " + typeName(v),
                "check the indentation and the '-' of list items"]);
      return;
    }
    if (isType(v, "object")) walkObject(schemas, node, file, v, path, out);
    else if (Array.isArray(v)) walkArray(schemas, node, file, v, path, out);
    else if (typeof v === "string") {
      if (node.minLength && !v.length) out.push([path, "text" + where(path) + " is empty", "write the text or remove the key"]);
      if (node.pattern && !new RegExp(node.pattern).test(v)) {
        out.push([path, repr(v) + where(path) + " is not a valid id", "use lower-case letters, digits and hyphens, e.g. 'gp-federation'"]);
      }
    } else if (typeof v === "number") walkNumber(node, v, path, out);
  }

  function walkObject(schemas, node, file, v, path, out) {
    var props = node.properties || {}, allowed = Object.keys(props).sort();
    (node.required || []).forEach(function (k) {
      if (!(k in v)) out.push([path, "missing key '" + k + "'" + where(path), "add '" + k + ":'"]);
    });
    if (node.minProperties && Object.keys(v).length < node.minProperties) out.push([path, "nothing given" + where(path), "add a key or remove it"]);
    Object.keys(v).forEach(function (k) {
      if (k in props) walk(schemas, props[k], file, v[k], path.concat([k]), out);
      else if (node.additionalProperties === false) {
        var close = G.closeMatch(k, allowed);
        out.push([path.concat([k]), "unknown key '" + k + "'" + where(path), close ? "did you mean '" + close + "'?" : "allowed keys: " + allowed.join(", ")]);
      }
    });
  }

  function walkArray(schemas, node, file, v, path, out) {
    if (node.minItems === 1 && !v.length) out.push([path, "list" + where(path) + " is empty", "add at least one entry"]);
    if (node.uniqueItems) {
      v.forEach(function (x, i) {
        if (v.indexOf(x) !== i) out.push([path.concat([i]), repr(x) + where(path) + " is listed twice", "list each once"]);
      });
    }
    if (node.items) v.forEach(function (x, i) { walk(schemas, node.items, file, x, path.concat([i]), out); });
  }

  function walkNumber(node, v, path, out) {
    var bad = ("minimum" in node && v < node.minimum) || ("maximum" in node && v > node.maximum) ||
              ("exclusiveMinimum" in node && v <= node.exclusiveMinimum);
    if (bad || !isFinite(v)) out.push([path, v + where(path) + " is out of range", ""]);
  }

  function rangeProblems(ranges, data) {
    // network.py Range.problem for every number the ranges cover: [path, message, hint]
    var out = [];
    (function leaves(v, path) {
      if (v !== null && typeof v === "object") Object.keys(v).forEach(function (k) { leaves(v[k], path.concat([Array.isArray(v) ? Number(k) : k])); });
      else if (typeof v === "number") {
        if (!isFinite(v)) { out.push([path, v + " is not a number that can be used here", "write a plain number"]); return; }
        ranges.forEach(function (r) {
          if (r.path.length !== path.length || r.path.some(function (p, i) { return p !== "*" && p !== path[i]; })) return;
          var x = F.exact(v), low = parse(r.low), high = r.high === null ? null : parse(r.high);
          var under = r.low_open ? F.cmp(x, low) <= 0 : F.cmp(x, low) < 0;
          if (under || (high !== null && F.cmp(x, high) > 0)) out.push([path, r.what + " " + v + " is out of range", r.hint]);
        });
      }
    })(data, []);
    return out;
  }

  function parse(text) { var p = text.split("/"); return F.frac(BigInt(p[0]), BigInt(p[1] || 1)); }

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

  Object.assign(G, { closeMatch: closeMatch, lineOf: lineOf, lines: lines, rangeProblems: rangeProblems, validate: validate });
})(typeof window !== "undefined" ? window : globalThis);
