/* Answers: which questions apply, the checks of assess/engine/answers.py (worded for the page) and the
 * answers-file writer (assess/engine/answers.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, TOP_KEYS = M.TOP_KEYS, check = M.check, describe = M.describe,
      formatNumber = M.formatNumber, has = M.has, labeller = M.labeller, valueOf = M.valueOf;

  /* ------------------------------------------------------------ which questions apply */

  function applicable(cq, values) {
    // assess.engine.answers.applicable_values: question id -> answer of the questions that apply, in order
    var known = new Map();
    cq.questions.forEach(function (q) {
      if (q.when !== null && check(q.when, known) !== true) return;
      known.set(q.id, valueOf(values, q.id));
    });
    return known;
  }

  /* ------------------------------------------------------------ answers files (the checks of assess/engine/answers.py, worded for the page) */

  function show(value) {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return "[" + value.map(show).join(", ") + "]";
    if (value === null || value === undefined) return "None";
    if (typeof value === "boolean") return value ? "True" : "False";
    if (typeof value === "object") return "{...}";
    return String(value);
  }

  function quoted(text) { return "\u201c" + text + "\u201d"; }

  function optionWords(q, ids) {
    // what to write in the file, each with the words the page shows for it: acute (Acute hospital services)
    return ids.map(function (id) {
      var label = id === DONT_KNOW ? "I don't know" : (q.optionIndex[id] ? q.optionIndex[id].label : null);
      return label ? id + " (" + label + ")" : id;
    }).join(", ");
  }

  /* Where free text first holds a C0 or C1 control character other than tab and line feed, or a Unicode
   * non-character (assess/engine/answers.py untyped_at); -1 when it holds none. */
  function untypedAt(text) {
    var at = 0;
    for (var ch of text) {
      var c = ch.codePointAt(0);
      if ((c < 0x20 && c !== 9 && c !== 10) || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) ||
          (c & 0xfffe) === 0xfffe) return at;
      at++;
    }
    return -1;
  }

  /* What is wrong with free text (`what`: whose it is), in plain words; null when it is fine (the limit is
   * the questionnaire data's, Python's). */
  function textProblem(what, text, limits) {
    var length = Array.from(text).length, at;
    if (length > limits.free_text) {
      return what + " is " + formatNumber(length) + " characters long; the limit is " + formatNumber(limits.free_text) +
        ": shorten it.";
    }
    if ((at = untypedAt(text)) >= 0) {
      var code = Array.from(text)[at].codePointAt(0).toString(16).toUpperCase();
      return what + " holds an invisible control character (U+" + ("0000" + code).slice(-Math.max(4, code.length)) +
        ", character " + (at + 1) + "): remove it.";
    }
    return null;
  }

  /* What is wrong with `value` as the answer to `q`, in plain words for someone who loaded a file; null when it is
   * fine. `limits`: the questionnaire data's, for text answers. */
  function checkValue(q, value, limits) {
    if (value === DONT_KNOW) return null;
    var ids = (q.type === "single" || q.type === "multi") ? q.options.map(function (o) { return o.id; }) : [];
    var name = quoted(q.text);
    if (q.type === "single") {
      var choose = " Write one of: " + optionWords(q, ids.concat([DONT_KNOW])) + ".";
      if (value === null) return "No answer is given to " + name + "." + choose + " Or remove the line.";
      if (Array.isArray(value)) return "The answer to " + name + " is one answer, not a list." + choose;
      if (typeof value === "boolean") {
        return quoted(value ? "true" : "false") + " (a yes or no) is not one of the answers to " + name + "." + choose;
      }
      if (typeof value !== "string" || ids.indexOf(value) < 0) {
        return quoted(show(value)) + " is not one of the answers to " + name + ". Write one of: " +
          optionWords(q, ids.concat([DONT_KNOW])) + ".";
      }
    } else if (q.type === "multi") {
      if (typeof value === "string" && ids.indexOf(value) >= 0) {
        return "The answer to " + name + " should be a list, write it as a list: [" + value + "].";
      }
      if (!Array.isArray(value)) {
        return "The answer to " + name + " should be a list, for example [" + ids.slice(0, 2).join(", ") + "] or " +
          DONT_KNOW + ".";
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string" || ids.indexOf(value[i]) < 0) {
          return quoted(show(value[i])) + " is not one of the answers to " + name + ". Write one of: " +
            optionWords(q, ids) + ".";
        }
      }
      if (new Set(value).size !== value.length) return "An answer to " + name + " is listed twice: list each once.";
    } else if (q.type === "number") {
      var range = "write a number from " + formatNumber(q.min) + " to " + formatNumber(q.max);
      if (typeof value !== "number" || value !== value) return "The answer to " + name + " should be a number: " + range + ".";
      if (!(q.min <= value && value <= q.max)) return formatNumber(value) + " is too small or too large for " + name + ": " + range + ".";
      if (q.whole && value !== Math.floor(value)) {
        return "The answer to " + name + " should be a whole number, not " + formatNumber(value) + ".";
      }
    } else if (q.type === "text") {
      if (typeof value !== "string" && typeof value !== "number") return "The answer to " + name + " should be text.";
      if (limits) return textProblem("The answer to " + name, String(value), limits);
    }
    return null;
  }

  function normalise(q, value) {
    if (value === DONT_KNOW) return DONT_KNOW;
    if (q.type === "multi") {
      var pos = Object.create(null);
      q.options.forEach(function (o, i) { pos[o.id] = i; });
      return value.slice().sort(function (a, b) { return pos[a] - pos[b]; });
    }
    if (q.type === "text") return String(value);
    return value;
  }

  function isMapping(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  /* The problems of an answers file's top-level lines (all but the answers themselves), added to `problems`. */
  function checkTop(cq, data, problems) {
    Object.keys(data).forEach(function (key) {
      if (TOP_KEYS.indexOf(key) < 0) problems.push("The file has a line " + quoted(key + ":") + " that answers files do not have: remove it.");
    });
    if (data.questionnaire !== cq.id) {
      problems.push("The file holds answers to another questionnaire (" +
                    quoted(show(has(data, "questionnaire") ? data.questionnaire : null)) + "), not to this assessment.");
    }
    ["respondent", "context", "date"].forEach(function (key) {
      if (has(data, key) && data[key] !== null && typeof data[key] !== "string" && typeof data[key] !== "number") {
        problems.push(quoted(key) + " should be text.");
      } else if (key !== "date" && typeof data[key] === "string") {
        var p = textProblem(quoted(key), data[key], cq.limits);
        if (p) problems.push(p);
      }
    });
    if (!has(data, "answers")) {
      problems.push("The file has no \u201canswers:\u201d line. List the answers under it, one a line, or write " +
                    "\u201canswers: {}\u201d for none yet.");
    }
  }

  /* Check parsed answers-file data against the questionnaire; problems in plain words.
   * -> {problems: [text], values, respondent, context, date, ignored: [{question, why}]} */
  function checkAnswers(cq, data) {
    var problems = [];
    if (!isMapping(data)) {
      return { problems: ["This is not an answers file. An answers file has a \u201cquestionnaire:\u201d line and lists " +
                          "the answers under \u201canswers:\u201d. Start from a file downloaded from this page."] };
    }
    checkTop(cq, data, problems);
    var answers = has(data, "answers") ? data.answers : {};
    if (answers === null) answers = {};
    if (!isMapping(answers)) {
      problems.push("List the answers under \u201canswers:\u201d, one a line, each a question and its answer.");
      answers = {};
    }
    var values = Object.create(null);
    Object.keys(answers).forEach(function (qid) {
      var q = cq.byId[qid];
      if (!q) { problems.push("The file answers a question this assessment does not ask (" + quoted(qid) + "): remove that line."); return; }
      var p = checkValue(q, answers[qid], cq.limits);
      if (p) problems.push(p);
      else values[qid] = normalise(q, answers[qid]);
    });
    if (problems.length) return { problems: problems };
    var known = new Map(), ignored = [], label = labeller(cq);
    cq.questions.forEach(function (q) {
      var st = q.when !== null ? check(q.when, known) : true;
      if (st !== true) {
        if (has(values, q.id)) {
          var why = describe(q.when, label);
          if (st === false) {
            problems.push("The answer to " + quoted(q.text) + " should not be there: that question is asked only when " +
                          why + ". Remove it, or change the answer it depends on.");
          } else {
            ignored.push({ question: q.id, why: "it is asked only when " + why + ", which is not known" });
          }
        }
        return;
      }
      known.set(q.id, valueOf(values, q.id));
    });
    if (problems.length) return { problems: problems };
    var kept = Object.create(null);
    known.forEach(function (_, qid) { if (has(values, qid)) kept[qid] = values[qid]; });
    function text(v) { return v === null || v === undefined ? null : String(v); }
    return { problems: [], values: kept, respondent: text(data.respondent), context: text(data.context),
             date: text(data.date), ignored: ignored };
  }

  /* ------------------------------------------------------------ YAML out */

  function yamlString(s) {
    var out = "\"";
    for (var ch of String(s)) {
      var c = ch.codePointAt(0);
      if (ch === "\"") out += "\\\"";
      else if (ch === "\\") out += "\\\\";
      else if (c === 0x0a) out += "\\n";
      else if (c === 0x09) out += "\\t";
      else if (c === 0x0d) out += "\\r";
      else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";   // a lone surrogate
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff ||
               c === 0xfffe || c === 0xffff) {
        out += "\\u" + ("0000" + c.toString(16)).slice(-4);
      } else out += ch;
    }
    return out + "\"";
  }

  var PLAIN_KEY = /^[a-z_][a-z0-9_-]*$/i;
  var YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;

  function yamlKey(k) {
    return PLAIN_KEY.test(k) && !YAML_WORDS.test(k) ? k : yamlString(k);
  }

  function yamlNumber(v) {
    if (typeof v !== "number" || !isFinite(v)) throw new Error("not a finite number: " + v);
    if (Number.isInteger(v) && Math.abs(v) < 1e16) return String(v);
    var s = String(v);
    if (s.indexOf(".") < 0) s = s.replace("e", ".0e");   // PyYAML needs a dot in a float
    return s;
  }

  function yamlValue(v) {
    if (Array.isArray(v)) return "[" + v.map(yamlValue).join(", ") + "]";
    if (typeof v === "number") return yamlNumber(v);
    return yamlString(v);
  }

  /* The answers file the CLI reads (`assess score`, `assess report`). */
  function dumpAnswers(cq, doc) {
    var lines = [
      "# Answers to " + yamlString(cq.title).replace(/[\r\n]/g, " ") + ", saved from the care-models site.",
      "# Score them with 'assess score FILE' or write the board pack with 'assess report FILE'.",
      "questionnaire: " + yamlString(cq.id)
    ];
    ["respondent", "context", "date"].forEach(function (key) {
      if (doc[key] !== null && doc[key] !== undefined && String(doc[key]) !== "") {
        lines.push(key + ": " + yamlString(doc[key]));
      }
    });
    var known = applicable(cq, doc.values);
    var keys = [];
    known.forEach(function (_, qid) { if (has(doc.values, qid)) keys.push(qid); });
    if (!keys.length) lines.push("answers: {}");
    else {
      lines.push("answers:");
      keys.forEach(function (qid) { lines.push("  " + yamlKey(qid) + ": " + yamlValue(doc.values[qid])); });
    }
    return lines.join("\n") + "\n";
  }

  Object.assign(M, { applicable: applicable, checkAnswers: checkAnswers, checkValue: checkValue,
      dumpAnswers: dumpAnswers, quoted: quoted, yamlString: yamlString });
})(typeof window !== "undefined" ? window : globalThis);
