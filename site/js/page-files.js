/* The assessment page, part 5 of 5: the downloads (the answers file; the board paper, whose scripts are
 * loaded only when asked for) and the start-up, which links the page's scripts together. */
(function (global) {
  "use strict";

  var M = (global.CareModels || {}).page;
  if (!M) return;                      // page-state.js found no assessment on this page
  var S = M.S, append = M.append, data = M.data, h = M.h, root = M.root;
  var ANSWERS_FILE, answersText, render, saveFile;
  M.links.push(function () {         // the other page scripts' functions, once all have loaded
    ANSWERS_FILE = M.ANSWERS_FILE; answersText = M.answersText; render = M.render; saveFile = M.saveFile;
  });

  /* ------------------------------------------------------------ the board paper (scripts.py PAPER, loaded when asked for) */

  // the assets folder, above this script's js/: assets/paper-data.js, the paper's scripts, the vendored libraries
  var ASSETS = ((document.currentScript || document.querySelector('script[src$="js/page-files.js"]') || {}).src || "")
    .replace(/js\/[^/]*$/, "");
  var PAPER_SCRIPTS = (root.getAttribute("data-paper-scripts") || "").split(" ");   // assess/site/scripts.py PAPER
  var loading = {};          // scripts (joined) -> the promise of their loading, once

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(el);
    });
  }

  function loadScripts(names) {
    // the scripts next to this one, in order, each once; after a failure a later call tries again
    var key = names.join(" ");
    if (!loading[key]) {
      loading[key] = names.reduce(function (done, name) {
        return done.then(function () { return loadScript(ASSETS + name); });
      }, Promise.resolve());
      loading[key].catch(function () { delete loading[key]; });
    }
    return loading[key];
  }

  function downloadPaper() {
    var status = document.getElementById("paper-status"), text = answersText();
    if (status) status.textContent = "Preparing the board paper\u2026";
    loadScripts(PAPER_SCRIPTS).then(function () {
      var paper = window.CareModelsPaper.boardPaper({ nunjucks: window.nunjucks, markdownit: window.markdownit },
                                                    S.cq, text, ANSWERS_FILE);
      saveFile(paper.html, "text/html;charset=utf-8", "board-paper-" + data.id + ".html");
      if (status) status.textContent = "The board paper has been downloaded: open it in your browser and print it, or save it as PDF.";
    }).catch(function () {
      if (status) {
        status.textContent = "";
        append(status, h("p", { class: "nhsuk-error-message" }, "The board paper could not be prepared in this browser. " +
          "Download your answers instead: the assess command makes the same paper from them."));
      }
    });
  }

  Object.assign(M, { downloadPaper: downloadPaper, loadScripts: loadScripts });

  M.links.forEach(function (link) { link(); });
  window.addEventListener("hashchange", function () {
    if (window.location.hash.indexOf("#/") === 0) render();
  });
  render();
})(window);
