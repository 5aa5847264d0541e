/* The network-rules page, part 3 of 3: each type of decision in the form, the proposal, opening and saving
 * files, and the live analysis: every change writes the network file, reads it back with the same checks as
 * `assess vote` (site/js/governance-network.js) and shows G.analyse's result. Nothing leaves the browser. */
(function (global) {
  "use strict";

  var P = global.CareModels && global.CareModels.networkPage;
  if (!P) return;
  var G = global.CareModels.governance, h = global.CareModelsDom.h, S = P.S;
  var proposal = { title: "", decision: "", inFavour: [] };

  function decisionPart(d, i) {
    var id = "f-decision-" + i, c = d.conditions || {}, qm = d.rule === "qualified-majority";
    var members = S.raw.members.map(function (m) { return [m.id, m.name || m.id]; });
    var present = Object.keys(G.data.member_types).filter(function (t) { return S.raw.members.some(function (m) { return m.type === t; }); })
      .map(function (t) { return [t, G.data.member_types[t]]; });
    var cond = function (key) { return function (v) { d.conditions = c; P.set(c, key, v); if (!Object.keys(c).length) delete d.conditions; P.changed(); }; };
    return h("fieldset", { class: "nhsuk-fieldset app-decision-form", id: id },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, "Type of decision " + (i + 1) + (d.name ? ": " + d.name : "")),
      P.textField(id + "-name", "Name", d.name, function (v) { d.name = v; P.changed(); }),
      P.selectField(id + "-rule", "Rule", d.rule, G.data.rules.map(function (r) { return [r, G.data.rule_names[r]]; }), function (v) {
        d.rule = v;
        if (v !== "qualified-majority") { delete d.threshold; delete d.conditions; }
        P.rebuild(id + "-rule");
      }),
      P.selectField(id + "-weighting", "How votes are weighted", d.weighting || "even",
        G.data.weightings.map(function (w) { return [w, G.data.weighting_text[w].split(":")[0]]; }), function (v) { P.set(d, "weighting", v); P.changed(); }),
      qm ? [
        P.textField(id + "-threshold", "Threshold (% of the total vote needed)", d.threshold, function (v) { P.set(d, "threshold", P.number(v)); P.changed(); },
          "For example, 70; leave empty for more than half"),
        P.checkboxes(id + "-vetoes", "Members with a veto on this decision", members, c.vetoes || [], cond("vetoes")),
        P.checkboxes(id + "-excluded", "Members who do not vote on it (they gain substantial new revenues from it)", members, c.excluded || [], cond("excluded")),
        P.checkboxes(id + "-majority", "Types of member of which more than half must approve", present, c.type_majority || [], cond("type_majority")),
        P.checkboxes(id + "-require", "Types of member of which at least one must approve", present,
          c.require_types === "all" ? present.map(function (x) { return x[0]; }) : c.require_types || [], cond("require_types"))] : null,
      P.button("Remove " + (d.name || "type of decision " + (i + 1)), function () { S.raw.decisions.splice(i, 1); P.rebuild("add-decision"); }, true));
  }

  function renderForm(focusId) {
    var form = document.getElementById("network-form");
    form.textContent = "";
    form.appendChild(h("div", null, P.networkPart(),
      h("h3", null, "Members"), S.raw.members.map(P.memberPart),
      h("button", { type: "button", class: "nhsuk-button nhsuk-button--secondary", id: "add-member", onclick: P.addMember }, "Add a member"),
      h("h3", null, "Types of decision"), S.raw.decisions.map(decisionPart),
      h("button", { type: "button", class: "nhsuk-button nhsuk-button--secondary", id: "add-decision", onclick: addDecision }, "Add a type of decision")));
    renderProposal();
    var el = focusId && document.getElementById(focusId);
    if (el) el.focus();
  }

  function addDecision() {
    var ids = S.raw.decisions.map(function (d) { return d.id; });
    S.raw.decisions.push({ id: P.freeId("decision", ids), name: "", rule: "majority", weighting: "even" });
    P.rebuild("f-decision-" + (S.raw.decisions.length - 1) + "-name");
  }

  function renderProposal() {
    var el = document.getElementById("proposal-form");
    el.textContent = "";
    var members = S.raw.members.map(function (m) { return [m.id, m.name || m.id]; });
    el.appendChild(h("div", null,
      P.textField("p-title", "What is proposed", proposal.title, function (v) { proposal.title = v; analyse(); }),
      P.selectField("p-decision", "Which type of decision it is", proposal.decision,
        [["", "show the outcome under every rule"]].concat(S.raw.decisions.map(function (d) { return [d.id, d.name || d.id]; })),
        function (v) { proposal.decision = v; analyse(); }),
      P.checkboxes("p-favour", "Members in favour", members, proposal.inFavour, function (v) { proposal.inFavour = v; analyse(); })));
  }

  function currentProposal() {
    var known = S.raw.decisions.map(function (d) { return d.id; });
    var ids = S.raw.members.map(function (m) { return m.id; });
    var inFavour = proposal.inFavour.filter(function (x) { return ids.indexOf(x) >= 0; });
    if (!inFavour.length && !proposal.title) return null;
    return { file: "proposal.yaml", title: proposal.title || "Proposal", decision: known.indexOf(proposal.decision) >= 0 ? proposal.decision : null,
             in_favour: inFavour };
  }

  function analyse() {
    // the network file as it stands, read with assess vote's checks, then analysed
    var results = document.getElementById("network-results"), problems = document.getElementById("network-problems");
    P.last = null;
    if (!S.text && !S.raw.members.length && !S.raw.decisions.length) {
      P.renderProblems(problems, null);
      results.textContent = "";
      results.appendChild(h("p", null, "Open a network file, or add the members and the types of decision above: the figures appear here."));
      return;
    }
    try {
      var network = G.readNetwork(S.text || P.networkText(), S.file);
      P.renderProblems(problems, null);
      P.last = G.analyse(network, currentProposal());
      P.renderAnalysis(results, P.last);
    } catch (e) {
      var list = e.problems || [{ line: null, message: e.message, hint: e.hint || "" }];
      if (!S.text) list = list.map(function (p) { return { line: null, message: p.message, hint: p.hint }; });
      P.renderProblems(problems, list, S.text ? "The file " + S.file + " cannot be used" : "The network is not complete yet");
      results.textContent = "";
      results.appendChild(h("p", null, "The figures appear here once the network above is complete."));
    }
  }

  function readFile(input, then, problemsId) {
    // a file given, read as text; one too large to be a network, proposal or budget file (by its size, before
    // reading it, as Python refuses it) or one that cannot be read is reported where its problems go
    var file = input.files && input.files[0], E = global.CareModels.engine;
    if (!file) return;
    var refuse = function (message, hint) {
      P.renderProblems(document.getElementById(problemsId), [{ line: null, message: message, hint: hint }],
                       "The file " + file.name + " cannot be used");
    };
    if (file.size > G.data.limits.file_bytes) {
      refuse(E.fileProblem("larger than limit", { limit: E.formatNumber(G.data.limits.file_bytes) }),
             E.fileProblem("split", {}));
      return;
    }
    var reader = new FileReader();
    reader.onload = function () { then(String(reader.result), file.name); };
    reader.onerror = function () { refuse("the file could not be read", "choose it again, or check that it is still there"); };
    reader.readAsText(file);
  }

  function openNetwork(text, name) {
    S.file = name;
    try {
      var data = global.CareModels.engine.parseYaml(text, G.data.limits);
      if (data && typeof data === "object" && !Array.isArray(data)) S.raw = data;
    } catch (e) { /* the check below names the line */ }
    S.text = text;                 // as uploaded, until the form changes it: problems name the file's lines
    renderForm();
    analyse();
  }

  function openProposal(text, name) {
    var el = document.getElementById("proposal-problems");
    try {
      var p = G.readProposal(text, name, G.readNetwork(P.networkText(), S.file));
      proposal = { title: p.title, decision: p.decision || "", inFavour: p.in_favour };
      P.renderProblems(el, null);
      renderProposal();
      analyse();
    } catch (e) {
      P.renderProblems(el, e.problems || [{ line: null, message: e.message, hint: "" }], "The file " + name + " cannot be used");
    }
  }

  function openBudget(text, name) {
    var el = document.getElementById("budget-results");
    try {
      P.renderBudget(el, G.checkBudget(G.readBudget(text, name)));
    } catch (e) {
      P.renderProblems(el, e.problems || [{ line: null, message: e.message, hint: "" }], "The file " + name + " cannot be used");
    }
  }

  function download() {
    global.CareModelsDom.saveFile(S.text || P.networkText(), "text/yaml;charset=utf-8", S.file);
  }

  P.dropSupporter = function (id) { proposal.inFavour = proposal.inFavour.filter(function (x) { return x !== id; }); };
  P.renderForm = renderForm;
  S.changed = function () { S.text = null; renderProposal(); analyse(); };
  document.getElementById("network-upload").addEventListener("change", function (e) { readFile(e.target, openNetwork, "network-problems"); });
  document.getElementById("proposal-upload").addEventListener("change", function (e) { readFile(e.target, openProposal, "proposal-problems"); });
  document.getElementById("budget-upload").addEventListener("change", function (e) { readFile(e.target, openBudget, "budget-results"); });
  document.getElementById("network-download").addEventListener("click", download);
  renderForm();
  analyse();
})(typeof window !== "undefined" ? window : globalThis);
