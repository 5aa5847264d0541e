/* The compiled questionnaire the other rooms work on: the data assess/site/questionnaire_data.py writes,
 * indexed as assess/engine/questionnaire.py indexes it. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});

  var DONT_KNOW = "dont-know";
  var SCORED = { single: true, multi: true, number: true };
  var TOP_KEYS = ["questionnaire", "respondent", "context", "date", "answers"];
  var BARRIER_MODELS = 2;

  function has(obj, key) {
    return obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key);
  }

  /* A sentence of one of Python's wording tables with its blanks filled, as str.format fills it ({{ and }} are
   * braces); a blank without a value is an error, as in Python. */
  function fill(text, values) {
    return text.replace(/\{\{|\}\}|\{(\w+)\}/g, function (all, name) {
      if (name === undefined) return all.charAt(0);
      if (!has(values, name)) throw new Error("no value for {" + name + "} in: " + text);
      return String(values[name]);
    });
  }

  function isNone(v) {
    return v === null || v === undefined;
  }

  /* ------------------------------------------------------------ compile */

  function compile(data) {
    var byId = Object.create(null);
    var questions = data.questions.map(function (q) {
      var optionIndex = Object.create(null);
      q.options.forEach(function (o) {
        optionIndex[o.id] = o;
        o.weights = Object.create(null);      // target -> {points, reason}, from the compact `why` pairs
        o.why.forEach(function (pair) {       // reasons come with the results' data (null until then)
          o.weights[data.targets[pair[0]]] = { points: o.vector[pair[0]], reason: data.reasons ? data.reasons[pair[1]] : null };
        });
      });
      // words: an answer in words, from assess/engine/records.py ANSWER_WORDS (answerLabel, changeWords)
      var cq = Object.assign({}, q, { optionIndex: optionIndex, words: data.answer_words });
      byId[q.id] = cq;
      return cq;
    });
    var targetIndex = Object.create(null);
    data.targets.forEach(function (t, i) { targetIndex[t] = i; });
    var referenced = Object.create(null);
    data.referenced.forEach(function (id) { referenced[id] = true; });
    return Object.assign({}, data, {
      questions: questions, byId: byId, targetIndex: targetIndex, referencedSet: referenced
    });
  }

  Object.assign(M, { BARRIER_MODELS: BARRIER_MODELS, DONT_KNOW: DONT_KNOW, SCORED: SCORED, TOP_KEYS: TOP_KEYS,
      compile: compile, fill: fill, has: has, isNone: isNone });
})(typeof window !== "undefined" ? window : globalThis);
