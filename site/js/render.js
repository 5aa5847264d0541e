/* The board paper rendered (window.CareModelsPaper): Nunjucks and markdown-it glue; mirrors
 * assess/reports/markdown.py, html.py and documents.py. Loaded only when someone asks for the paper, after the
 * vendored Nunjucks and markdown-it and assets/paper-data.js (assess/site/paper_data.py). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine, DK = E.DONT_KNOW;
  var escapeHtml = M.escapeHtml, escapeMarkup = M.escapeMarkup, fitText = M.fitText, has = M.has, mdCell = M.mdCell, mdEscape = M.mdEscape, pointsText = M.pointsText,
      rangeText = M.rangeText, reportView = M.reportView, respondentView = M.respondentView, say = M.say,
      sha256 = M.sha256, strip = M.strip, variant = M.variant, workforce = M.workforce;

  /* ------------------------------------------------------------ rendering (assess/reports/markdown.py, html.py, documents.py) */

  function slot(name) { return "\x1e" + name + "\x1e"; }

  function environment(nunjucks, autoescape) {
    // Jinja2's settings in assess/reports/markdown.py, and its filters where Nunjucks has none or another
    var env = new nunjucks.Environment([], { autoescape: autoescape, throwOnUndefined: true, trimBlocks: true,
                                             lstripBlocks: true });
    env.addFilter("md", mdEscape);
    env.addFilter("cell", mdCell);
    env.addFilter("trim", function (value, chars) { return strip(value, chars); });   // Jinja2's trim(chars)
    return env;
  }

  function template(nunjucks, P, name, autoescape) {
    // Jinja2's trim_blocks also drops the line break after a comment; Nunjucks' only after a tag
    var src = P.templates[name].replace(/#\}\n/g, "#}");
    return new nunjucks.Template(src, environment(nunjucks, autoescape), name, true);
  }

  function renderMarkdown(nunjucks, P, view) {
    var text = template(nunjucks, P, "report.md.j2", false).render({ r: view, chart_slot: slot("chart"), page_break: slot("break") });
    return text.replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "") + "\n";
  }

  function markdownToHtml(markdownit, markdown, slots) {
    var html = markdownit("commonmark", { html: false }).enable("table").render(markdown);
    Object.keys(slots).forEach(function (name) {
      var marker = "<p>" + slot(name) + "</p>";
      if (html.split(marker).length !== 2) throw new Error("slot " + name + " must appear exactly once in the Markdown");
      html = html.replace(marker, function () { return slots[name]; });
    });
    html = html.split("<p>" + slot("break") + "</p>").join('<div class="page-break"></div>');
    if (html.indexOf("\x1e") >= 0) throw new Error("an unknown slot marker is left in the HTML");
    return html;
  }

  function page(nunjucks, P, body, view) {
    var safe = nunjucks.runtime.markSafe;
    return template(nunjucks, P, "page.html.j2", true).render({ title: safe(escapeMarkup(view.title)), date_iso: view.date.iso,
                             description: safe(escapeMarkup(view.summary.text)), kind: "report",
                             css: safe(P.css), body: safe(body) });
  }

  function withSources(P, picks) {
    // the Quick Guide's prompts and the leading models' business-case issues and barriers with their sources
    // (the page shows none), looked up by where each came from
    return picks.map(function (c) {
      if (c.cite !== null || c.origin === null) return c;
      var cites = has(c.origin, "guide") ? P.quick_guide[c.origin.guide]
        : has(P.models, c.origin.model) ? P.models[c.origin.model].cites : null;
      return cites && has(cites, c.text) ? Object.assign({}, c, { cite: cites[c.text] }) : c;
    });
  }

  function boardPaper(libs, cq, answersText, file) {
    // the paper for an answers file's text, as `assess report FILE --format html` writes it; for several
    // (arrays of texts and file names), the combined paper of `assess report A B ... --format html`
    var P = global.careModelsPaper, texts = [].concat(answersText), files = [].concat(file);
    var checked = texts.map(function (text) {
      var one = E.checkAnswers(cq, E.parseYaml(text, cq.limits));
      if (one.problems.length) throw new Error(one.problems.join("; "));
      return one;
    });
    var values = checked.map(function (c) { return c.values; });
    var labels = E.labelsOf(checked.map(function (c) { return c.respondent; }), files);
    var result = E.scoreMany(cq, values, labels), known = values.length > 1 ? result.known : [result.known];
    var rec = E.decideMany(cq, result, values, labels);
    var picks = E.challenges(cq, result, known, rec);
    var ranked = E.prioritise(cq, withSources(P, picks));
    var view = reportView(P, cq, {
      result: result, rec: rec, ranked: ranked, known: known, values: values, answersTexts: texts,
      respondents: checked.map(function (c, i) { return respondentView(cq, c, files[i], labels[i]); }),
      workforce: workforce(P, rec, result.ranking, known),
      variant: variant(P, rec.kind === "model" ? rec.id : null, known)
    });
    var figure = '<figure class="chart">' + view.chart_svg + "<figcaption>" +
      say("chart caption", { one: escapeHtml(view.terms.ranking_one) }) + "</figcaption></figure>";
    var markdown = renderMarkdown(libs.nunjucks, P, view);
    return { markdown: markdown, view: view,
             html: page(libs.nunjucks, P, markdownToHtml(libs.markdownit, markdown, { chart: figure }), view) };
  }

  global.CareModelsPaper = {
    boardPaper: boardPaper,
    // the score result's workforce and variant for one respondent (tests/browser/test_paper.py compares them)
    workforce: function (rec, ranking, known) { return workforce(global.careModelsPaper, rec, ranking, [known]); },
    variant: function (modelId, known) { return variant(global.careModelsPaper, modelId, [known]); },
    // Python's text and number handling, held to it by tests/browser/test_paper.py
    text: { mdEscape: mdEscape, mdCell: mdCell, strip: strip, fitText: fitText, rangeText: rangeText,
            pointsText: pointsText, sha256: sha256 }
  };

})(typeof window !== "undefined" ? window : globalThis);
