/* Network and proposal files in the browser: assess/governance/network.py load() and load_proposal(), with the
 * site's YAML reader (yaml.js, yaml-blocks.js). A file that cannot be used gives every problem found, each
 * {line, message, hint}, as the command line gives them; a good one gives the same plain data as network.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var E = NS.engine, F = G;

  function Problems(list) { this.problems = list; this.message = list.map(function (p) { return p.message; }).join(" "); }
  Problems.prototype = Object.create(Error.prototype);
  Problems.prototype.name = "Problems";

  function reader(text) {
    // the parsed YAML and a problem maker naming lines; a YAML error becomes a problem with its line
    var data;
    try { data = E.parseYaml(text, G.data.limits); } catch (e) {
      throw new Problems([{ line: e.line || null, message: e.what || String(e.message), hint: e.fix || "" }]);
    }
    var found = G.lines(text);
    return { data: data, where: function (path) { return G.lineOf(found, path); },
             problem: function (path, message, hint) { return { line: G.lineOf(found, path), message: message, hint: hint || "" }; },
             check: function (path, name, values) {
               // a problem worded by wording.py's CHECKS table, as network.py check_text words it
               var pair = G.data.checks[name];
               return { line: G.lineOf(found, path), message: E.fill(pair[0], values), hint: E.fill(pair[1], values) };
             } };
  }

  function checked(doc, schema, ranges) {
    // network.py read_checked: the schema's problems, numbers out of range and .inf/.nan, by line
    var own = G.rangeProblems(ranges, doc.data).map(function (p) { return doc.problem(p[0], p[1], p[2]); });
    var mine = own.map(function (p) { return p.line; });
    var schemaProblems = G.validate(G.data.schemas, schema, doc.data).map(function (p) { return doc.problem(p[0], p[1], p[2]); })
      .filter(function (p) { return mine.indexOf(p.line) < 0; });
    var all = own.concat(schemaProblems);
    if (all.length) throw new Problems(sorted(all));
  }

  function sorted(list) { return list.slice().sort(function (a, b) { return (a.line || 0) - (b.line || 0); }); }

  function exactOrNull(raw, key) { return key in raw ? F.exact(raw[key]) : null; }

  function readNetwork(text, file) {
    // network.py load()
    var doc = reader(text);
    if (!doc.data || typeof doc.data !== "object" || Array.isArray(doc.data)) {
      throw new Problems([doc.check([], "not a network", {})]);
    }
    checked(doc, "network.schema.json", G.data.network_ranges);
    var data = doc.data, problems = [], members = [], first = {};
    data.members.forEach(function (raw, i) {
      if (raw.id in first) {
        problems.push(doc.check(["members", i, "id"], "member twice", { id: raw.id, line: doc.where(["members", first[raw.id], "id"]) }));
        return;
      }
      first[raw.id] = i;
      members.push({ id: raw.id, name: raw.name, type: raw.type, investment: exactOrNull(raw, "investment"),
                     risk_share: exactOrNull(raw, "risk_share") });
    });
    var serviceUsers = "service_users" in data ? data.service_users : null;
    if (serviceUsers === "vote" && !members.some(function (m) { return m.type === "service-user-representative"; })) {
      problems.push(doc.check(["service_users"], "users vote", {}));
    }
    var leave = data.right_to_leave ? { allowed: data.right_to_leave.allowed,
      notice_months: "notice_months" in data.right_to_leave ? data.right_to_leave.notice_months : null,
      penalties: (data.right_to_leave.penalties || []).slice(), notes: data.right_to_leave.notes || null } : null;
    var network = { file: file, name: data.network, members: members, decisions: [], service_users: serviceUsers, right_to_leave: leave };
    var seen = {};
    data.decisions.forEach(function (raw, i) {
      if (raw.id in seen) problems.push(doc.check(["decisions", i, "id"], "decision twice", { id: raw.id, line: doc.where(["decisions", seen[raw.id], "id"]) }));
      else seen[raw.id] = i;
      network.decisions.push(decisionOf(doc, i, raw, network, problems));
    });
    if (problems.length) throw new Problems(sorted(problems));
    return network;
  }

  function decisionOf(doc, i, raw, network, problems) {
    // network.py _decision
    var here = ["decisions", i], conditions = raw.conditions || {}, ids = network.members.map(function (m) { return m.id; });
    if (raw.rule !== "qualified-majority") {
      ["threshold", "conditions"].forEach(function (key) {
        if (key in raw) {
          problems.push(doc.check(here.concat([key]), "qualified only", { key: key, rule: raw.rule }));
        }
      });
    }
    var listed = {};
    ["vetoes", "excluded"].forEach(function (key) {
      (conditions[key] || []).forEach(function (id, j) {
        var at = here.concat(["conditions", key, j]);
        if (ids.indexOf(id) < 0) problems.push(unknown(doc, at, id, ids));
        else if (id in listed) problems.push(doc.check(at, "listed twice", { id: id, line: doc.where(listed[id]) }));
        if (!(id in listed)) listed[id] = at;
      });
    });
    var require = conditions.require_types || [];
    var decision = { id: raw.id, name: raw.name, rule: raw.rule, weighting: raw.weighting || "even",
                     threshold: "threshold" in raw ? F.exact(raw.threshold) : null, vetoes: (conditions.vetoes || []).slice(),
                     excluded: (conditions.excluded || []).slice(), type_majority: (conditions.type_majority || []).slice(),
                     require_types: require === "all" ? [] : require.slice(), every_type: require === "all",
                     description: raw.description || null };
    var voters = G.voters(network, decision);
    if (!voters.length) {
      problems.push(doc.check(here, "nobody votes", { decision: decision.id }));
      return decision;
    }
    if (decision.every_type) {
      var types = voters.map(function (m) { return m.type; });
      decision.require_types = Object.keys(G.data.member_types).filter(function (t) { return types.indexOf(t) >= 0; });
    }
    checkVoters(doc, here, conditions, decision, network, voters, problems);
    return decision;
  }

  function checkVoters(doc, here, conditions, decision, network, voters, problems) {
    // network.py _check_voters
    var types = voters.map(function (m) { return m.type; });
    ["type_majority", "require_types"].forEach(function (key) {
      var list = conditions[key] === "all" ? [] : conditions[key] || [];
      list.forEach(function (type, j) {
        if (types.indexOf(type) < 0) {
          problems.push(doc.check(here.concat(["conditions", key, j]), "type nobody", { type: type, decision: decision.id }));
        }
      });
    });
    var silent = {};
    G.notVoting(network, decision).forEach(function (x) { silent[x[0].id] = x[1]; });
    decision.vetoes.forEach(function (id, j) {
      if (id in silent) {
        problems.push(doc.check(here.concat(["conditions", "vetoes", j]), "veto silent", { id: id, reason: silent[id] }));
      }
    });
    if (decision.rule === "veto" || decision.weighting === "even") return;
    var field = decision.weighting === "investment" ? "investment" : "risk_share", missing = false;
    voters.forEach(function (m) {
      if (m[field] !== null) return;
      missing = true;
      var k = doc.data.members.findIndex(function (raw) { return raw.id === m.id; });
      problems.push(doc.check(["members", k], "no weight", { id: m.id, field: field, decision: decision.id, weighting: decision.weighting }));
    });
    if (!missing && voters.every(function (m) { return m[field].n === 0n; })) {
      problems.push(doc.check(here.concat(["weighting"]), "all zero", { field: field, decision: decision.id }));
    }
  }

  function unknown(doc, path, id, known) {
    var close = G.closeMatch(String(id), known.slice().sort());
    var hint = close ? E.fileProblem("did you mean", { close: close }) : doc.check(path, "members are", { ids: known.slice().sort().join(", ") }).hint;
    return doc.check(path, "unknown member", { id: id, hint: hint });
  }

  function readProposal(text, file, network) {
    // network.py load_proposal
    var doc = reader(text), data = doc.data, problems = [];
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new Problems([doc.check([], "not a proposal", {})]);
    var allowed = ["proposal", "decision", "in_favour"];
    Object.keys(data).forEach(function (key) {
      if (allowed.indexOf(key) < 0) problems.push(doc.problem([key], E.fileProblem("unknown key", { key: key, at: "" }), G.keyHint(key, allowed)));
    });
    allowed.filter(function (key) { return key !== "decision" && !(key in data); }).forEach(function (key) {
      problems.push(doc.problem([], E.fileProblem("missing key", { key: key, at: "" }), E.fileProblem("add key", { key: key })));
    });
    var title = data.proposal, decision = "decision" in data ? data.decision : null, inFavour = data.in_favour || [];
    if ("proposal" in data && !(typeof title === "string" && title.trim())) problems.push(doc.check(["proposal"], "proposal text", {}));
    var ids = network.decisions.map(function (d) { return d.id; });
    if (decision !== null && ids.indexOf(decision) < 0) {
      var close = G.closeMatch(String(decision), ids);
      var hint = close ? E.fileProblem("did you mean", { close: close }) : doc.check([], "decision types", { ids: ids.join(", ") }).hint;
      problems.push(doc.check(["decision"], "no decision type", { decision: decision, file: network.file, hint: hint }));
    }
    if (!Array.isArray(inFavour)) {
      problems.push(doc.check(["in_favour"], "in favour list", {}));
      inFavour = [];
    }
    var known = network.members.map(function (m) { return m.id; }), seen = {};
    inFavour.forEach(function (id, j) {
      if (typeof id !== "string" || known.indexOf(id) < 0) problems.push(unknown(doc, ["in_favour", j], String(id), known));
      else if (id in seen) problems.push(doc.check(["in_favour", j], "listed twice", { id: id, line: doc.where(["in_favour", seen[id]]) }));
      if (!(id in seen)) seen[id] = j;
    });
    if (problems.length) throw new Problems(problems);
    return { file: file, title: title.trim(), decision: decision, in_favour: inFavour.slice() };
  }

  Object.assign(G, { Problems: Problems, checked: checked, readNetwork: readNetwork, readProposal: readProposal, reader: reader });
})(typeof window !== "undefined" ? window : globalThis);
