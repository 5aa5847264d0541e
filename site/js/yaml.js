/* The YAML reader, part 1 (scalars and flow collections): the subset of YAML that answers files use, read as
 * PyYAML's safe loader reads it (assess/kb/yamlsafe.py), its problems worded by assess/kb/problems.py's table. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var has = M.has;

  /* ------------------------------------------------------------ YAML in (the subset answers files use) */

  /* What is wrong with a file, in the words of assess/kb/problems.py: the entry `key` with its values filled in.
   * The table travels in the page's data (the questionnaire's or the network page's `file_problems`). */
  function fileProblem(key, values) {
    var data = global.careModelsQuestionnaire || global.careModelsGovernance, text = data.file_problems[key];
    if (typeof text !== "string") throw new Error("no file problem '" + key + "'");
    return M.fill(text, values);
  }

  function YamlError(line, key, values, fix) {
    // the problem `key` (and its fix `fix`) at `line`: `what` and `fix` as Python's Problem holds them, `message`
    // in one sentence for someone who loaded a file
    this.line = line;
    this.what = fileProblem(key, values || {});
    this.fix = fix ? fileProblem(fix, values || {}) : "";
    var text = this.fix ? fileProblem("with fix", { message: this.what, fix: this.fix }) : this.what;
    text += /[.!?]$/.test(text) ? "" : ".";
    this.message = line ? fileProblem("at line", { line: line, message: text }) : text;
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

  function resolvePlain(text, line, limits) {
    if (NULLS.test(text)) return null;
    if (TRUES.test(text)) return true;
    if (FALSES.test(text)) return false;
    var digits = /^[-+.0-9_]/.test(text) ? text.replace(/[^0-9]/g, "").length : 0;
    if (digits > (limits || {}).digits && (INT_DEC.test(text) || FLOAT.test(text) || INT_OCT.test(text))) {
      throw new YamlError(line, "too many digits", { digits: digits, most: limits.digits }, "too many digits fix");
    }
    var sign = text.charAt(0) === "-" ? -1 : 1, body = text.replace(/^[-+]/, "").replace(/_/g, "");
    if (INT_DEC.test(text)) return sign * parseInt(body, 10);
    if (INT_HEX.test(text)) return sign * parseInt(body.slice(2), 16);
    if (INT_BIN.test(text)) return sign * parseInt(body.slice(2), 2);
    if (INT_OCT.test(text)) return sign * parseInt(body, 8);
    if (FLOAT.test(text)) {
      var number = sign * parseFloat(body);
      if (!isFinite(number)) throw new YamlError(line, "too large", { number: text }, "too large fix");
      return number;
    }
    if (FLOAT_SPECIAL.test(text)) {
      if (/nan/i.test(text)) return NaN;
      return sign * Infinity;
    }
    if (/^[&*]/.test(text)) throw new YamlError(line, "anchors", {}, "anchors fix");
    if (/^[!%@`|>]/.test(text)) throw new YamlError(line, "reserved", { "char": text.charAt(0) });
    return text;
  }

  var ESCAPES = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\x0b", f: "\f", r: "\r",
                  e: "\x1b", " ": " ", "\"": "\"", "/": "/", "\\": "\\", N: "\x85", _: "\xa0",
                  L: "\u2028", P: "\u2029" };

  /* A small cursor over the whole text, so flow collections and quoted scalars may span lines. `limits`: the
   * questionnaire data's (depth: how deep lists and mappings nest, digits: the longest number), as Python's. */
  function Reader(text, limits) {
    this.s = text;
    this.i = 0;
    this.limits = limits || {};
    this.depth = 0;
    this.starts = null;           // where each line starts, found on first use: line numbers cost a search
  }
  Reader.prototype.line = function (at) {
    var end = Math.min(at === undefined ? this.i : at, this.s.length);
    if (this.starts === null) {
      this.starts = [0];
      for (var k = this.s.indexOf("\n"); k >= 0; k = this.s.indexOf("\n", k + 1)) this.starts.push(k + 1);
    }
    var lo = 0, hi = this.starts.length - 1;       // the last line starting at or before `end`
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= end) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  Reader.prototype.fail = function (key, values, at, fix) {     // the problem `key` at text offset `at` (or here)
    throw new YamlError(this.line(at), key, values, fix);
  };
  Reader.prototype.enter = function (at) {     // one level deeper into a list or mapping (starting at `at`)
    if (++this.depth > this.limits.depth) {
      this.fail("too deep", { most: this.limits.depth }, at, "too deep fix");
    }
  };

  /* Quoted text is gathered in pieces, so a long value costs time in proportion to its length. */
  function trimEnd(pieces) {
    // drop the spaces and tabs that end the pieces gathered so far
    var chars = " \t";
    while (pieces.length) {
      var last = pieces[pieces.length - 1], e = last.length;
      while (e > 0 && chars.indexOf(last.charAt(e - 1)) >= 0) e--;
      if (e > 0) { pieces[pieces.length - 1] = last.slice(0, e); return; }
      pieces.pop();
    }
  }

  function fold(r, pieces, indent) {
    // a line break inside quotes: a break becomes a space, each empty line a newline (`indent`: what may indent
    // the next line, " \t" in double quotes, " " in single ones)
    trimEnd(pieces);
    r.i++;
    var breaks = 0;
    while (true) {
      while (r.i < r.s.length && indent.indexOf(r.s.charAt(r.i)) >= 0) r.i++;
      if (r.s.charAt(r.i) === "\n") { breaks++; r.i++; } else break;
    }
    pieces.push(breaks ? "\n".repeat(breaks) : " ");
  }

  function parseDoubleQuoted(r) {
    var start = r.i, pieces = [], SPECIAL = /["\\\n]/g;
    r.i++;
    while (true) {
      SPECIAL.lastIndex = r.i;
      var found = SPECIAL.exec(r.s);
      if (!found) r.fail("double not closed", {}, start);
      if (found.index > r.i) pieces.push(r.s.slice(r.i, found.index));
      r.i = found.index;
      var ch = found[0];
      if (ch === "\"") { r.i++; return pieces.join(""); }
      if (ch === "\n") { fold(r, pieces, " \t"); continue; }
      var e = r.s.charAt(r.i + 1);
      if (e === "x" || e === "u" || e === "U") {
        var len = e === "x" ? 2 : e === "u" ? 4 : 8, hex = r.s.substr(r.i + 2, len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) r.fail("bad escape", { letter: e });
        var code = parseInt(hex, 16);
        if (code > 0x10FFFF) r.fail("not a character", { escape: e + hex });
        pieces.push(String.fromCodePoint(code));
        r.i += 2 + len;
      } else if (e === "\n") {
        r.i += 2;
        while (r.s.charAt(r.i) === " " || r.s.charAt(r.i) === "\t") r.i++;
      } else if (has(ESCAPES, e)) {
        pieces.push(ESCAPES[e]);
        r.i += 2;
      } else r.fail("unknown escape", { letter: e });
    }
  }

  function parseSingleQuoted(r) {
    var start = r.i, pieces = [], SPECIAL = /['\n]/g;
    r.i++;
    while (true) {
      SPECIAL.lastIndex = r.i;
      var found = SPECIAL.exec(r.s);
      if (!found) r.fail("single not closed", {}, start);
      if (found.index > r.i) pieces.push(r.s.slice(r.i, found.index));
      r.i = found.index;
      if (found[0] === "\n") { fold(r, pieces, " "); continue; }
      if (r.s.charAt(r.i + 1) === "'") { pieces.push("'"); r.i += 2; continue; }
      r.i++;
      return pieces.join("");
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
    return resolvePlain(r.s.slice(start, r.i).trim(), line, r.limits);
  }

  function parseFlowSeq(r) {
    var out = [], start = r.i;
    r.enter();
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("list not closed", {}, start);
      if (r.s.charAt(r.i) === "]") { r.i++; r.depth--; return out; }
      out.push(parseFlowNode(r));
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "]") { r.i++; r.depth--; return out; }
      r.fail("list punctuation", {});
    }
  }

  function parseFlowMap(r) {
    var out = Object.create(null), first = Object.create(null), start = r.i;
    r.enter();
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("mapping not closed", {}, start);
      if (r.s.charAt(r.i) === "}") { r.i++; r.depth--; return out; }
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
      if (has(out, key)) r.fail("duplicate key", { key: key, line: first[key] }, keyAt, "duplicate key fix");
      out[key] = value;
      first[key] = r.line(keyAt);
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "}") { r.i++; r.depth--; return out; }
      r.fail("mapping punctuation", {});
    }
  }

  /* Block structure: lines with their indentation. */

  Object.assign(M, { Reader: Reader, YamlError: YamlError, fileProblem: fileProblem, parseDoubleQuoted: parseDoubleQuoted,
      parseFlowMap: parseFlowMap, parseFlowSeq: parseFlowSeq, parseSingleQuoted: parseSingleQuoted,
      resolvePlain: resolvePlain });
})(typeof window !== "undefined" ? window : globalThis);
