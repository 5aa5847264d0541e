/* Python's string and number handling (str.split, strip, format), the escaping of assess/reports/markdown.py
 * and assess/reports/words.py, for the board paper in the browser. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine, DK = E.DONT_KNOW;

  /* ------------------------------------------------------------ Python's text handling (str.split, strip, format) */

  // what Python's str.split() and str.strip() take for white space (not quite JavaScript's \s)
  var SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var RUNS = new RegExp("[" + SPACE + "]+");
  var SPACES = new RegExp("[" + SPACE + "]");

  function words(text) {
    return String(text).split(RUNS).filter(function (w) { return w !== ""; });
  }

  function strip(text, chars) {
    // str.strip(chars); white space when chars is not given
    var s = Array.from(String(text)), inSet = chars === undefined || chars === null
      ? function (c) { return SPACES.test(c); } : function (c) { return String(chars).indexOf(c) >= 0; };
    var a = 0, b = s.length;
    while (a < b && inSet(s[a])) a++;
    while (b > a && inSet(s[b - 1])) b--;
    return s.slice(a, b).join("");
  }

  function mdEscape(text) {
    // assess/reports/markdown.py md_escape: user text neutralised for Markdown, lines joined
    var flat = words(text).join(" ").replace(/([\\`*_[\]<>|~&{}])/g, "\\$1");
    return flat.replace(/^([#+\-=]|\p{Nd}+(?=[.)]))/u, function (m) {
      return "#+-=".indexOf(m) >= 0 ? "\\" + m : m + "\\";
    });
  }

  function mdCell(text) {
    // assess/reports/markdown.py md_cell: trusted text made safe for one table cell
    return words(text).join(" ").replace(/\|/g, "\\|");
  }

  function escapeMarkup(text) {
    // markupsafe.escape, as Jinja2's autoescaping writes it
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&#34;").replace(/'/g, "&#39;");
  }

  function escapeHtml(text) {
    // html.escape(text, quote=True), as the chart and the figure caption write it
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  }

  function fixed(x, digits) {
    // f"{x:.Nf}": JavaScript's toFixed rounds a tie up, Python to even
    var s = x.toFixed(digits), exact = /^-?(\d+)\.?(\d*)$/.exec(Math.abs(x).toFixed(100).replace(/0+$/, ""));
    if (!exact) return s;
    var frac = exact[2], kept = frac.slice(0, digits), rest = frac.slice(digits);
    if (rest === "5") {
      var last = digits ? Number(kept.slice(-1)) : Number(exact[1].slice(-1));
      if (last % 2 === 0) s = (x < 0 ? "-" : "") + exact[1] + (digits ? "." + kept : "");
    }
    return s;
  }

  function gText(x) {
    // f"{x:g}"
    if (x === 0) return Object.is(x, -0) ? "-0" : "0";
    var exp = Number(x.toExponential(5).split("e")[1]);
    var trim = function (s) { return s.indexOf(".") >= 0 ? s.replace(/0+$/, "").replace(/\.$/, "") : s; };
    if (exp < -4 || exp >= 6) {
      var parts = x.toExponential(5).split("e");
      var e = Number(parts[1]);
      return trim(parts[0]) + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }
    return trim(fixed(x, 5 - exp));
  }

  /* ------------------------------------------------------------ assess/reports/words.py */

  var fitText = E.fit, marginText = E.margin;      // assess/engine/numbers.py, through words.py

  var fits = E.fitWords(say);                      // words.py: fit_phrase, fit_out_of_100, range_text
  var rangeText = fits.range, fitPhrase = fits.phrase, fitOutOf100 = fits.outOf100;

  function pointsText(points) { return (points >= 0 && !Object.is(points, -0) ? "+" : "") + gText(points); }

  function sentence(text) {
    text = strip(text);
    return /[.?!]$/.test(text) ? text : text + ".";
  }

  function say(key, values) {
    // assess/reports/sentences.py say: the sentence `key` of the shared table, its {names} filled in
    var sentences = global.careModelsPaper.wording.sentences;
    if (!has(sentences, key)) throw new Error("no sentence " + key);
    return E.fill(sentences[key], values);
  }

  function plural(n, word) {
    var plurals = global.careModelsPaper.wording.plurals;
    return n + " " + (n === 1 ? word : has(plurals, word) ? plurals[word] : word + "s");
  }

  function joinNames(names) {
    if (names.length <= 1) return names.join("");
    return names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  function has(obj, key) { return obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key); }

  function get(known, qid) { return known.has(qid) ? known.get(qid) : DK; }

  Object.assign(M, { SPACE: SPACE, escapeHtml: escapeHtml, escapeMarkup: escapeMarkup, fitText: fitText,
      fitOutOf100: fitOutOf100, fitPhrase: fitPhrase, fixed: fixed, gText: gText, get: get, has: has, joinNames: joinNames,
      marginText: marginText, mdCell: mdCell, mdEscape: mdEscape, plural: plural, pointsText: pointsText,
      rangeText: rangeText, say: say, sentence: sentence, strip: strip });
})(typeof window !== "undefined" ? window : globalThis);
