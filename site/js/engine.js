/* The browser's engine, its public face (window.AssessEngine): what the assessment page and the tests call.
 * Mirrors the assess.engine package; each function is in the room file named after its Python module. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, ahead = M.ahead, answerLabel = M.answerLabel, applicable = M.applicable,
      challenges = M.challenges, check = M.check, checkAnswers = M.checkAnswers, checkValue = M.checkValue,
      compile = M.compile, decide = M.decide, decideMany = M.decideMany, dumpAnswers = M.dumpAnswers, exact = M.exact,
      fill = M.fill, fit = M.fit, fitWords = M.fitWords, formatNumber = M.formatNumber, labelsOf = M.labelsOf,
      margin = M.margin, parseYaml = M.parseYaml, prioritise = M.prioritise, score = M.score, scoreMany = M.scoreMany,
      span = M.span, yamlString = M.yamlString;

  global.AssessEngine = {
    DONT_KNOW: DONT_KNOW,
    compile: compile,
    check: check,
    score: score,
    scoreMany: scoreMany,
    labelsOf: labelsOf,
    challenges: challenges,
    fill: fill,
    decide: decide,
    decideMany: decideMany,
    prioritise: prioritise,
    applicable: applicable,
    answerLabel: answerLabel,
    formatNumber: formatNumber,
    fit: fit,
    fitWords: fitWords,
    margin: margin,
    ahead: ahead,
    exact: exact,
    span: span,
    checkValue: checkValue,
    checkAnswers: checkAnswers,
    parseYaml: parseYaml,
    yamlString: yamlString,
    dumpAnswers: dumpAnswers
  };

})(typeof window !== "undefined" ? window : globalThis);
