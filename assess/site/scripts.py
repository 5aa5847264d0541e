"""The browser's scripts (site/js/, one file per room of the engine it mirrors), in the order a page loads them.

Each script needs only those before it. The assessment page loads the engine and the page's own scripts;
the board paper's scripts are loaded only when someone asks for the paper (their names travel on the page,
in the `data-paper-scripts` attribute the assessment page reads). The network-rules page loads the YAML
reader, the governance room's mirror (GOVERNANCE, with the data assess/site/governance_data.py writes) and
its own scripts (NETWORK_PAGE). The workshop page loads the engine, the questionnaire's data (both parts, as it shows
results at once) and its own scripts (WORKSHOP); the board paper's scripts, as the assessment page, only when asked for.
"""
from __future__ import annotations

ENGINE = ("js/questionnaire.js", "js/numbers.js", "js/conditions.js", "js/scoring.js", "js/decision.js",
          "js/sensitivity.js", "js/respondents.js",
          "js/challenges.js", "js/answers.js", "js/yaml.js", "js/yaml-blocks.js", "js/engine.js")
PAPER = ("vendor/nunjucks/nunjucks.min.js", "vendor/markdown-it/markdown-it.min.js", "paper-data.js",
         "js/pytext.js", "js/provenance.js", "js/workforce.js", "js/chart.js", "js/report-focus.js",
         "js/report-view.js", "js/render.js")
GOVERNANCE = ("js/questionnaire.js", "js/conditions.js", "js/answers.js", "js/yaml.js", "js/yaml-blocks.js",
              "governance-data.js", "js/governance-numbers.js", "js/governance-power.js",
              "js/governance-power-tables.js", "js/governance-coalitions.js",
              "js/governance-voting.js", "js/governance-analysis.js", "js/governance-schema.js",
              "js/governance-network.js", "js/governance-budget.js")
NETWORK_PAGE = ("dom.js", "js/network-page-form.js", "js/network-page-results.js", "js/network-page.js")
PAGE = ("dom.js", "js/link.js", "js/page-state.js", "js/page-start.js", "js/page-question.js", "js/page-results.js",
        "js/page-files.js")
WORKSHOP = ("dom.js", "js/link.js", "js/workshop-results.js", "js/workshop-page.js")
WORKSHOP_DATA = ("questionnaire.js", "questionnaire-results.js")
