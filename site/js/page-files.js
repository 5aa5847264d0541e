/* The assessment page, part 5 of 5: what the results let a board member take away (the answers file; the board
 * paper, downloaded or printed, whose scripts are loaded only when asked for; a link that carries the answers,
 * site/js/link.js), opening such a link, and the start-up, which links the page's scripts together. */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var E = M.E, S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var D = window.CareModelsDom, L = window.CareModelsLink, saveFile = D.saveFile;
  var adopt, cleanValues, render, renderStart, save, showUploadError;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    adopt = M.adopt; cleanValues = M.cleanValues; render = M.render; renderStart = M.renderStart; save = M.save;
    showUploadError = M.showUploadError;
  });

  /* ------------------------------------------------------------ the answers file, and the files' names */

  var ANSWERS_FILE = "answers-" + data.id + ".yaml";     // the name the board paper is made under, as the CLI's

  function answersDate() {
    // the answers file's date: the one it was loaded with, else today's (this computer's calendar)
    if (S.store.date) return S.store.date;
    var d = new Date(), two = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function slug(text) {
    // lower-case letters, digits and single hyphens only; at most 40 characters, cut at a word's end
    var s = String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (s.length > 40) s = s.slice(0, 41).replace(/-[^-]*$/, "").slice(0, 40);
    return s.replace(/-+$/, "");
  }

  function fileName(kind, extension) {
    // board-paper-<local system>-<yyyy-mm-dd>.html, answers-<local system>-<yyyy-mm-dd>.yaml
    return [kind, slug(S.store.context), slug(answersDate())].filter(Boolean).join("-") + extension;
  }

  function answersText() {
    return E.dumpAnswers(S.cq, { values: cleanValues(), respondent: S.store.respondent, context: S.store.context,
                                 date: answersDate() });
  }

  function say(text) {
    var status = document.getElementById("paper-status");
    if (status) status.textContent = text;
  }

  function download() {
    saveFile(answersText(), "text/yaml;charset=utf-8", fileName("answers", ".yaml"));
    say("Your answers have been downloaded. Load the file on the assessment's start page to bring them back.");
  }

  /* ------------------------------------------------------------ the board paper (scripts.py PAPER, loaded when asked for) */

  // the assets folder, above this script's js/: assets/paper-data.js, the paper's scripts, the vendored libraries
  var ASSETS = ((document.currentScript || document.querySelector('script[src$="js/page-files.js"]') || {}).src || "")
    .replace(/js\/[^/]*$/, "");
  var PAPER_SCRIPTS = (root.getAttribute("data-paper-scripts") || "").split(" ");   // assess/site/scripts.py PAPER
  // the workforce on the results page is the paper's: its scripts, without the libraries that render the paper
  var WORKFORCE_SCRIPTS = PAPER_SCRIPTS.filter(function (name) { return name.indexOf("vendor/") !== 0; });

  function loadScripts(names) {
    // the scripts next to this one, in order, each once
    return D.loadScripts(names.map(function (name) { return ASSETS + name; }));
  }

  function makePaper() {
    // the board paper's HTML, the same bytes as `assess report <answers> --format html`
    var text = answersText();
    return loadScripts(PAPER_SCRIPTS).then(function () {
      return window.CareModelsPaper.boardPaper({ nunjucks: window.nunjucks, markdownit: window.markdownit },
                                               S.cq, text, ANSWERS_FILE).html;
    });
  }

  function paperFailed() {
    var status = document.getElementById("paper-status");
    if (!status) return;
    status.textContent = "";
    append(status, h("p", { class: "nhsuk-error-message" }, "The board paper could not be prepared in this browser. " +
      "Download your answers instead: the assess command makes the same paper from them."));
  }

  function downloadPaper() {
    say("Preparing the board paper\u2026");
    makePaper().then(function (html) {
      saveFile(html, "text/html;charset=utf-8", fileName("board-paper", ".html"));
      say("The board paper has been downloaded: open it in your browser and print it, or save it as PDF.");
    }).catch(paperFailed);
  }

  function printPaper() {
    // print the board paper itself (the downloaded document), from a frame that never shows on the page
    say("Preparing the board paper\u2026");
    makePaper().then(function (html) {
      var old = document.getElementById("print-frame");
      if (old) old.remove();
      var frame = h("iframe", { id: "print-frame", class: "app-print-frame", title: "The board paper, for printing",
                                sandbox: "allow-same-origin allow-modals", "aria-hidden": "true", tabindex: "-1" });
      frame.addEventListener("load", function () {
        say("Your browser's print window shows the board paper: print it, or save it as PDF.");
        frame.contentWindow.focus();
        frame.contentWindow.print();
      });
      frame.srcdoc = html;
      document.body.appendChild(frame);
    }).catch(paperFailed);
  }

  /* ------------------------------------------------------------ the link to these answers (site/js/link.js) */

  function copyLink() {
    var slot = document.getElementById("link-slot");
    L.fragment(answersText()).then(function (fragment) {
      var address = window.location.href.split("#")[0] + fragment;
      var field = h("input", { class: "nhsuk-input app-link", id: "answers-link", type: "text", readonly: true,
                               spellcheck: "false", "aria-describedby": "answers-link-hint" });
      field.value = address;
      slot.textContent = "";
      append(slot, h("div", { class: "nhsuk-form-group" },
        h("label", { class: "nhsuk-label", for: "answers-link" }, "Link to these answers"),
        h("div", { class: "nhsuk-hint", id: "answers-link-hint" }, "It opens this assessment with these answers in any " +
          "browser. The answers are in the link itself, so anyone you give it to can read them."),
        field));
      field.select();
      var clipboard = navigator.clipboard && navigator.clipboard.writeText ? navigator.clipboard.writeText(address)
                                                                           : Promise.reject(new Error("no clipboard"));
      return clipboard.then(function () { return true; }, function () { return false; });
    }).then(function (copied) {
      say(copied ? "The link to these answers has been copied: paste it into an email or a document."
                 : "Copy the link to these answers from the box below.");
    }, function () {
      say("A link could not be made in this browser. Download the answers instead.");
    });
  }

  function openLink(hash) {
    // a link to answers: checked as an uploaded file is, then Check your answers; the link leaves the address
    var base = window.location.href.split("#")[0];
    root.textContent = "";
    append(root, [h("h1", null, data.title), h("p", { role: "status" }, "Opening the answers in the link\u2026")]);
    L.read(hash).then(function (text) {
      var result = E.checkAnswers(S.cq, E.parseYaml(text, S.cq.limits));
      if (result.problems.length) throw { problems: result.problems };
      adopt(result, "the link");
      window.location.replace(base + "#/review");
    }).catch(function (e) {
      var problems = e && e.problems ? e.problems : [(e && e.message) || String(e)];
      S.store.route = "#/start";
      save();
      window.history.replaceState(null, "", base + "#/start");
      root.textContent = "";
      renderStart();
      showUploadError("", problems, "The link could not be opened, so your answers have not changed. Ask for the link " +
        "again (it may have been cut short when copied), or for the answers file, and load that below.");
    });
  }

  Object.assign(M, { copyLink: copyLink, download: download, downloadPaper: downloadPaper, loadScripts: loadScripts,
      openLink: openLink, printPaper: printPaper, workforceScripts: WORKFORCE_SCRIPTS });

  M.links.forEach(function (link) { link(); });
  window.addEventListener("hashchange", function () {
    if (window.location.hash.indexOf("#/") === 0) render();
  });
  render();
})(window);
