/* The assessment page, part 3 of 5: one question, and the review of the answers. */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var D = M.D, DK = M.DK, E = M.E, S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var applicableIds, backLink, button, go, itemList, link, loadResults, nextAfter, previousBefore, retitle, save;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    applicableIds = M.applicableIds; backLink = M.backLink; button = M.button; go = M.go; itemList = M.itemList;
    link = M.link; loadResults = M.loadResults; nextAfter = M.nextAfter; previousBefore = M.previousBefore;
    retitle = M.retitle; save = M.save;
  });

  /* ------------------------------------------------------------ one question */

  function sectionOf(q) {
    for (var i = 0; i < data.sections.length; i++) if (data.sections[i].id === q.section) return data.sections[i];
    return null;
  }

  function renderQuestion(q, error) {
    var ids = applicableIds(), position = ids.indexOf(q.id) + 1;
    var current = Object.prototype.hasOwnProperty.call(S.store.values, q.id) ? S.store.values[q.id] : undefined;
    var prev = previousBefore(q.id);
    var errorId = "answer-error", firstInputId = "answer-0";
    var controls = q.type === "single" || q.type === "multi" ? choiceControls(q, current)
      : q.type === "number" ? numberControls(q, current, error ? errorId : null) : textControls(current);
    var form = questionForm(q, error, errorId, controls);

    form.addEventListener("change", function (event) {
      // "I don't know" excludes the options of a multiple choice, and the other way round
      var t = event.target;
      if (t.type !== "checkbox") return;
      var boxes = form.querySelectorAll("input[type=checkbox]");
      Array.prototype.forEach.call(boxes, function (b) {
        if (b !== t && t.checked && (t.value === DK || b.value === DK)) b.checked = false;
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitAnswer(q, form);
    });

    append(root, [
      S.changing ? backLink(S.changing, S.changing === "#/review" ? "Back to your answers" : "Back to your results")
                 : backLink(prev ? "#/question/" + encodeURIComponent(prev) : "#/start"),
      error ? D.errorSummary({ titleId: "error-summary-title", problems: [error], fieldId: firstInputId }) : null,
      h("p", { class: "app-progress" }, "Question " + position + " of about " + ids.length),
      form
    ]);
  }

  function hintFor(o) {
    return o.help ? h("div", { class: "nhsuk-hint nhsuk-radios__hint", id: "answer-" + o.id + "-hint" }, o.help) : null;
  }

  function choiceControls(q, current) {
    var controls = [];
    var kind = q.type === "single" ? "radio" : "checkbox";
    var cls = q.type === "single" ? "nhsuk-radios" : "nhsuk-checkboxes";
    var items = offered(q).map(function (o, i) {
      var checked = q.type === "single" ? current === o.id : Array.isArray(current) && current.indexOf(o.id) >= 0;
      return h("div", { class: cls + "__item" },
        h("input", { class: cls + "__input", id: "answer-" + i, name: "answer", type: kind, value: o.id, checked: checked,
                     "aria-describedby": o.help ? "answer-" + o.id + "-hint" : null }),
        h("label", { class: "nhsuk-label " + cls + "__label", for: "answer-" + i }, o.label),
        hintFor(o));
    });
    items.push(h("div", { class: cls + "__divider" }, "or"));
    items.push(h("div", { class: cls + "__item" },
      h("input", { class: cls + "__input", id: "answer-dk", name: "answer", type: kind, value: DK,
                   checked: current === DK, "data-behaviour": q.type === "multi" ? "exclusive" : null }),
      h("label", { class: "nhsuk-label " + cls + "__label", for: "answer-dk" }, "I don't know")));
    if (q.type === "multi") controls.push(h("div", { class: "nhsuk-hint", id: "answer-hint" }, "Select all that apply."));
    controls.push(h("div", { class: cls, "data-module": "nhsuk-" + cls.slice(6) }, items));
    return controls;
  }

  function offered(q) {
    // the options to show: less the one chosen in the question this one leaves out (questionnaires.md)
    var left = q.leave_out ? S.store.values[q.leave_out] : undefined;
    return q.options.filter(function (o) { return o.id !== left; });
  }

  function numberControls(q, current, errorId) {
    var input = h("input", { class: "nhsuk-input nhsuk-input--width-10", id: "answer-0", name: "answer", type: "text",
                             inputmode: "decimal", spellcheck: "false", autocomplete: "off",
                             "aria-describedby": "answer-range" + (errorId ? " " + errorId : "") });
    if (typeof current === "number") input.value = E.formatNumber(current);
    return [h("div", { class: "nhsuk-form-group app-number" },
      h("label", { class: "nhsuk-label", for: "answer-0" }, q.unit ? "Number of " + q.unit : "Number"),
      h("div", { class: "nhsuk-hint", id: "answer-range" },
        "A number from " + E.formatNumber(q.min) + " to " + E.formatNumber(q.max) + "."),
      input),
    h("div", { class: "nhsuk-checkboxes" },
      h("div", { class: "nhsuk-checkboxes__item" },
        h("input", { class: "nhsuk-checkboxes__input", id: "answer-dk", name: "dont-know", type: "checkbox",
                     value: DK, checked: current === DK }),
        h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: "answer-dk" }, "I don't know")))];
  }

  function textControls(current) {
    var area = h("textarea", { class: "nhsuk-textarea", id: "answer-0", name: "answer", rows: "5",
                               "aria-describedby": "answer-text-hint" });
    if (typeof current === "string" && current !== DK) area.value = current;
    return [h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "answer-0" }, "Your answer"),
      h("div", { class: "nhsuk-hint", id: "answer-text-hint" }, "Optional. It is shown in the report; it does not change the scores."),
      area)];
  }

  function questionForm(q, error, errorId, controls) {
    var section = sectionOf(q);
    var form = h("form", { novalidate: true, class: "app-question" });
    var group = h("div", { class: "nhsuk-form-group" + (error ? " nhsuk-form-group--error" : "") });
    var described = [q.hint ? "question-hint" : "", error ? errorId : ""].join(" ").trim();
    var fieldset = h("fieldset", { class: "nhsuk-fieldset", "aria-describedby": described || null },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--l" },
        h("span", { class: "nhsuk-caption-l" }, section ? section.title : ""),
        h("h1", { class: "nhsuk-fieldset__heading" }, q.text)),
      q.hint ? h("div", { class: "nhsuk-hint", id: "question-hint" }, q.hint) : null,
      q.help.length ? h("details", { class: "nhsuk-details" },
        h("summary", { class: "nhsuk-details__summary" },
          h("span", { class: "nhsuk-details__summary-text" }, "Help with this question")),
        h("div", { class: "nhsuk-details__text" }, itemList(q.help))) : null,
      error ? D.errorMessage(errorId, error) : null,
      controls);
    append(group, fieldset);
    append(form, group);
    append(form, h("div", { class: "nhsuk-button-group app-button-group" },
      h("button", { type: "submit", class: "nhsuk-button" }, "Continue"),
      link("Check your answers", "#/review", "nhsuk-link app-button-group__link")));
    return form;
  }

  function submitAnswer(q, form) {
    var result = readAnswer(q, form);
    if (result.error) {
      root.textContent = "";
      renderQuestion(q, result.error);
      retitle(result.error);
      var summary = root.querySelector(".nhsuk-error-summary");
      if (summary) summary.focus();
      return;
    }
    if (result.value === undefined) delete S.store.values[q.id];
    else S.store.values[q.id] = result.value;
    save();
    var next = nextAfter(q.id);
    if (S.changing) {
      // back where it was opened from, unless the new answer brings in a question not answered yet
      var missing = applicableIds().filter(function (id) {
        return !Object.prototype.hasOwnProperty.call(S.store.values, id);
      })[0];
      if (!missing && S.changing === "#/review") S.store.row = q.id;
      go(missing ? window.location.hash.replace(/[^/]*$/, encodeURIComponent(missing)) : S.changing);
      return;
    }
    go(next ? "#/question/" + encodeURIComponent(next) : "#/review");
  }

  function readAnswer(q, form) {
    var dk = form.querySelector("#answer-dk");
    if (q.type === "single") {
      var picked = form.querySelector("input[name=answer]:checked");
      if (!picked) return { error: "Select an answer, or \u201cI don't know\u201d" };
      return { value: picked.value };
    }
    if (q.type === "multi") {
      if (dk && dk.checked) return { value: DK };
      var ids = Array.prototype.map.call(form.querySelectorAll("input[name=answer]:checked"), function (b) { return b.value; });
      if (!ids.length) return { error: "Select at least one option, or \u201cI don't know\u201d" };
      return { value: orderIds(q, ids) };
    }
    if (q.type === "number") {
      var raw = form.querySelector("#answer-0").value.replace(/[,\s]/g, "");
      if (dk && dk.checked) {
        if (raw) return { error: "Enter a number or tick \u201cI don't know\u201d, not both" };
        return { value: DK };
      }
      if (!raw) return { error: "Enter a number, or tick \u201cI don't know\u201d" };
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return { error: "Enter a number, like 250,000" };
      var v = Number(raw);
      if (!isFinite(v) || v < q.min || v > q.max) {
        return { error: "Enter a number from " + E.formatNumber(q.min) + " to " + E.formatNumber(q.max) };
      }
      return { value: v };
    }
    var text = form.querySelector("#answer-0").value;
    return { value: text.trim() ? text : undefined };
  }

  function orderIds(q, ids) {
    return q.options.map(function (o) { return o.id; }).filter(function (id) { return ids.indexOf(id) >= 0; });
  }

  /* ------------------------------------------------------------ who is answering, and where (changed from the review) */

  var ABOUT = {
    respondent: { label: "Name and organisation", heading: "Your name and organisation",
                  hint: "Shown on the results and saved in the answers file. Optional." },
    context: { label: "Local system", heading: "Your local system",
               hint: "For example the area, the organisations involved and what prompted the review. Optional." }
  };

  function renderAbout(field) {
    var a = ABOUT[field];
    var input = field === "context"
      ? h("textarea", { class: "nhsuk-textarea", id: "about-" + field, name: field, rows: "3", "aria-describedby": "about-hint" })
      : h("input", { class: "nhsuk-input", id: "about-" + field, name: field, type: "text", autocomplete: "off",
                     "aria-describedby": "about-hint" });
    input.value = S.store[field];
    append(root, [
      backLink("#/review", "Back to your answers"),
      h("form", { novalidate: true, class: "app-question", onsubmit: function (event) {
        event.preventDefault();
        S.store[field] = input.value;
        S.store.row = field;
        save();
        go("#/review");
      } },
        h("div", { class: "nhsuk-form-group" },
          h("h1", { class: "nhsuk-label-wrapper" }, h("label", { class: "nhsuk-label nhsuk-label--l", for: input.id }, a.heading)),
          h("div", { class: "nhsuk-hint", id: "about-hint" }, a.hint),
          input),
        h("button", { type: "submit", class: "nhsuk-button" }, "Continue"))
    ]);
  }

  /* ------------------------------------------------------------ review */

  function summaryRow(key, value, href, hidden, id) {
    return h("div", { class: "nhsuk-summary-list__row", id: "row-" + id },
      h("dt", { class: "nhsuk-summary-list__key" }, key),
      h("dd", { class: "nhsuk-summary-list__value" }, value),
      h("dd", { class: "nhsuk-summary-list__actions" },
        h("a", { href: href }, "Change", h("span", { class: "nhsuk-u-visually-hidden" }, " " + hidden))));
  }

  function renderReview() {
    loadResults().catch(function () { /* the results page says so, if it still fails there */ });
    var known = E.applicable(S.cq, S.store.values);
    var notice = S.store.notice;
    delete S.store.notice;
    var parts = [
      backLink("#/start", "Back to the start"),
      h("h1", null, "Check your answers"),
      notice ? h("div", { class: "nhsuk-inset-text", role: "status" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "), h("p", null, notice)) : null,
      h("h2", null, "About you"),
      h("dl", { class: "nhsuk-summary-list" },
        summaryRow(ABOUT.respondent.label, S.store.respondent || "Not given", "#/about/respondent",
                   "name and organisation", "respondent"),
        summaryRow(ABOUT.context.label, S.store.context || "Not given", "#/about/context", "local system", "context"))
    ];
    data.sections.forEach(function (section) {
      var rows = [];
      section.questions.forEach(function (qid) {
        if (!known.has(qid)) return;
        var q = S.cq.byId[qid];
        var has = Object.prototype.hasOwnProperty.call(S.store.values, qid);
        var label = has ? E.answerLabel(q, S.store.values[qid]) : (q.type === "text" ? "Not answered" : "Not answered (counts as \u201cdon't know\u201d)");
        rows.push(summaryRow(q.text, label, "#/change/" + encodeURIComponent(qid), q.text, qid));
      });
      if (rows.length) {
        parts.push(h("h2", null, section.title));
        parts.push(h("dl", { class: "nhsuk-summary-list" }, rows));
      }
    });
    parts.push(h("div", { class: "nhsuk-button-group" },
      button("See the results", function () { go("#/results"); })));
    append(root, parts);
    if (notice) {
      // keep the notice out of storage
      save();
    }
  }

  Object.assign(M, { renderAbout: renderAbout, renderQuestion: renderQuestion, renderReview: renderReview });
})(window);
