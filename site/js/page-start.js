/* The assessment page, part 2 of 5: the start page and loading an answers file (checked by
 * AssessEngine.checkAnswers, as the CLI checks one: assess/engine/answers.py). */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var D = M.D, E = M.E, S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var answeredCount, applicableIds, backLink, blank, button, go, itemList, link, nextAfter, render, retitle, save;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    answeredCount = M.answeredCount; applicableIds = M.applicableIds; backLink = M.backLink; blank = M.blank;
    button = M.button; go = M.go; itemList = M.itemList; link = M.link; nextAfter = M.nextAfter; render = M.render;
    retitle = M.retitle; save = M.save;
  });

  /* ------------------------------------------------------------ start */

  function renderStart() {
    var answered = answeredCount();
    var most = String(S.cq.limits.free_text);      // the answers file's limit (assess/engine/answers.py)
    var respondent = h("input", { class: "nhsuk-input", id: "respondent", name: "respondent", type: "text",
                                  autocomplete: "off", "aria-describedby": "respondent-hint", maxlength: most });
    respondent.value = S.store.respondent;
    var context = h("textarea", { class: "nhsuk-textarea", id: "context", name: "context", rows: "3",
                                  "aria-describedby": "context-hint", maxlength: most });
    context.value = S.store.context;
    var upload = h("input", { class: "nhsuk-file-upload app-file", id: "upload", name: "upload", type: "file",
                              accept: ".yaml,.yml,text/yaml,text/plain", "aria-describedby": "upload-hint" });
    upload.addEventListener("change", function () { readUpload(upload); });

    function begin(event) {
      event.preventDefault();
      S.store.respondent = respondent.value;
      S.store.context = context.value;
      save();
      var first = nextAfter(null);
      go(first ? "#/question/" + encodeURIComponent(first) : "#/review");
    }

    append(root, [
      backLink("index.html", "Back to the home page"),
      h("h1", null, data.title),
      h("p", { class: "nhsuk-lede-text" }, "About " + applicableIds().length + " questions in " + data.sections.length +
        " sections (your answers may add a few), about 15 minutes. Every question accepts \u201cI don't know\u201d; " +
        "your answers stay in this browser."),
      answered ? h("div", { class: "nhsuk-inset-text" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
        h("p", null, "You have answered " + answered + " question" + (answered === 1 ? "" : "s") + " so far."),
        h("p", null, link("Check your answers", "#/review"), " or ", link("see your results", "#/results"), ".")) : null,
      h("form", { novalidate: true, onsubmit: begin, class: "app-start" },
        h("button", { type: "submit", class: "nhsuk-button nhsuk-button--start app-start-button" },
          answered ? "Continue" : "Start now"),
        aboutYou(respondent, context)),
      h("h2", null, "About this assessment"),
      itemList(data.intro),
      h("h2", null, "Load an answers file"),
      h("div", { class: "nhsuk-form-group", id: "upload-group" },
        h("label", { class: "nhsuk-label", for: "upload" }, "Upload an answers file"),
        h("div", { class: "nhsuk-hint", id: "upload-hint" },
          "A YAML file downloaded from this page, or written for the assess command. It replaces the answers in this browser."),
        upload),
      answered ? startAgain() : null
    ]);
  }

  function aboutYou(respondent, context) {
    // the optional fields of the start page: who is answering, and the local system
    return h("details", { class: "nhsuk-details" },
      h("summary", { class: "nhsuk-details__summary" },
        h("span", { class: "nhsuk-details__summary-text" }, "Add who is answering and your local system (optional)")),
      h("div", { class: "nhsuk-details__text" },
        h("div", { class: "nhsuk-form-group" },
          h("label", { class: "nhsuk-label", for: "respondent" }, "Your name and organisation (optional)"),
          h("div", { class: "nhsuk-hint", id: "respondent-hint" }, "Shown on the results and saved in the answers file."),
          respondent),
        h("div", { class: "nhsuk-form-group" },
          h("label", { class: "nhsuk-label", for: "context" }, "Your local system (optional)"),
          h("div", { class: "nhsuk-hint", id: "context-hint" }, "For example the area, the organisations involved and what prompted the review."),
          context)));
  }

  function startAgain() {
    return h("div", null, h("h2", null, "Start again"),
      h("p", null, "Clear every answer kept in this browser for this assessment."),
      button("Clear my answers", function () {
        if (window.confirm("Clear all your answers?")) {
          S.store = blank();
          save();
          render();
        }
      }, true));
  }

  function readUpload(input) {
    var file = input.files && input.files[0];
    clearUploadError();
    if (!file) return;
    if (file.size > S.cq.limits.file_bytes) {            // by its size, before reading it
      showUploadError(file.name, ["The file is larger than " + E.formatNumber(S.cq.limits.file_bytes) + " bytes, more " +
                                  "than any answers file. Choose the answers file downloaded from this page."]);
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var problems = [], result = null;
      try {
        result = E.checkAnswers(S.cq, E.parseYaml(String(reader.result), S.cq.limits));
        problems = result.problems;
      } catch (e) {
        problems = [e && e.message ? e.message : String(e)];
      }
      if (problems.length) {
        showUploadError(file.name, problems);
        return;
      }
      adopt(result, file.name);
      go("#/review");
    };
    reader.onerror = function () {
      showUploadError(file.name, ["The file could not be read from your device. Choose it again, or choose another file."]);
    };
    reader.readAsText(file);
  }

  function adopt(result, from) {
    // checked answers (an uploaded file's or a link's) replace those in this browser; the review says so
    S.store.values = result.values;
    S.store.respondent = result.respondent || "";
    S.store.context = result.context || "";
    S.store.date = result.date || "";
    S.store.route = "#/review";
    S.store.notice = "Loaded " + Object.keys(result.values).length + " answers from " + from +
      (result.ignored.length ? " (" + result.ignored.length + " left out: their question does not apply)" : "") + ".";
    save();
  }

  function clearUploadError() {
    var summary = document.getElementById("upload-error-summary"), message = document.getElementById("upload-error");
    if (summary) summary.parentNode.removeChild(summary);
    if (message) message.parentNode.removeChild(message);
    var group = document.getElementById("upload-group"), input = document.getElementById("upload");
    if (group) group.classList.remove("nhsuk-form-group--error");
    if (input) input.setAttribute("aria-describedby", "upload-hint");
  }

  function showUploadError(name, problems, why) {
    // the NHS.UK error summary at the top of the page, focus moved to it; the field marked as well
    var input = document.getElementById("upload"), group = document.getElementById("upload-group");
    var lead = why || "\u201c" + name + "\u201d could not be loaded, so your answers have not changed.";
    var summary = D.errorSummary({ id: "upload-error-summary", titleId: "upload-error-title",
                                   title: "There is a problem with the file", lead: lead, problems: problems,
                                   fieldId: "upload" });
    root.insertBefore(summary, root.firstChild);
    group.classList.add("nhsuk-form-group--error");
    input.parentNode.insertBefore(D.errorMessage("upload-error", problems.length === 1 ? problems[0]
      : lead + " " + problems.length + " problems are listed at the top of the page."), input);
    input.setAttribute("aria-describedby", "upload-hint upload-error");
    input.value = "";
    retitle(true);
    summary.focus();
  }

  Object.assign(M, { adopt: adopt, renderStart: renderStart, showUploadError: showUploadError });
})(window);
