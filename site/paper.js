/* The board paper in the browser: the same paper as `assess report --format html` for the same answers file.
 *
 * Loaded only when someone asks for the paper, after the vendored Nunjucks and markdown-it and
 * assets/paper-data.js (window.careModelsPaper: what depends only on the knowledge base and the
 * questionnaire, written by `assess site build`, assess/site/paper_data.py). Here: the parts of the score
 * result assess/engine/workforce.py and variants.py add, the report's view (assess/reports/report.py),
 * then templates/report.md.j2 rendered with Nunjucks, Markdown to HTML with markdown-it (raw HTML off, as
 * assess/reports/html.py), the chart (assess/reports/chart.py) and templates/page.html.j2 around it.
 * Each function names the Python it follows; tests/browser/test_paper.py compares the two papers.
 */
(function (global) {
  "use strict";

  var E = global.AssessEngine;
  var DK = E.DONT_KNOW;

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

  function fitText(x) { return fixed(x, 1); }

  function rangeText(low, high) {
    if (high - low < 0.05) return "exact";
    return fixed(Math.floor(low + 1e-9), 0) + "\u2013" + fixed(Math.ceil(high - 1e-9), 0);
  }

  function fitWithRange(r) {
    var rt = rangeText(r.low, r.high);
    return fitText(r.score) + " (" + (rt === "exact" ? rt : "range " + rt) + ")";
  }

  function pointsText(points) { return (points >= 0 && !Object.is(points, -0) ? "+" : "") + gText(points); }

  function sentence(text) {
    text = strip(text);
    return /[.?!]$/.test(text) ? text : text + ".";
  }

  function say(key, values) {
    // assess/reports/sentences.py say: the sentence `key` of the shared table, its {names} filled in
    var sentences = global.careModelsPaper.wording.sentences;
    if (!has(sentences, key)) throw new Error("no sentence " + key);
    return sentences[key].replace(/\{(\w+)\}/g, function (m, name) {
      if (!has(values, name)) throw new Error("sentence " + key + " needs " + name);
      return String(values[name]);
    });
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

  /* ------------------------------------------------------------ SHA-256 (the content hash; works from file:// too) */

  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1,
    0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3,
    0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
    0xbef9a3f7, 0xc67178f2];

  function sha256(text) {
    // hex SHA-256 of the UTF-8 bytes of text
    var bytes = Array.from(new TextEncoder().encode(text)), n = bytes.length;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    var bits = n * 8;
    for (var i = 7; i >= 0; i--) bytes.push(i >= 4 ? Math.floor(bits / Math.pow(2, 8 * i)) & 0xff : (bits >>> (8 * i)) & 0xff);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64), rot = function (x, r) { return (x >>> r) | (x << (32 - r)); };
    for (var off = 0; off < bytes.length; off += 64) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) {
          var j = off + 4 * t;
          w[t] = ((bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3]) | 0;
        } else {
          var s0 = rot(w[t - 15], 7) ^ rot(w[t - 15], 18) ^ (w[t - 15] >>> 3);
          var s1 = rot(w[t - 2], 17) ^ rot(w[t - 2], 19) ^ (w[t - 2] >>> 10);
          w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (hh + (rot(e, 6) ^ rot(e, 11) ^ rot(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rot(a, 2) ^ rot(a, 13) ^ rot(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + hh].map(function (x) { return x | 0; });
    }
    return h.map(function (x) { return ("00000000" + (x >>> 0).toString(16)).slice(-8); }).join("");
  }

  /* ------------------------------------------------------------ assess/reports/provenance.py */

  function contentHash(kbDigest, qDigest, answerTexts) {
    var answers = answerTexts.map(sha256);
    var text = ["care-models report inputs", kbDigest, qDigest].concat(answers).join("\n");
    return { hash: sha256(text), kb: kbDigest, questionnaire: qDigest, answers: answers };
  }

  function validDate(y, m, d) {
    var when = new Date(Date.UTC(2000, m - 1, d));
    when.setUTCFullYear(y);
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && when.getUTCMonth() === m - 1 && when.getUTCDate() === d;
  }

  function reportDate(answerDates) {
    // report_date without SOURCE_DATE_EPOCH (a browser has no build environment): the latest answers date.
    // Python also reads digits of other scripts as a date; here only 0-9 are (such a date is shown as given).
    var dates = answerDates.filter(function (d) { return d !== null && d !== undefined && d !== ""; }).map(String);
    if (!dates.length) return { text: null, iso: null, from: null };
    var pattern = new RegExp("^[" + SPACE + "]*([0-9]{4})-([0-9]{2})-([0-9]{2})");
    var isos = [];
    dates.forEach(function (d) {
      var m = pattern.exec(d);
      if (m && validDate(Number(m[1]), Number(m[2]), Number(m[3]))) isos.push(strip(m[0]));
    });
    isos.sort();
    var text = isos.length ? isos[isos.length - 1] : dates[0];
    return { text: text, iso: isos.length ? isos[isos.length - 1] : null, from: "answers" };
  }

  /* ------------------------------------------------------------ assess/engine/workforce.py */

  function workforce(P, rec, ranking, knownSets) {
    var W = P.workforce;
    if (!W) return null;
    var firstStanding = ranking.filter(function (r) { return !r.excluded; })[0];
    var modelId = rec.kind === "model" ? rec.id : (firstStanding ? firstStanding.model : null);
    if (!has(P.models, modelId)) return null;
    var model = P.models[modelId], answers = workforceAnswers(knownSets), live = liveTopics(W, answers);
    var items = model.workforce.map(function (item) {
      return { text: item.text, cite: item.cite, topics: item.topics,
               why: item.topics.filter(function (t) { return has(live, t); }).map(function (t) { return live[t]; }) };
    });
    items = items.filter(function (i) { return i.why.length; }).concat(items.filter(function (i) { return !i.why.length; }));
    var here = {};
    items.forEach(function (i) { i.topics.forEach(function (t) { here[t] = true; }); });
    var summary = ["transfer", "harmonisation", "pensions"].filter(function (t) { return has(live, t) && here[t]; })
      .map(function (t) { return W.headlines[t]; });
    var partners = Object.keys(answers.partners);
    if (!partners.length && !answers.transfer.length && !answers.pension.length) summary.unshift(W.headlines.unknown);
    else if (partners.length && partners.every(function (p) { return W.nhs_bodies.indexOf(p) >= 0; })) {
      summary.push(W.headlines.nhs_only);
    }
    if (here.roles) summary.push(W.headlines.roles);
    return { model: modelId, name: model.name, recommended: rec.kind === "model",
             summary: summary.slice(0, W.summary_lines), implications: items, legal: legalNotes(W, answers.partners) };
  }

  function workforceAnswers(knownSets) {
    var partners = {}, transfer = [], pension = [];
    knownSets.forEach(function (known) {
      var value = get(known, "partners");
      if (value !== DK) value.forEach(function (p) { partners[p] = true; });
      [["staff-transfer", transfer], ["nhs-pension", pension]].forEach(function (pair) {
        var v = get(known, pair[0]);
        if (v !== DK && pair[1].indexOf(v) < 0) pair[1].push(v);
      });
    });
    return { partners: partners, transfer: transfer, pension: pension };
  }

  function liveTopics(W, answers) {
    var live = {}, inside = W.nhs_bodies.some(function (p) { return answers.partners[p]; });
    var outside = W.outside_nhs.some(function (p) { return answers.partners[p]; });
    if (answers.transfer.indexOf("will-transfer") >= 0) live.transfer = W.live.transfer;
    if (inside && outside) live.harmonisation = W.live.harmonisation;
    if (answers.pension.indexOf("needed") >= 0) live.pensions = W.live.pensions;
    return live;
  }

  function legalNotes(W, partners) {
    var wanted = W.nhs_bodies.filter(function (p) { return partners[p]; });
    if (!wanted.length || !W.restriction) return [];
    return [{ text: W.restriction.text, cite: W.restriction.cite,
              why: W.partners_include.replace("{partners}", wanted.map(function (p) { return W.partner_names[p]; }).join(" and ")) }];
  }

  /* ------------------------------------------------------------ assess/engine/variants.py match */

  function variant(P, modelId, knownSets) {
    var variants = has(P.models, modelId) ? P.models[modelId].variants : [];
    if (!variants.length) return null;
    var points = {}, why = {};
    variants.forEach(function (v) { points[v.id] = 0; why[v.id] = []; });
    P.signals.forEach(function (signal) {
      if (!has(points, signal.variant)) return;
      var hits = knownSets.filter(function (known) { return E.check(signal.when, known) === true; }).length;
      if (hits) {
        points[signal.variant] += signal.points * hits / knownSets.length;
        why[signal.variant].push(signal.reason);
      }
    });
    var best = Math.max.apply(null, variants.map(function (v) { return points[v.id]; }));
    var leaders = variants.filter(function (v) { return points[v.id] === best; });
    var chosen = best > 0 && leaders.length === 1 ? leaders[0] : null;
    return { model: modelId, name: chosen ? chosen.name : null, why: chosen ? why[chosen.id] : [],
             tied: !chosen && best > 0 ? leaders.map(function (v) { return v.name; }) : [],
             features: chosen ? chosen.features : [], examples: chosen ? chosen.examples : [],
             vanguards: P.models[modelId].vanguards };
  }

  /* ------------------------------------------------------------ assess/reports/report.py report_view */

  function reportView(P, cq, a) {
    // a: {result, rec, ranked, known, respondent, answersText, file}; one respondent, as an answers file is
    var result = a.result, ranking = result.ranking, sizes = P.wording.sizes, terms = cq.decision.terms;
    var standing = ranking.filter(function (r) { return !r.excluded; });
    var top = standing.length ? standing[0] : ranking[0];
    var labels = [a.respondent.label];
    var challenges = challengesView(P, a.ranked, labels);
    var scored = [];
    a.known.forEach(function (_, qid) { if (cq.byId[qid].type !== "text") scored.push(qid); });
    var rv = rankingView(cq, ranking, standing.slice(0, sizes.top).map(function (r) { return r.model; }));
    var topViews = standing.slice(0, sizes.top).map(function (r, i) { return topView(P, i + 1, r); });
    var digest = contentHash(P.kb_digest, cq.digest, [a.answersText]);
    var cited = citedDocs(P, a.ranked, topViews);
    return Object.assign({
      title: terms.title, terms: terms, questionnaire: { id: cq.id, title: cq.title },
      date: reportDate([a.respondent.date]),
      respondents: [a.respondent], multi: false, labels: labels,
      decision: decisionView(P, terms, a.rec),
      workforce: workforceView(a.workforce), variant: variantView(P, a.variant),
      summary: summaryView(terms, result, top, standing, result.dont_know, scored),
      sections: answersView(cq, a.values, a.known),
      dont_know: result.dont_know.map(function (qid) { return cq.byId[qid].text; }),
      disagreements: [],
      ranking: rv.rows, exclusions: rv.exclusions, chart_svg: rv.svg, chart_rows: rv.chartRows,
      top: topViews, top_reasons: topViews.slice(0, 1),
      changes: sensitivityView(cq, result, sizes)
    }, alternativesView(P, result), {
      challenges: challenges, challenges_top: challenges.slice(0, sizes.challenges_shown),
      challenge_count: a.ranked.length,
      sources: P.sources.map(function (s) { return Object.assign({}, s, { cited: !!cited[s.id] }); }),
      uncited: P.sources.filter(function (s) { return !cited[s.id]; }).map(function (s) { return s.short; }),
      derived: P.wording.derived, as_at: P.wording.as_at, since: P.since,
      footer: { version: P.version, hash: digest.hash, kb: digest.kb, kb_short: digest.kb.slice(0, 12),
                questionnaire: digest.questionnaire, questionnaire_short: digest.questionnaire.slice(0, 12),
                answers: [{ file: a.respondent.file, sha256: digest.answers[0], short: digest.answers[0].slice(0, 12) }] }
    });
  }

  function citedDocs(P, ranked, topViews) {
    // the documents the challenges cite, "hlp-module-1", the top models' texts
    var cited = { "hlp-module-1": true };
    ranked.forEach(function (c) {
      c.cites.forEach(function (text) {
        P.sources.forEach(function (s) { if (text.indexOf(s.short + ", \u201c") === 0) cited[s.id] = true; });
      });
    });
    topViews.forEach(function (t) {
      if (has(P.models, t.id)) P.models[t.id].docs.forEach(function (d) { cited[d] = true; });
    });
    return cited;
  }

  function respondentView(cq, checked, file) {
    var stem = file.replace(/\.[^.]*$/, "");
    return { label: checked.respondent || stem, respondent: checked.respondent, context: checked.context,
             date: checked.date, file: file,
             ignored: checked.ignored.map(function (i) { return { question: cq.byId[i.question].text, why: i.why }; }) };
  }

  function answersView(cq, values, known) {
    // _answers_view for one respondent
    var sections = [];
    cq.sections.forEach(function (section) {
      var rows = [];
      section.questions.forEach(function (qid) {
        if (!known.has(qid)) return;
        var q = cq.byId[qid], cell;
        if (!has(values, qid)) cell = { text: "not answered (counted as don't know)", user: false };
        else cell = { text: E.answerLabel(q, values[qid]), user: q.type === "text" && values[qid] !== DK };
        rows.push({ question: q.text, answers: [cell], dont_know: known.get(qid) === DK });
      });
      if (rows.length) sections.push({ title: section.title, rows: rows });
    });
    return sections;
  }

  function rankingView(cq, ranking, topIds) {
    var rows = [], exclusions = [], one = cq.decision.terms.ranking_one;
    ranking.forEach(function (r, i) {
      var note = "";
      if (r.excluded) {
        note = "excluded";
        exclusions.push({ name: r.name, text: say("excluded", { condition: r.exclusion.condition,
                                                               reason: sentence(r.exclusion.reason) }) });
      } else if (r.may_be_excluded.length) {
        var m = r.may_be_excluded[0];
        note = "may be excluded";
        exclusions.push({ name: r.name, text: say("may be excluded", { condition: m.condition, reason: sentence(m.reason) }) });
      }
      rows.push({ rank: i + 1, id: r.model, name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high),
                  note: note, excluded: r.excluded, top: topIds.indexOf(r.model) >= 0 });
    });
    var chartRows = rows.map(function (row, i) {
      var r = ranking[i];
      return { label: row.rank + ". " + row.name, value: r.score, low: r.low, high: r.high, highlight: row.top,
               excluded: r.excluded,
               value_text: r.excluded ? say("chart ruled out", { fit: row.fit })
                 : r.high - r.low >= 0.05 ? say("fit and range", { fit: row.fit, range: row.range }) : row.fit };
    });
    var svg = barChart(chartRows, say("chart title", { one: one }), say("chart description", { one: one, rows: rows.map(function (row) {
      return say(row.excluded ? "chart row excluded" : "chart row", { name: row.name, fit: row.fit, range: row.range });
    }).join("; ") }));
    return { rows: rows, exclusions: exclusions, svg: svg, chartRows: chartRows };
  }

  function topView(P, rank, r) {
    var sizes = P.wording.sizes, split = contributions(P, r.reasons, r.model);
    return {
      rank: rank, id: r.model, name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high),
      why: split.pro.slice(0, sizes.why_for), against: split.con.slice(0, sizes.why_against),
      all_for: split.pro, all_against: split.con, all_reasons: split.pro.concat(split.con),
      cautions: r.may_be_excluded.map(function (m) {
        return { respondent: m.respondent || null,
                 text: say("top may be excluded", { condition: m.condition, reason: sentence(m.reason) }) };
      }),
      m: has(P.models, r.model) ? { overview: P.models[r.model].overview } : null
    };
  }

  function contributions(P, reasons, target) {
    // _contributions: reasons merged by (question, answer), with the weight's source
    var merged = [], seen = {};
    reasons.forEach(function (r) {
      var key = r.question + "\u0000" + r.answer;
      if (has(seen, key)) return;
      var table = P.weights.table, row = has(table, r.question) && has(table[r.question], r.answer)
        ? table[r.question][r.answer] : {};
      var source = has(row, target) ? P.weights.cites[row[target]] : null;
      seen[key] = true;
      merged.push({ question: r.question_text, answer: r.answer_label, points: r.points,
                    points_text: pointsText(r.points), reason: r.reason,
                    cite: source ? say("weight from", { source: source }) : say("weight", {}),
                    source_cite: source || "care-models", respondents: [] });
    });
    return { pro: merged.filter(function (r) { return r.points > 0; }),
             con: merged.filter(function (r) { return r.points < 0; }) };
  }

  function alternativesView(P, result) {
    var alternatives = result.alternatives.map(function (r) {
      return { name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high), excluded: r.excluded };
    });
    var altStanding = result.alternatives.filter(function (r) { return !r.excluded; });
    var bestAlt = null;
    if (altStanding.length && P.collaborative.indexOf(altStanding[0].id) >= 0) {
      bestAlt = Object.assign({}, P.alternatives[altStanding[0].id], { fit: fitText(altStanding[0].score) });
    }
    var legalRows = result.legal_forms.map(function (r) {
      return { name: r.name, fit: fitText(r.score), range: rangeText(r.low, r.high), level: P.legal[r.id].level,
               excluded: r.excluded };
    });
    var legalStanding = result.legal_forms.filter(function (r) { return !r.excluded; });
    var bestLegal = legalStanding.length
      ? Object.assign({}, P.legal[legalStanding[0].id].view, { fit: fitText(legalStanding[0].score) }) : null;
    return { alternatives: alternatives, best_alternative: bestAlt, collaborative_intro: P.collaborative_intro,
             legal_forms: legalRows, best_legal: bestLegal, legal_intro: P.legal_intro };
  }

  function challengesView(P, ranked, labels) {
    return ranked.map(function (c) {
      return { priority: c.priority, theme: c.theme, text: c.text, why: c.why, label: P.wording.rank_labels[c.rank],
               cite: c.cites.join("; ") || "care-models",
               user: labels.some(function (label) { return c.text.indexOf(label) >= 0; }) };
    });
  }

  function decisionView(P, terms, rec) {
    var wording = P.wording, sizes = wording.sizes, headline, fit = null;
    if (rec.kind === "none") headline = say("headline none", {});
    else if (rec.kind === "alternative") {
      headline = say("headline alternative", { name: rec.name, alternative_one: terms.alternative_one || "alternative" });
    } else headline = say("headline model", { name: rec.name });
    if (rec.fit !== null) {
      fit = rec.high - rec.low >= 0.05 ? say("fit and range", { fit: fitText(rec.fit), range: rangeText(rec.low, rec.high) })
        : fitText(rec.fit);
    }
    var changes = rec.changes || [], reasons = rec.kind === "none" ? rec.why : rec.why.slice(0, -1);
    var change = function (c) { return { respondent: c.respondent || null, text: c.text }; };
    return { kind: rec.kind, headline: headline, fit: fit, confidence: wording.confidence[rec.confidence],
             ask: wording.ask[rec.kind].replace("{name}", rec.name),
             confidence_text: rec.kind !== "none" ? rec.why[rec.why.length - 1] : "",
             why: reasons.slice(0, sizes.reasons_shown), instead: rec.instead.slice(),
             changes: changes.slice(0, sizes.changes_shown).map(change),
             all_changes: changes.slice(0, sizes.changes_listed).map(change),
             unlisted_changes: Math.max(0, changes.length - sizes.changes_listed),
             more_changes: Math.max(0, changes.length - sizes.changes_shown) };
  }

  function workforceView(w) {
    if (!w) return null;
    var implication = function (i) {
      return { text: i.text, why: typeof i.why === "string" ? i.why : i.why.join("; "), cite: i.cite };
    };
    return { heading: say(w.recommended ? "workforce recommended" : "workforce pursued", { name: w.name }),
             summary: w.summary.slice(),
             live: w.implications.filter(function (i) { return i.why.length; }).map(implication),
             other: w.implications.filter(function (i) { return !i.why.length; }).map(implication),
             legal: w.legal.map(implication) };
  }

  function variantView(P, v) {
    if (!v) return null;
    return { heading: say("variant heading", { label: P.models[v.model].label }), name: v.name, why: v.why.slice(), tied: v.tied.slice(),
             features: v.features, features_shown: v.features.slice(0, 2), examples: v.examples.slice(),
             vanguards: v.vanguards.slice() };
  }

  function sensitivityView(cq, result, sizes) {
    // report.py _sensitivity_view: at most sizes.change_groups questions, sizes.changes_per_group changes of each
    var groups = [], byKey = {}, one = cq.decision.terms.ranking_one, names = {};
    result.ranking.forEach(function (r) { names[r.model] = r.name; });
    result.sensitivity.forEach(function (s) {
      var key = s.question + "\u0000" + (s.respondent || "");
      if (!has(byKey, key)) {
        byKey[key] = { id: s.question, question: s.question_text, now: s.answer, respondent: s.respondent || null,
                       all: [], best: 0 };
        groups.push(byKey[key]);
      }
      byKey[key].all.push(s);
      byKey[key].best = Math.max(byKey[key].best, s.margin);
    });
    var asked = groups.length;
    groups.sort(function (x, y) { return (y.best - x.best) || (cq.byId[x.id].index - cq.byId[y.id].index); });
    groups = groups.slice(0, sizes.change_groups);
    var shown = 0;
    groups.forEach(function (g) {
      var ranked = g.all.map(function (s, i) { return [s, i]; })
        .sort(function (a, b) { return (b[0].margin - a[0].margin) || (a[1] - b[1]); });
      g.changes = ranked.slice(0, sizes.changes_per_group).map(function (p) {
        return say("change", { change_to: p[0].change_to, name: names[p[0].new_top], margin: fixed(p[0].margin, 1) });
      });
      delete g.all;
      shown += g.changes.length;
    });
    var n = result.sensitivity.length, standing = result.ranking.filter(function (r) { return !r.excluded; });
    var top = standing.length ? standing[0].name : "", intro, more = "", others = asked - groups.length;
    if (!n) intro = top ? say("no change", { one: one, top: top }) : say("no change, none standing", { one: one });
    else intro = say("changes", { changes: plural(n, "single change"), one: one, questions: plural(asked, "question") });
    if (n > shown) {
      more = others ? say("more changes elsewhere", { changes: plural(n - shown, "more single change"),
                                                      questions: plural(others, "other question") })
        : say("more changes", { changes: plural(n - shown, "more single change") });
    }
    return { intro: intro, groups: groups, count: n, more: more };
  }

  function summaryView(terms, result, top, standing, dontKnow, scored) {
    var s = [];
    if (!standing.length) s.push(say("all excluded", { one: terms.ranking_one }));
    else {
      s.push(say("best fit", { ranking: terms.ranking, name: top.name,
                               fit: fitWithRange(top).replace(" (", " out of 100 (") }));
    }
    var nDk = dontKnow.length, nQ = scored.length;
    if (nDk) {
      s.push(say(nDk === 1 ? "one unknown" : "unknowns", { count: nDk, n: nQ,
                 range: rangeText(top.low, top.high).replace("exact", "its present value") }));
      var rivals = standing.slice(1).filter(function (r) { return r.high > top.low; }).map(function (r) { return r.name; });
      if (rivals.length) {
        s.push(rivals.length > 4 ? say("rivals and more", { names: joinNames(rivals.slice(0, 4)), more: rivals.length - 4 })
          : say("rivals", { names: joinNames(rivals) }));
      }
    } else s.push(say("all answered", { n: nQ }));
    var alts = result.alternatives.filter(function (r) { return !r.excluded; });
    if (alts.length) s.push(say("best alternative", { alternatives: terms.alternatives, name: alts[0].name, fit: fitText(alts[0].score) }));
    var legal = result.legal_forms.filter(function (r) { return !r.excluded; });
    if (legal.length) s.push(say("legal form", { legal_forms: terms.legal_forms, name: legal[0].name, fit: fitText(legal[0].score) }));
    var excluded = result.ranking.filter(function (r) { return r.excluded; }).map(function (r) { return r.name; });
    if (excluded.length) {
      s.push(say("excluded models", { models: plural(excluded.length, "model is"), names: joinNames(excluded) }));
    }
    return { text: s.join(" ") };
  }

  /* ------------------------------------------------------------ assess/reports/chart.py bar_chart */

  var C = null;         // sizes, colours and words of chart.py (paper-data.js), set when a chart is drawn

  function cx(value) { return C.LEFT + (C.WIDTH - C.LEFT - C.RIGHT - C.VALUE) * Math.max(0, Math.min(100, value)) / 100; }

  function cn(value) {
    var text = fixed(value, 1);
    return /\.0$/.test(text) ? text.slice(0, -2) : text;
  }

  function barChart(rows, title, description) {
    C = global.careModelsPaper.chart;
    var ranked = rows.filter(function (r) { return !r.excluded; }), excluded = rows.filter(function (r) { return r.excluded; });
    var bottom = C.TOP + C.ROW * ranked.length;
    var apart = excluded.length ? C.OUT_HEAD + C.OUT_ROW * excluded.length + 4 : 0;
    var height = bottom + C.AXIS + C.LEGEND + apart;
    var out = [
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ' + C.WIDTH + " " + height + '" ' +
      'width="' + C.WIDTH + '" height="' + height + '" role="img" aria-labelledby="chart-title chart-desc" ' +
      'font-family="Helvetica, Arial, sans-serif" font-size="13">',
      '<title id="chart-title">' + escapeHtml(title) + "</title>",
      '<desc id="chart-desc">' + escapeHtml(description) + "</desc>"
    ];
    out = out.concat(gridAndAxis(ranked.length));
    ranked.forEach(function (row, i) { out = out.concat(chartRow(C.TOP + C.ROW * i, row)); });
    out = out.concat(legend(bottom + C.AXIS));
    if (excluded.length) out = out.concat(excludedRows(bottom + C.AXIS + C.LEGEND, excluded));
    out.push("</svg>");
    return out.join("\n");
  }

  function legend(y) {
    var L = C.LEFT;
    return ['<g class="legend" fill="' + C.INK + '" font-size="11">',
            '<rect x="' + L + '" y="' + y + '" width="14" height="10" fill="' + C.FILL_TOP + '" stroke="' + C.FILL_TOP + '"/>',
            '<text x="' + (L + 20) + '" y="' + (y + 9) + '">' + C.WORDS.leading + "</text>",
            '<rect x="' + (L + 150) + '" y="' + y + '" width="14" height="10" fill="' + C.FILL_OTHER + '" stroke="' + C.INK + '"/>',
            '<text x="' + (L + 170) + '" y="' + (y + 9) + '">' + C.WORDS.others + "</text>",
            '<line x1="' + (L + 260) + '" y1="' + (y + 5) + '" x2="' + (L + 290) + '" y2="' + (y + 5) + '" stroke="' + C.INK +
            '" stroke-width="2"/>',
            '<text x="' + (L + 296) + '" y="' + (y + 9) + '">' + C.WORDS.range + "</text>",
            "</g>"];
  }

  function excludedRows(y, rows) {
    var out = ['<g class="excluded" fill="' + C.MUTED + '">',
               '<line x1="' + C.LEFT + '" y1="' + (y + 4) + '" x2="' + (C.WIDTH - C.RIGHT) + '" y2="' + (y + 4) + '" stroke="' +
               C.INK + '" stroke-width="1"/>',
               '<text x="' + C.LEFT + '" y="' + (y + 20) + '" fill="' + C.INK + '" font-weight="bold">' + C.WORDS["ruled out"] + "</text>"];
    rows.forEach(function (row, i) {
      var ty = y + C.OUT_HEAD + C.OUT_ROW * (i + 1) - 4;
      out.push('<text x="' + C.LEFT + '" y="' + ty + '">' + escapeHtml(row.label) + "</text>");
      out.push('<text x="' + (C.WIDTH - C.RIGHT) + '" y="' + ty + '" text-anchor="end">' + escapeHtml(row.value_text) + "</text>");
    });
    out.push("</g>");
    return out;
  }

  function gridAndAxis(n) {
    var bottom = C.TOP + C.ROW * n, out = ['<g class="grid" stroke="#aeb7bd" stroke-width="1">'];
    for (var i = 0; i < n; i++) {
      var y1 = C.TOP + C.ROW * i + 16, y2 = C.TOP + C.ROW * i + 18 + C.BAR + 2;
      C.TICKS.forEach(function (tick) {
        var x = cn(cx(tick));
        out.push('<line x1="' + x + '" y1="' + y1 + '" x2="' + x + '" y2="' + y2 + '"' +
                 (tick === 0 ? "" : ' stroke-dasharray="2 2"') + "/>");
      });
    }
    out.push("</g>");
    out.push('<g class="axis" fill="' + C.INK + '" font-size="11">');
    C.TICKS.forEach(function (tick) {
      var anchor = tick === 0 ? "start" : tick === 100 ? "end" : "middle";
      out.push('<text x="' + cn(cx(tick)) + '" y="' + (bottom + 16) + '" text-anchor="' + anchor + '">' + tick + "</text>");
    });
    out.push('<text x="' + cn(cx(50)) + '" y="' + (bottom + 28) + '" text-anchor="middle" font-size="10">' + C.WORDS.axis + "</text>");
    out.push("</g>");
    return out;
  }

  function chartRow(y, row) {
    var barY = y + 18, weight = row.highlight ? ' font-weight="bold"' : "";
    var out = ['<g class="row">',
               '<text x="' + C.LEFT + '" y="' + (y + 13) + '" fill="' + C.INK + '"' + weight + ">" + escapeHtml(row.label) + "</text>",
               '<text x="' + (C.WIDTH - C.RIGHT) + '" y="' + (barY + C.BAR - 2) + '" fill="' + C.INK + '" text-anchor="end"' + weight +
               ">" + escapeHtml(row.value_text) + "</text>"];
    var width = Math.max(0, cx(row.value) - C.LEFT);
    var fill = row.highlight ? C.FILL_TOP : C.FILL_OTHER, stroke = row.highlight ? C.FILL_TOP : C.INK;
    out.push('<rect x="' + C.LEFT + '" y="' + barY + '" width="' + cn(width) + '" height="' + C.BAR + '" fill="' + fill +
             '" stroke="' + stroke + '" stroke-width="1"/>');
    if (row.high - row.low > 0.05) {
      var mid = cn(barY + C.BAR / 2), x1 = cn(cx(row.low)), x2 = cn(cx(row.high));
      var lines = '<line x1="' + x1 + '" y1="' + mid + '" x2="' + x2 + '" y2="' + mid + '"/>' +
        '<line x1="' + x1 + '" y1="' + cn(barY - 1) + '" x2="' + x1 + '" y2="' + cn(barY + C.BAR + 1) + '"/>' +
        '<line x1="' + x2 + '" y1="' + cn(barY - 1) + '" x2="' + x2 + '" y2="' + cn(barY + C.BAR + 1) + '"/>';
      out.push('<g stroke="#ffffff" stroke-width="4">' + lines + "</g>");
      out.push('<g stroke="' + C.INK + '" stroke-width="2">' + lines + "</g>");
    }
    out.push("</g>");
    return out;
  }

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

  function withSources(P, picks, ranking) {
    // the Quick Guide's prompts and the leading models' business-case issues and barriers with their sources
    // (the page shows none)
    var leaders = ranking.filter(function (r) { return !r.excluded && has(P.models, r.model); }).slice(0, 2);
    return picks.map(function (c) {
      if (c.cite !== null) return c;
      if (has(P.quick_guide, c.theme) && has(P.quick_guide[c.theme], c.text)) {
        return Object.assign({}, c, { cite: P.quick_guide[c.theme][c.text] });
      }
      var model = leaders.map(function (r) { return P.models[r.model]; }).filter(function (m) {
        return c.theme === "Barriers to " + m.name || c.theme.indexOf("Business case for " + m.name + ": ") === 0;
      })[0];
      return model && has(model.cites, c.text) ? Object.assign({}, c, { cite: model.cites[c.text] }) : c;
    });
  }

  function boardPaper(libs, cq, answersText, file) {
    // the paper for an answers file's text, as `assess report FILE --format html` writes it
    var P = global.careModelsPaper;
    var checked = E.checkAnswers(cq, E.parseYaml(answersText));
    if (checked.problems.length) throw new Error(checked.problems.join("; "));
    var values = checked.values, result = E.score(cq, values), known = E.applicable(cq, values);
    var rec = E.decide(cq, result, values);
    var picks = withSources(P, E.challenges(cq, result, known), result.ranking);
    var ranked = E.prioritise(cq, picks.concat(E.protect(cq, known)), known, rec);
    var view = reportView(P, cq, {
      result: result, rec: rec, ranked: ranked, known: known, values: values, answersText: answersText,
      respondent: respondentView(cq, checked, file),
      workforce: workforce(P, rec, result.ranking, [known]),
      variant: variant(P, rec.kind === "model" ? rec.id : null, [known])
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
    text: { mdEscape: mdEscape, mdCell: mdCell, strip: strip, escapeMarkup: escapeMarkup, escapeHtml: escapeHtml,
            fitText: fitText, rangeText: rangeText, pointsText: pointsText, fixed: fixed, gText: gText, sha256: sha256 }
  };
})(typeof window !== "undefined" ? window : globalThis);
