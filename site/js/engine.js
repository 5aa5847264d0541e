/* The browser's engine, its public face (window.AssessEngine): what the assessment page and the tests call.
 * Mirrors the assess.engine package; each function is in the room file named after its Python module. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, YamlError = M.YamlError, alternativesFor = M.alternativesFor,
      answerLabel = M.answerLabel, applicable = M.applicable, challenges = M.challenges, changeText = M.changeText,
      check = M.check, checkAnswers = M.checkAnswers, checkValue = M.checkValue, compile = M.compile,
      ahead = M.ahead, decide = M.decide, decideMany = M.decideMany, dumpAnswers = M.dumpAnswers, exact = M.exact,
      fill = M.fill, fit = M.fit, fitWords = M.fitWords,
      fits = M.fits, margin = M.margin, span = M.span,
      formatNumber = M.formatNumber, labelsOf = M.labelsOf, order = M.order, parseYaml = M.parseYaml,
      prioritise = M.prioritise, reasons = M.reasons, recommend = M.recommend, score = M.score, scoreMany = M.scoreMany,
      sensitivity = M.sensitivity, state = M.state, topModel = M.topModel, yamlString = M.yamlString;

  global.AssessEngine = {
    DONT_KNOW: DONT_KNOW,
    compile: compile,
    check: check,
    state: state,
    fits: fits,
    order: order,
    topModel: topModel,
    reasons: reasons,
    alternativesFor: alternativesFor,
    sensitivity: sensitivity,
    score: score,
    scoreMany: scoreMany,
    labelsOf: labelsOf,
    challenges: challenges,
    fill: fill,
    recommend: recommend,
    decide: decide,
    decideMany: decideMany,
    prioritise: prioritise,
    changeText: changeText,
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
    YamlError: YamlError,
    yamlString: yamlString,
    dumpAnswers: dumpAnswers
  };

})(typeof window !== "undefined" ? window : globalThis);
