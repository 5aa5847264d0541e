/* The compare page: 2-4 chosen care models side by side, section by section.
 *
 * Needs window.careModelsCompare (assets/compare-data.js, written by `assess site build`
 * from the same rows as `assess compare`). The choice lives in the page address
 * (#models=mcp,pacs) so a comparison can be bookmarked or shared; the browser's
 * Back button steps through earlier choices. Every piece of text is put on the
 * page with textContent, never as HTML.
 */
(function () {
  "use strict";

  var data = window.careModelsCompare;
  var root = document.getElementById("compare-root");
  var form = document.getElementById("choose");
  var out = document.getElementById("comparison");
  if (!data || !root || !form || !out || !window.CareModelsDom) return;
  var D = window.CareModelsDom, h = D.h, append = D.append;     // site/dom.js

  var byId = {};
  data.models.forEach(function (m, i) { byId[m.id] = { model: m, index: i }; });
  var SITE = " \u2013 Care models";
  var baseTitle = document.title;



  function listWords(words) {
    if (words.length < 2) return words.join("");
    return words.slice(0, -1).join(", ") + " and " + words[words.length - 1];
  }

  /* ------------------------------------------------------------ the choice */

  function fromHash() {
    var m = /^#models=([a-z0-9,-]*)$/.exec(window.location.hash);
    if (!m) return null;
    var seen = {};
    return m[1].split(",").filter(function (id) {
      var ok = Object.prototype.hasOwnProperty.call(byId, id) && !seen[id];
      seen[id] = true;
      return ok;
    });
  }

  function checked() {
    return Array.prototype.filter.call(form.querySelectorAll("input[name=model]"), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
  }

  function tick(ids) {
    Array.prototype.forEach.call(form.querySelectorAll("input[name=model]"), function (box) {
      box.checked = ids.indexOf(box.value) >= 0;
    });
  }

  function problem(ids) {
    if (ids.length < data.min) return "Select at least " + data.min + " care models to compare";
    if (ids.length > data.max) return "Select no more than " + data.max + " care models: more would not fit side by side";
    return null;
  }

  /* ------------------------------------------------------------ errors (NHS.UK error summary) */

  function clearError() {
    var summary = root.querySelector(".nhsuk-error-summary");
    if (summary) summary.parentNode.removeChild(summary);
    var group = document.getElementById("choose-group"), message = document.getElementById("choose-error");
    group.classList.remove("nhsuk-form-group--error");
    if (message) message.parentNode.removeChild(message);
    form.querySelector("fieldset").setAttribute("aria-describedby", "choose-hint");
  }

  function showError(text, focus) {
    clearError();
    var first = form.querySelector("input[name=model]");
    var summary = D.errorSummary({ titleId: "error-summary-title", problems: [text], fieldId: first.id });
    root.insertBefore(summary, form);
    var group = document.getElementById("choose-group");
    group.classList.add("nhsuk-form-group--error");
    document.getElementById("choose-hint").insertAdjacentElement("afterend",
      D.errorMessage("choose-error", text));
    form.querySelector("fieldset").setAttribute("aria-describedby", "choose-hint choose-error");
    document.title = "Error: " + baseTitle;
    if (focus) summary.focus();
  }

  /* ------------------------------------------------------------ the comparison */

  function source(text, inList) {
    return h("span", { class: "app-source" + (inList ? " app-source--item" : "") }, "(" + text + ")");
  }

  function citeOf(item) {
    return item.c === undefined ? "" : data.cites[item.c];
  }

  function statement(item, withCite, inList) {
    return [item.text,
            D.judgementTag(item),
            withCite && citeOf(item) ? [" ", source(citeOf(item), inList)] : null];
  }

  function cellContent(items) {
    if (!items.length) return h("p", { class: "app-compare__none" }, "Nothing in the sources");
    var cites = items.map(citeOf);
    var shared = cites.every(function (c) { return c === cites[0]; }) && items.length > 1 ? cites[0] : null;
    if (items.length === 1) return h("p", null, statement(items[0], true));
    return [h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (i) {
      return h("li", null, statement(i, !shared, true));
    })), shared ? h("p", { class: "app-source" }, "Source: " + shared) : null];
  }

  function render(ids, focus) {
    out.textContent = "";
    if (!ids || problem(ids)) { document.title = baseTitle; return; }
    var models = ids.map(function (id) { return byId[id].model; });
    var names = models.map(function (m) { return m.short; });
    var heading = h("h2", { id: "comparison-title", tabindex: "-1" }, "Comparing " + listWords(names));
    var summary = {};                                    // family and option go in the list of models
    var rows = [];
    data.rows.forEach(function (row, r) {
      if (row.key === "family" || row.key === "option") { summary[row.key] = r; return; }
      rows.push(h("section", { class: "app-compare__row", "aria-labelledby": "row-" + row.key },
        h("h3", { id: "row-" + row.key }, row.title),
        h("div", { class: "app-compare__cells app-compare__cells--" + ids.length },
          ids.map(function (id) {
            return h("div", { class: "app-compare__cell" },
              h("h4", { class: "app-compare__model" }, byId[id].model.short),
              cellContent(data.cells[id][r]));
          }))));
    });
    function fact(id, key, label) {
      var items = key in summary ? data.cells[id][summary[key]] : [];
      return items.length ? label + items[0].text : null;
    }
    append(out, [heading,
      h("ul", { class: "nhsuk-list nhsuk-list--bullet app-compare__models" }, models.map(function (m) {
        var facts = [fact(m.id, "option", "option "), fact(m.id, "family", "family: ")].filter(Boolean);
        return h("li", null, h("a", { href: "models/" + m.id + ".html" }, m.name),
                 facts.length ? ": " + facts.join(", ") : null);
      })),
      h("p", null, "Each point gives its source in brackets; the links open each model’s page in full."),
      rows]);
    document.title = "Comparing " + listWords(names) + SITE;
    if (focus) heading.focus();
    else heading.scrollIntoView();
  }

  /* ------------------------------------------------------------ events */

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var ids = checked(), text = problem(ids);
    if (text) { showError(text, true); out.textContent = ""; return; }
    clearError();
    var hash = "#models=" + ids.join(",");
    if (window.location.hash === hash) render(ids, true);
    else {
      window.location.hash = hash;          // hashchange renders it
    }
  });

  function fromAddress(focus) {
    var ids = fromHash();
    if (ids === null && window.location.hash.length > 1) return;   // another anchor of the page: keep what is shown
    ids = ids || [];                                               // no choice in the address (Back to the start)
    tick(ids);
    var text = problem(ids);
    if (text && ids.length) showError(text, false);
    else clearError();
    render(ids, focus);
  }

  window.addEventListener("hashchange", function () { fromAddress(true); });
  fromAddress(false);
})();
