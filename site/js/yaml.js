/* The YAML reader, part 1 (scalars and flow collections): the subset of YAML that answers files use, read as
 * PyYAML's safe loader reads it (assess/kb/yamlsafe.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var has = M.has, quoted = M.quoted;

  /* ------------------------------------------------------------ YAML in (the subset answers files use) */

  function YamlError(line, message) {      // message: what is wrong, in words for someone who loaded a file
    this.line = line;
    this.message = line ? "Line " + line + " of the file: " + message + (/[.!?]$/.test(message) ? "" : ".") : message;
  }
  YamlError.prototype = Object.create(Error.prototype);
  YamlError.prototype.name = "YamlError";

  var NULLS = /^(~|null|Null|NULL|)$/;
  var TRUES = /^(yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
  var FALSES = /^(no|No|NO|false|False|FALSE|off|Off|OFF)$/;
  var INT_DEC = /^[-+]?(0|[1-9][0-9_]*)$/;
  var INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
  var INT_OCT = /^[-+]?0[0-7_]+$/;
  var INT_BIN = /^[-+]?0b[0-1_]+$/;
  var FLOAT = /^([-+]?([0-9][0-9_]*)\.[0-9_]*([eE][-+][0-9]+)?|\.[0-9_]+([eE][-+][0-9]+)?)$/;
  var FLOAT_SPECIAL = /^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/;

  function resolvePlain(text, line) {
    if (NULLS.test(text)) return null;
    if (TRUES.test(text)) return true;
    if (FALSES.test(text)) return false;
    var sign = text.charAt(0) === "-" ? -1 : 1, body = text.replace(/^[-+]/, "").replace(/_/g, "");
    if (INT_DEC.test(text)) return sign * parseInt(body, 10);
    if (INT_HEX.test(text)) return sign * parseInt(body.slice(2), 16);
    if (INT_BIN.test(text)) return sign * parseInt(body.slice(2), 2);
    if (INT_OCT.test(text)) return sign * parseInt(body, 8);
    if (FLOAT.test(text)) return sign * parseFloat(body);
    if (FLOAT_SPECIAL.test(text)) {
      if (/nan/i.test(text)) return NaN;
      return sign * Infinity;
    }
    if (/^[&*!%@`|>]/.test(text)) {
      throw new YamlError(line, "'" + text.charAt(0) + "' starts an anchor, alias, tag or directive, which answers files do not use");
    }
    return text;
  }

  var ESCAPES = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\x0b", f: "\f", r: "\r",
                  e: "\x1b", " ": " ", "\"": "\"", "/": "/", "\\": "\\", N: "\x85", _: "\xa0",
                  L: "\u2028", P: "\u2029" };

  /* A small cursor over the whole text, so flow collections and quoted scalars may span lines. */
  function Reader(text) {
    this.s = text;
    this.i = 0;
  }
  Reader.prototype.line = function (at) {
    var n = 1, end = at === undefined ? this.i : at;
    for (var k = 0; k < end && k < this.s.length; k++) if (this.s.charCodeAt(k) === 10) n++;
    return n;
  };
  Reader.prototype.fail = function (message, at) {
    throw new YamlError(this.line(at), message);
  };

  function parseDoubleQuoted(r) {
    var start = r.i, out = "";
    r.i++;
    while (true) {
      if (r.i >= r.s.length) r.fail("a double-quoted string is not closed", start);
      var ch = r.s.charAt(r.i);
      if (ch === "\"") { r.i++; return out; }
      if (ch === "\\") {
        var e = r.s.charAt(r.i + 1);
        if (e === "x" || e === "u" || e === "U") {
          var len = e === "x" ? 2 : e === "u" ? 4 : 8, hex = r.s.substr(r.i + 2, len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) r.fail("bad \\" + e + " escape");
          out += String.fromCodePoint(parseInt(hex, 16));
          r.i += 2 + len;
        } else if (e === "\n") {
          r.i += 2;
          while (r.s.charAt(r.i) === " " || r.s.charAt(r.i) === "\t") r.i++;
        } else if (has(ESCAPES, e)) {
          out += ESCAPES[e];
          r.i += 2;
        } else r.fail("unknown escape \\" + e);
      } else if (ch === "\n") {
        // line folding: a line break becomes a space, an empty line a newline
        out = out.replace(/[ \t]+$/, "");
        r.i++;
        var breaks = 0;
        while (true) {
          while (r.s.charAt(r.i) === " " || r.s.charAt(r.i) === "\t") r.i++;
          if (r.s.charAt(r.i) === "\n") { breaks++; r.i++; } else break;
        }
        out += breaks ? "\n".repeat(breaks) : " ";
      } else {
        out += ch;
        r.i++;
      }
    }
  }

  function parseSingleQuoted(r) {
    var start = r.i, out = "";
    r.i++;
    while (true) {
      if (r.i >= r.s.length) r.fail("a single-quoted string is not closed", start);
      var ch = r.s.charAt(r.i);
      if (ch === "'") {
        if (r.s.charAt(r.i + 1) === "'") { out += "'"; r.i += 2; continue; }
        r.i++;
        return out;
      }
      if (ch === "\n") {
        out = out.replace(/[ \t]+$/, "");
        r.i++;
        var breaks = 0;
        while (true) {
          while (r.s.charAt(r.i) === " ") r.i++;
          if (r.s.charAt(r.i) === "\n") { breaks++; r.i++; } else break;
        }
        out += breaks ? "\n".repeat(breaks) : " ";
        continue;
      }
      out += ch;
      r.i++;
    }
  }

  function skipFlowSpace(r) {
    while (r.i < r.s.length) {
      var ch = r.s.charAt(r.i);
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") r.i++;
      else if (ch === "#" && (r.i === 0 || /\s/.test(r.s.charAt(r.i - 1)))) {
        while (r.i < r.s.length && r.s.charAt(r.i) !== "\n") r.i++;
      } else break;
    }
  }

  function parseFlowNode(r) {
    skipFlowSpace(r);
    var ch = r.s.charAt(r.i), line = r.line();
    if (ch === "[") return parseFlowSeq(r);
    if (ch === "{") return parseFlowMap(r);
    if (ch === "\"") return parseDoubleQuoted(r);
    if (ch === "'") return parseSingleQuoted(r);
    var start = r.i;
    while (r.i < r.s.length) {
      var c = r.s.charAt(r.i);
      if (c === "," || c === "]" || c === "}" || c === "\n") break;
      if (c === ":" && /[\s,\]}]/.test(r.s.charAt(r.i + 1) || " ")) break;
      if (c === "#" && /\s/.test(r.s.charAt(r.i - 1))) break;
      r.i++;
    }
    return resolvePlain(r.s.slice(start, r.i).trim(), line);
  }

  function parseFlowSeq(r) {
    var out = [], start = r.i;
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("a list in [ ] is not closed", start);
      if (r.s.charAt(r.i) === "]") { r.i++; return out; }
      out.push(parseFlowNode(r));
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "]") { r.i++; return out; }
      r.fail("expected ',' or ']' in a list");
    }
  }

  function parseFlowMap(r) {
    var out = Object.create(null), start = r.i;
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("a mapping in { } is not closed", start);
      if (r.s.charAt(r.i) === "}") { r.i++; return out; }
      var keyAt = r.i, key = parseFlowNode(r);
      skipFlowSpace(r);
      var value = null;
      if (r.s.charAt(r.i) === ":") {
        r.i++;
        skipFlowSpace(r);
        var c = r.s.charAt(r.i);
        if (c !== "," && c !== "}") value = parseFlowNode(r);
      }
      key = String(key);
      if (has(out, key)) r.fail(quoted(key) + " is given twice: keep one of them", keyAt);
      out[key] = value;
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "}") { r.i++; return out; }
      r.fail("expected ',' or '}' in a mapping");
    }
  }

  /* Block structure: lines with their indentation. */

  Object.assign(M, { Reader: Reader, YamlError: YamlError, parseDoubleQuoted: parseDoubleQuoted,
      parseFlowMap: parseFlowMap, parseFlowSeq: parseFlowSeq, parseSingleQuoted: parseSingleQuoted,
      resolvePlain: resolvePlain });
})(typeof window !== "undefined" ? window : globalThis);
