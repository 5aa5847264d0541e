/* Site search in the browser, from the index built with the site (assets/search-index.js: the text
 * of every page, cut at its headings). The index is a classic script, so search works when the site
 * is opened from a folder as well as over http.
 *
 * Each word of the query is matched at the start of the words of a section, after a common ending
 * is taken off ("capitated" also finds "capitation"); a whole word counts more than a longer one that
 * starts with it, a heading or page title more than the text. A page is found when one of its
 * sections has every word; when none has, the pages with some of them are shown, and the status says
 * so. A page whose name (its title, or another name such as a model's short name) has every word
 * comes first and opens at its top. Results are built with textContent and <mark> elements only. */
(function () {
  "use strict";

  var form = document.querySelector(".app-search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var advice = document.getElementById("search-advice");
  if (!form || !input || !status || !list) return;

  var MAX_PAGES = 20;        // results shown
  var MAX_ALSO = 3;          // other sections of a page listed under its result
  var BEFORE = 60;           // characters of an excerpt before the first match
  var LENGTH = 240;          // characters of an excerpt
  var WORD = "[\\p{L}\\p{N}]";
  var STOP = ["a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "for", "from", "how", "in", "is",
              "it", "of", "on", "or", "the", "to", "what", "when", "which", "who", "why", "with"];
  var ENDINGS = ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "es", "ed", "er", "s"];
  var indexUrl = form.getAttribute("data-index");
  var index = null;
  var loading = null;

  function text(el, value) {
    el.textContent = value;
    return el;
  }

  function lower(value) {
    // lower case of the same length, so that a match's place is its place in the text shown
    var l = value.toLowerCase();
    return l.length === value.length ? l : value.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  }

  function prepare(data) {
    var pages = data.pages.map(function (p) { return { path: p[0], title: p[1], lowName: lower(p[1] + " " + (p[2] || "")) }; });
    var sections = data.sections.map(function (s) {
      return { page: s[0], anchor: s[1], heading: s[2], text: s[3], lowHeading: lower(s[2]), lowText: lower(s[3]) };
    });
    return { pages: pages, sections: sections };
  }

  function load() {
    if (index) return Promise.resolve(index);
    if (!indexUrl) {
      return Promise.reject(new Error("Search is not available in this copy of the site: it was built without its search index."));
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = indexUrl;
        script.onload = function () {
          if (window.careModelsSearch && window.careModelsSearch.sections) {
            index = prepare(window.careModelsSearch);
            resolve(index);
          } else {
            reject(new Error("The search index of this site is damaged: build the site again."));
          }
        };
        script.onerror = function () {
          loading = null;
          script.remove();
          reject(new Error("The search index could not be loaded. Check that the site's assets folder is complete, then try again."));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function stem(word) {
    if (word.length < 5) return word;
    for (var i = 0; i < ENDINGS.length; i++) {
      var end = ENDINGS[i];
      if (word.slice(-end.length) === end && word.length - end.length >= 3) return word.slice(0, -end.length);
    }
    return word;
  }

  function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function terms(query) {
    var words = lower(query).match(new RegExp(WORD + "+", "gu")) || [];
    var seen = {};
    words = words.filter(function (w) { return seen[w] ? false : (seen[w] = true); });
    var kept = words.filter(function (w) { return w.length > 1 && STOP.indexOf(w) < 0; });
    return (kept.length ? kept : words).map(function (w) {
      // (not a letter or digit, or the start)(the word): no look-behind, which older Safari lacks
      return { word: w, re: new RegExp("(^|[^\\p{L}\\p{N}])(" + escapeRegExp(stem(w)) + WORD + "*)", "gu") };
    });
  }

  function hits(term, low) {
    // [weighted count, place of the first match]: the word itself (or its plural) counts 1, a longer word 0.5
    var count = 0, first = -1, m;
    term.re.lastIndex = 0;
    while ((m = term.re.exec(low)) !== null) {
      var w = m[2];
      count += (w === term.word || w === term.word + "s" || w + "s" === term.word) ? 1 : 0.5;
      if (first < 0) first = m.index + m[1].length;
    }
    return [count, first];
  }

  function scoreSection(section, titleHits, found, phrase) {
    // the section's score and its first match, or null when no word of the query is in it
    // (titleHits: per word of the query, its count in the page's names)
    var score = 0, matched = 0, first = -1;
    found.forEach(function (term, t) {
      var inHeading = hits(term, section.lowHeading)[0];
      var inTitle = titleHits[t];
      var body = hits(term, section.lowText);
      if (!inHeading && !inTitle && !body[0]) return;
      matched += 1;
      score += 4 * Math.min(inHeading, 1) + 2 * Math.min(inTitle, 1) + (body[0] ? 1 + Math.log(1 + body[0]) : 0);
      if (body[1] >= 0 && (first < 0 || body[1] < first)) first = body[1];
    });
    if (!matched) return null;
    if (phrase && section.lowText.indexOf(phrase) >= 0) score += 3;
    return { section: section, score: score, matched: matched, first: first };
  }

  function rank(found, phrase) {
    // pages with their matching sections, best first: {page, best, others, all}
    var byPage = {};
    var titleHits = index.pages.map(function (page) {       // once a page, not once a section
      return found.map(function (term) { return hits(term, page.lowName)[0]; });
    });
    index.sections.forEach(function (section) {
      var r = scoreSection(section, titleHits[section.page], found, phrase);
      if (r) (byPage[section.page] = byPage[section.page] || []).push(r);
    });
    var results = Object.keys(byPage).map(function (key) {
      var page = index.pages[key];
      var rows = byPage[key].slice().sort(function (a, b) {
        return (b.matched - a.matched) || (b.score - a.score) || 0;
      });
      var named = titleHits[key].every(function (count) { return count > 0; });
      var best = named ? rows.filter(function (r) { return !r.section.anchor; })[0] || rows[0] : rows[0];
      return { page: page, order: Number(key), best: best, named: named,
               others: rows.filter(function (r) { return r !== best; }), all: named || rows[0].matched === found.length };
    });
    var complete = results.filter(function (r) { return r.all; });
    var shown = complete.length ? complete : results;
    shown.sort(function (a, b) {
      return (b.named - a.named) || (b.best.matched - a.best.matched) || (b.best.score - a.best.score) ||
        (a.order - b.order);
    });
    return { pages: shown, complete: complete.length > 0 };
  }

  function excerpt(r, found) {
    var p = document.createElement("p");
    p.className = "app-search__excerpt";
    var source = r.section.text;
    var low = r.section.lowText;
    var start = r.first > BEFORE ? r.first - BEFORE : 0;
    if (start > 0) start = Math.min(low.indexOf(" ", start) + 1 || start, r.first);
    var end = Math.min(source.length, start + LENGTH);
    if (end < source.length) end = source.lastIndexOf(" ", end) > start ? source.lastIndexOf(" ", end) : end;
    var marks = [];
    found.forEach(function (term) {
      var m;
      term.re.lastIndex = start > 0 ? start - 1 : 0;      // the character before a word is part of a match
      while ((m = term.re.exec(low)) !== null) {
        var begin = m.index + m[1].length;
        if (begin >= end) break;
        marks.push([begin, Math.min(begin + m[2].length, end)]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var at = start;
    if (start > 0) p.appendChild(document.createTextNode("… "));
    marks.forEach(function (mark) {
      if (mark[0] < at) return;
      p.appendChild(document.createTextNode(source.slice(at, mark[0])));
      text(p.appendChild(document.createElement("mark")), source.slice(mark[0], mark[1]));
      at = mark[1];
    });
    p.appendChild(document.createTextNode(source.slice(at, end) + (end < source.length ? " …" : "")));
    return p;
  }

  function href(page, section) {
    return page.path + (section.anchor ? "#" + encodeURIComponent(section.anchor) : "");
  }

  function result(r, found) {
    var li = document.createElement("li");
    li.className = "app-search__result";
    var h2 = li.appendChild(document.createElement("h2"));
    h2.className = "nhsuk-heading-s";
    var best = r.best.section;
    text(h2.appendChild(document.createElement("a")), r.page.title).href = href(r.page, best);
    if (best.anchor) text(li.appendChild(document.createElement("p")), best.heading).className = "app-search__section";
    li.appendChild(excerpt(r.best, found));
    var others = r.others.filter(function (o) { return o.section.anchor && o.section.anchor !== best.anchor; });
    if (others.length) {
      var also = li.appendChild(document.createElement("p"));
      also.className = "app-search__also";
      also.appendChild(document.createTextNode("Also in: "));
      others.slice(0, MAX_ALSO).forEach(function (o, i) {
        if (i) also.appendChild(document.createTextNode(", "));
        text(also.appendChild(document.createElement("a")), o.section.heading).href = href(r.page, o.section);
      });
      if (others.length > MAX_ALSO) also.appendChild(document.createTextNode(" and " + (others.length - MAX_ALSO) + " more"));
    }
    return li;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function search(query) {
    list.textContent = "";
    advice.hidden = true;
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    var found = terms(query);
    if (!found.length) {
      status.textContent = "Type a word to search for.";
      return;
    }
    status.textContent = "Searching…";
    var phrase = found.length > 1 ? found.map(function (t) { return t.word; }).join(" ") : "";
    load().then(function () {
      var ranked = rank(found, phrase);
      var n = ranked.pages.length;
      if (!n) {
        status.textContent = "No pages found for “" + query + "”";
        advice.hidden = false;
      }
      else if (ranked.complete) status.textContent = plural(n, "page") + " found for “" + query + "”";
      else status.textContent = "No page has every word of “" + query + "”; " + plural(n, "page") + " found with some of them";
      if (n > MAX_PAGES) status.textContent += " (the first " + MAX_PAGES + " shown)";
      ranked.pages.slice(0, MAX_PAGES).forEach(function (r) { list.appendChild(result(r, found)); });
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.replaceState(null, "", url.href);
    search(query);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
