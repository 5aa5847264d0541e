/* What the site's pages share (assessment, workshop, compare, network rules). Page elements built from text,
 * never from HTML (textContent and text nodes only): h(tag, attrs, ...children): attrs "class", "text",
 * "onEVENT" (a listener), true (an empty attribute) or any other attribute's value. Also the NHS.UK error
 * summary and error message, the tag that marks our own judgement, the decision box and a fit in the paper's
 * words (pages with the engine), a download made in the page, and scripts loaded when first needed.
 */
(function () {
  "use strict";

  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "class") el.className = v;
        else if (k === "text") el.textContent = v;
        else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
        else if (v === true) el.setAttribute(k, "");
        else el.setAttribute(k, String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  // The NHS.UK error summary: o.title (default "There is a problem"), an optional o.lead, and each of
  // o.problems a link that moves the focus to the field o.fieldId; o.id and o.titleId name its elements.
  function errorSummary(o) {
    return h("div", { class: "nhsuk-error-summary", id: o.id, role: "alert", tabindex: "-1", "aria-labelledby": o.titleId },
      h("h2", { class: "nhsuk-error-summary__title", id: o.titleId }, o.title || "There is a problem"),
      h("div", { class: "nhsuk-error-summary__body" },
        o.lead ? h("p", null, o.lead) : null,
        h("ul", { class: "nhsuk-list nhsuk-error-summary__list" }, o.problems.map(function (p) {
          return h("li", null, h("a", { href: "#" + o.fieldId, onclick: function (event) {
            event.preventDefault();
            var field = document.getElementById(o.fieldId);
            if (field) field.focus();
          } }, p));
        }))));
  }

  // The message by a field in error, "Error: " read out before it.
  function errorMessage(id, text) {
    return h("span", { class: "nhsuk-error-message", id: id }, h("span", { class: "nhsuk-u-visually-hidden" }, "Error: "), text);
  }

  // " our judgement" after a statement that is the tool's own (derived), else nothing.
  function judgementTag(item) {
    return item && item.derived ? [" ", h("strong", { class: "nhsuk-tag nhsuk-tag--yellow app-tag" }, "our judgement")] : null;
  }


  // An NHS.UK button that acts in the page (`secondary`: the grey kind; `label`: a fuller accessible name)
  function button(text, onclick, secondary, label) {
    return h("button", { type: "button", class: "nhsuk-button" + (secondary ? " nhsuk-button--secondary" : ""),
                         "aria-label": label || null, onclick: onclick }, text);
  }

  function bullets(items) {
    return h("ul", { class: "nhsuk-list nhsuk-list--bullet" }, items.map(function (t) { return h("li", null, t); }));
  }

  function fill(text, blanks) {
    return window.AssessEngine.fill(text, blanks);    // the pages with a decision load the engine first
  }

  // Fits said as the paper says them (the engine's fitWords), with the paper's sentences the questionnaire data's
  // `decision.fits` carries; `numbers`: the engine (AssessEngine).
  function fitWords(fits, numbers) {
    return numbers.fitWords(function (key, values) { return fill(fits[key], values); });
  }

  // The decision first, as in `assess report` (assess/reports/report.py decision_view): the results page's and
  // the workshop's. `decision`: the questionnaire data's decision part; `numbers`: the one number formatter.
  function decisionBox(rec, decision, numbers) {
    var headline = fill(decision.headlines[rec.kind],
                        { name: rec.name, alternative_one: decision.terms.alternative_one || "alternative" });
    var fit = rec.fit === null ? "" : "Fit " + fitWords(decision.fits, numbers).outOf100(rec.fit, rec.low, rec.high) + ". ";
    var box = [
      h("h2", { class: "nhsuk-card__heading app-decision__heading", id: "recommendation" }, headline),
      h("p", null, fit + "Confidence: ",
        h("strong", null, decision.confidence[rec.confidence]), "."),
      h("p", null, rec.confidence_why.text),
      h("h3", { class: "nhsuk-heading-s" }, "Why"),
      bullets(rec.why)
    ];
    if (rec.instead.length) {
      box.push(h("h3", { class: "nhsuk-heading-s" }, rec.kind === "none" ? "Find out first" : "Consider also"));
      box.push(bullets(rec.instead));
    }
    return h("div", { class: "nhsuk-card app-decision" }, h("div", { class: "nhsuk-card__content" }, box));
  }

  // A file for the user to keep: `text` downloaded as `name`, made in the page (nothing is sent anywhere).
  function saveFile(text, type, name) {
    var blob = new Blob([text], { type: type });
    var a = h("a", { href: URL.createObjectURL(blob), download: name, class: "nhsuk-u-visually-hidden" }, "download");
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(el);
    });
  }

  var loading = {};          // scripts (joined) -> the promise of their loading, once

  // Scripts loaded when first needed, in order, each list once; after a failure a later call tries again.
  function loadScripts(urls) {
    var key = urls.join(" ");
    if (!loading[key]) {
      loading[key] = urls.reduce(function (done, url) {
        return done.then(function () { return loadScript(url); });
      }, Promise.resolve());
      loading[key].catch(function () { delete loading[key]; });
    }
    return loading[key];
  }

  window.CareModelsDom = { h: h, append: append, bullets: bullets, button: button, decisionBox: decisionBox, errorSummary: errorSummary,
                           errorMessage: errorMessage, fitWords: fitWords, judgementTag: judgementTag, loadScripts: loadScripts,
                           saveFile: saveFile };
})();
