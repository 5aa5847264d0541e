"""The browser's scripts (site/js/, one file per room of the engine it mirrors), in the order a page loads them.

Each script needs only those before it. The assessment page loads the engine and the page's own scripts;
the board paper's scripts are loaded only when someone asks for the paper (their names travel on the page,
in the `data-paper-scripts` attribute the assessment page reads).
"""
from __future__ import annotations

ENGINE = ("js/questionnaire.js", "js/numbers.js", "js/conditions.js", "js/scoring.js", "js/decision.js",
          "js/sensitivity.js", "js/respondents.js",
          "js/challenges.js", "js/answers.js", "js/yaml.js", "js/yaml-blocks.js", "js/engine.js")
PAPER = ("vendor/nunjucks/nunjucks.min.js", "vendor/markdown-it/markdown-it.min.js", "paper-data.js",
         "js/pytext.js", "js/provenance.js", "js/workforce.js", "js/chart.js", "js/report-focus.js",
         "js/report-view.js", "js/render.js")
PAGE = ("dom.js", "js/link.js", "js/page-state.js", "js/page-start.js", "js/page-question.js", "js/page-results.js",
        "js/page-files.js")
