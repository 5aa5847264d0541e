/* Answers: which questions apply, the checks of assess/engine/answers.py (in its sentences, named for the page)
 * and the answers-file writer (assess/interview/yamlout.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, TOP_KEYS = M.TOP_KEYS, check = M.check, fill = M.fill, formatNumber = M.formatNumber,
      has = M.has, valueOf = M.valueOf;

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

  /* The checks' sentences are Python's (answers.MESSAGES, in the questionnaire data); the page names a
   * question by its text, where the CLI adds its name in the file and the file's line. HERE: the page's own
   * words where the CLI names a folder of examples or a questionnaire. */
  var HERE = { start: "a file downloaded from this page", this: "this assessment" };

  function say(cq, key, values) { return fill(cq.answer_checks[key], values || {}); }

  function sentence(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  /* One problem as the page shows it: what is wrong, then how to fix it ([key, values] each). */
  function problem(cq, wrong, fix) {
    var out = sentence(say(cq, wrong[0], wrong[1])) + ".";
    return fix ? out + " " + sentence(say(cq, fix[0], fix[1])) + "." : out;
  }

  function raw(value) {
    // assess/engine/answers.py _raw: a value YAML read, as the file writes it
    if (Array.isArray(value)) return "[" + value.map(raw).join(", ") + "]";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") return formatNumber(value);
    if (typeof value === "string") return value;
    return value === null || value === undefined ? "null" : "{...}";
  }

  function shown(cq, value) {
    // assess/engine/answers.py shown
    if (typeof value === "boolean") return say(cq, "yes_no", { value: raw(value) });
    if (typeof value === "number") return say(cq, "the_number", { number: raw(value) });
    if (typeof value === "string" || Array.isArray(value)) return say(cq, "quoted", { text: raw(value) });
    return say(cq, "this_value");
  }

  function quoted(text) { return "\u201c" + text + "\u201d"; }

  function optionsText(cq, q, dontKnow) {
    // assess/engine/answers.py options_text: what to write in the file, each with the words the page shows for it
    var words = q.options.map(function (o) { return say(cq, "option", { id: o.id, label: o.label }); });
    if (dontKnow) words.push(say(cq, "dont_know", { id: DONT_KNOW }));
    return words.length > 1 ? say(cq, "or_last", { options: words.slice(0, -1).join(", "), last: words[words.length - 1] })
      : words.join("");
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

  /* What is wrong with free text (`what`: whose it is), as assess/engine/answers.py text_problem; null when it
   * is fine (the limit is the questionnaire data's, Python's). */
  function textProblem(cq, what, text) {
    var chars = Array.from(text), at;
    if (chars.length > cq.limits.free_text) {
      return problem(cq, ["too_long", { what: what, length: formatNumber(chars.length), limit: formatNumber(cq.limits.free_text) }],
                     ["fix_shorten"]);
    }
    if ((at = untypedAt(text)) >= 0) {
      var code = chars[at].codePointAt(0).toString(16).toUpperCase();
      return problem(cq, ["control", { what: what, code: ("0000" + code).slice(-Math.max(4, code.length)), at: at + 1 }],
                     ["fix_control"]);
    }
    return null;
  }

  /* What is wrong with `value` as the answer to `q` (assess/engine/answers.py check_value), in plain words for
   * someone who loaded a file; null when it is fine. */
  function checkValue(cq, q, value) {
    if (value === DONT_KNOW) return null;
    var ids = (q.type === "single" || q.type === "multi") ? q.options.map(function (o) { return o.id; }) : [];
    var name = { question: quoted(q.text) };
    if (q.type === "single") {
      var choose = ["fix_choose", { options: optionsText(cq, q, true) }];
      if (value === null) return problem(cq, ["no_answer", name], ["fix_choose_or_remove", choose[1]]);
      if (Array.isArray(value)) return problem(cq, ["one_not_list", name], choose);
      if (typeof value !== "string" || ids.indexOf(value) < 0) {
        return problem(cq, ["not_an_answer", { value: shown(cq, value), question: name.question }], choose);
      }
    } else if (q.type === "multi") {
      return checkList(cq, q, ids, value);
    } else if (q.type === "number") {
      var range = ["fix_range", { min: formatNumber(q.min), max: formatNumber(q.max) }];
      if (typeof value !== "number" || value !== value) {
        return problem(cq, ["number_wanted", { question: name.question, value: shown(cq, value) }], range);
      }
      if (!(q.min <= value && value <= q.max)) {
        return problem(cq, ["out_of_range", { number: formatNumber(value), question: name.question }], range);
      }
      if (q.whole && value !== Math.floor(value)) {
        return problem(cq, ["whole_wanted", { question: name.question, number: formatNumber(value) }],
                       ["fix_whole", { whole: formatNumber(Math.trunc(value)) }]);
      }
    } else if (q.type === "text") {
      if (typeof value !== "string" && typeof value !== "number") return problem(cq, ["text_wanted", name], ["fix_text"]);
      return textProblem(cq, say(cq, "answer_to", name), String(value));
    }
    return null;
  }

  function checkList(cq, q, ids, value) {
    // assess/engine/answers.py _check_list: the answer to a multiple-choice question
    var name = { question: quoted(q.text) };
    if (typeof value === "string" && ids.indexOf(value) >= 0) return problem(cq, ["list_wanted", name], ["fix_as_list", { value: value }]);
    if (!Array.isArray(value)) {
      return problem(cq, ["list_wanted", name], ["fix_list_example", { examples: ids.slice(0, 2).join(", "),
                                                                     dont_know: say(cq, "dont_know", { id: DONT_KNOW }) }]);
    }
    for (var i = 0; i < value.length; i++) {
      if (typeof value[i] !== "string" || ids.indexOf(value[i]) < 0) {
        return problem(cq, ["not_an_answer", { value: shown(cq, value[i]), question: name.question }],
                       ["fix_choose", { options: optionsText(cq, q, false) }]);
      }
    }
    if (new Set(value).size !== value.length) return problem(cq, ["listed_twice", name], ["fix_once"]);
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

  function isIsoDate(value) {
    // assess/engine/answers.py is_iso_date: YYYY-MM-DD, and a real day
    var m = typeof value === "string" ? /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value) : null;
    if (!m || +m[1] < 1) return false;
    var day = new Date(0);
    day.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
    return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
  }

  /* The problems of an answers file's top-level lines (all but the answers themselves), added to `problems`
   * (assess/engine/answers.py _check_top). */
  function checkTop(cq, data, problems) {
    Object.keys(data).forEach(function (key) {
      if (TOP_KEYS.indexOf(key) < 0) {
        problems.push(problem(cq, ["unknown_key", { key: quoted(key + ":") }], ["fix_allowed", { allowed: TOP_KEYS.join(", ") }]));
      }
    });
    if (!has(data, "questionnaire")) problems.push(problem(cq, ["no_questionnaire"], ["fix_questionnaire", { id: cq.id }]));
    else if (data.questionnaire !== cq.id) {
      problems.push(problem(cq, ["other_questionnaire", { given: shown(cq, data.questionnaire), this: HERE.this }]));
    }
    ["respondent", "context"].forEach(function (key) {
      if (has(data, key) && data[key] !== null && typeof data[key] !== "string" && typeof data[key] !== "number") {
        problems.push(problem(cq, ["not_text", { key: quoted(key) }]));
      } else if (typeof data[key] === "string") {
        var p = textProblem(cq, quoted(key), data[key]);
        if (p) problems.push(p);
      }
    });
    if (has(data, "date") && data.date !== null && !isIsoDate(data.date)) {
      problems.push(problem(cq, ["not_a_date", { key: quoted("date"), value: shown(cq, data.date) }], ["fix_date"]));
    }
    if (!has(data, "answers")) problems.push(problem(cq, ["no_answers"], ["fix_no_answers"]));
  }

  /* Check parsed answers-file data against the questionnaire (assess/engine/answers.py check); problems in
   * plain words. -> {problems: [text], values, respondent, context, date, ignored: [{question, why}]} */
  function checkAnswers(cq, data) {
    var problems = [];
    if (!isMapping(data)) return { problems: [problem(cq, ["not_answers"], ["fix_start", { start: HERE.start }])] };
    checkTop(cq, data, problems);
    var answers = has(data, "answers") ? data.answers : {};
    if (answers === null) answers = {};
    if (!isMapping(answers)) {
      problems.push(problem(cq, ["answers_not_listed"], ["fix_answers"]));
      answers = {};
    }
    var values = Object.create(null);
    Object.keys(answers).forEach(function (qid) {
      var q = cq.byId[qid];
      if (!q) {
        problems.push(problem(cq, ["unknown_question", { this: HERE.this, question: quoted(qid) }], ["fix_remove_line"]));
        return;
      }
      var p = checkValue(cq, q, answers[qid]);
      if (p) problems.push(p);
      else values[qid] = normalise(q, answers[qid]);
    });
    if (problems.length) return { problems: problems };
    var found = applying(cq, values);
    if (found.problems.length) return { problems: found.problems };
    function text(v) { return v === null || v === undefined ? null : String(v); }
    return { problems: [], values: found.values, respondent: text(data.respondent), context: text(data.context),
             date: text(data.date), ignored: found.ignored };
  }

  function applying(cq, values) {
    // assess/engine/answers.py _applicable: the answers of the questions that apply; an answer to a question
    // that does not is a problem, or left out (with why) when whether it applies is not known
    var known = new Map(), ignored = [], problems = [], kept = Object.create(null);
    cq.questions.forEach(function (q) {
      var st = q.when !== null ? check(q.when, known) : true;
      if (st !== true) {
        if (has(values, q.id)) {
          if (st === false) {
            problems.push(problem(cq, ["does_not_apply", { question: quoted(q.text), condition: q.asked_when }],
                                  ["fix_does_not_apply"]));
          } else {
            ignored.push({ question: q.id, why: say(cq, "not_known", { condition: q.asked_when }) });
          }
        }
        return;
      }
      known.set(q.id, valueOf(values, q.id));
    });
    known.forEach(function (_, qid) { if (has(values, qid)) kept[qid] = values[qid]; });
    return { problems: problems, values: kept, ignored: ignored };
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
