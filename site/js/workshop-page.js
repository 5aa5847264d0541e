/* The workshop page, part 2 of 2: the respondents a workshop adds (answers files, several at once, or answers links,
 * site/js/link.js), each checked as the assessment page checks an upload (AssessEngine.checkAnswers, as the CLI
 * checks one); removing one; the downloads (the combined board paper, each respondent's answers file). Nothing is
 * sent anywhere: files are read and links decoded in this browser. */
(function (global) {
  "use strict";

  var W = (global.CareModels || {}).workshop;
  if (!W) return;                      // workshop-results.js found no workshop on this page
  var E = W.E, D = W.D, root = W.root, L = window.CareModelsLink, saveFile = D.saveFile;
  var people = W.people;               // [{file, text, result}] in the order they were added

  function problemsOf(text) {
    // the problems of an answers file's text, each saying where and how to fix it; none when it can be added
    var result;
    try {
      result = E.checkAnswers(W.cq, E.parseYaml(text, W.cq.limits));
    } catch (e) {
      return { problems: [e && e.message ? e.message : String(e)] };
    }
    if (result.problems.length) return result;
    var same = people.filter(function (p) {
      return JSON.stringify(p.result.values) === JSON.stringify(result.values) && p.result.respondent === result.respondent;
    })[0];
    if (same) {
      return { problems: ["These are the same answers as \u201c" + same.file + "\u201d, already added. Each " +
                          "respondent's answers are added once: choose another respondent's file."] };
    }
    return result;
  }

  function addText(file, text, refused) {
    var result = problemsOf(text);
    if (result.problems.length) {
      refused.push({ file: file, problems: result.problems });
      return;
    }
    people.push({ file: file, text: text, result: result });
  }

  function readFile(file) {
    return new Promise(function (resolve) {
      if (file.size > W.cq.limits.file_bytes) {
        resolve({ file: file.name, error: "The file is larger than " + E.formatNumber(W.cq.limits.file_bytes) +
                  " bytes, more than any answers file. Choose an answers file downloaded from the assessment." });
        return;
      }
      var reader = new FileReader();
      reader.onload = function () { resolve({ file: file.name, text: String(reader.result) }); };
      reader.onerror = function () {
        resolve({ file: file.name, error: "The file could not be read from your device. Choose it again." });
      };
      reader.readAsText(file);
    });
  }

  function addFiles() {
    var input = document.getElementById("workshop-upload");
    var files = Array.prototype.slice.call(input.files || []);
    if (!files.length) return;
    Promise.all(files.map(readFile)).then(function (read) {
      var refused = [];
      read.forEach(function (r) {
        if (r.error) refused.push({ file: r.file, problems: [r.error] });
        else addText(r.file, r.text, refused);
      });
      input.value = "";
      W.update(refused, "workshop-upload");
    });
  }

  function linkName() {
    // a name for the answers of a link, as the file the assessment page would download them in
    var n = 1;
    var taken = function (name) { return people.some(function (p) { return p.file === name; }); };
    while (taken("answers-link-" + n + ".yaml")) n += 1;
    return "answers-link-" + n + ".yaml";
  }

  function addLink() {
    var field = document.getElementById("workshop-link"), address = field.value.trim();
    var at = address.indexOf("#"), hash = at < 0 ? "" : address.slice(at);
    var reading = L.read(hash);
    var fail = function (why) {
      W.update([{ file: "the link", problems: [why] }], "workshop-link");
    };
    if (!reading) {
      fail("This is not a link to answers: it should be the whole address the assessment page's \u201cCopy a link " +
           "to these answers\u201d gave, with \u201c#/answers/\u201d in it. Paste it again.");
      return;
    }
    reading.then(function (text) {
      var refused = [];
      addText(linkName(), text, refused);
      if (!refused.length) field.value = "";
      W.update(refused, "workshop-link");
    }, function (e) {
      fail("The link could not be opened: " + ((e && e.message) || String(e)) + " It may have been cut short " +
           "when copied: ask for it again, or for the answers file.");
    });
  }

  function remove(i) {
    people.splice(i, 1);
    W.update([], null);
  }

  function say(text) {
    var status = document.getElementById("workshop-status");
    if (status) status.textContent = text;
  }

  // the assets folder, above this script's js/, and the board paper's scripts (assess/site/scripts.py PAPER)
  var ASSETS = ((document.currentScript || {}).src || "").replace(/js\/[^/]*$/, "");
  var PAPER_SCRIPTS = (root.getAttribute("data-paper-scripts") || "").split(" ");

  function paperScripts() {
    // loaded once, when the paper is first asked for; after a failure the next request tries again
    return D.loadScripts(PAPER_SCRIPTS.map(function (name) { return ASSETS + name; }));
  }

  function paper() {
    // the combined board paper: the same bytes as `assess report A B C --format html` for the same files
    var texts = people.map(function (p) { return p.text; }), files = people.map(function (p) { return p.file; });
    return paperScripts().then(function () {
      return window.CareModelsPaper.boardPaper({ nunjucks: window.nunjucks, markdownit: window.markdownit },
                                               W.cq, texts, files).html;
    });
  }

  function downloadPaper() {
    say("Preparing the combined board paper\u2026");
    paper().then(function (html) {
      saveFile(html, "text/html;charset=utf-8", "board-paper-workshop.html");
      say("The combined board paper has been downloaded: open it in your browser and print it, or save it as PDF.");
    }, function () {
      say("The board paper could not be prepared in this browser. Download each respondent's answers instead: " +
          "the assess command makes the same paper from them.");
    });
  }

  function downloadAnswers(i) {
    saveFile(people[i].text, "text/yaml;charset=utf-8", people[i].file);
    say("The answers of " + W.labels()[i] + " have been downloaded as \u201c" + people[i].file + "\u201d.");
  }

  Object.assign(W, { addFiles: addFiles, addLink: addLink, downloadAnswers: downloadAnswers,
                     downloadPaper: downloadPaper, remove: remove });
  W.start();
})(window);
