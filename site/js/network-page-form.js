/* The network-rules page, part 1 of 3: the form that edits a network file (members, service users, the right to
 * leave, each type of decision's rule and weighting) and the file it writes, in the schema of `assess vote`
 * (kb/schema/network.schema.json), so the same file works in both. */
(function (global) {
  "use strict";

  var G = global.CareModels && global.CareModels.governance, D = global.CareModelsDom;
  if (!G || !D || !document.getElementById("network-root")) return;
  var h = D.h, button = D.button, P = global.CareModels.networkPage = {};
  var S = P.S = { raw: { network: "", members: [], decisions: [] }, file: "network.yaml", changed: null };

  /* ------------------------------------------------------------ the file (YAML, every text quoted) */

  function scalar(v) {
    return typeof v === "string" ? JSON.stringify(v) : String(v);
  }

  function dump(value, indent) {
    // block mappings and lists of mappings; lists of plain values in brackets
    var pad = " ".repeat(indent), out = [];
    Object.keys(value).forEach(function (k) {
      var v = value[k];
      if (v === undefined || v === null) return;
      if (Array.isArray(v) && v.length && typeof v[0] === "object") {
        out.push(pad + k + ":");
        v.forEach(function (item) {
          var body = dump(item, indent + 4);
          out.push(pad + "  - " + body.slice(indent + 4));
        });
      } else if (Array.isArray(v)) out.push(pad + k + ": [" + v.map(scalar).join(", ") + "]");
      else if (typeof v === "object") {
        if (Object.keys(v).length) out.push(pad + k + ":", dump(v, indent + 2));
        else out.push(pad + k + ": {}");
      } else out.push(pad + k + ": " + scalar(v));
    });
    return out.join("\n");
  }

  function networkText() {
    return "# yaml-language-server: $schema=../kb/schema/network.schema.json\n" + dump(S.raw, 0) + "\n";
  }

  /* ------------------------------------------------------------ reading the fields back */

  function number(text) {
    // what was typed: nothing (the key is left out), a number, or the text (the file's check names it)
    var t = String(text).trim();
    if (t === "") return undefined;
    return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : t;
  }

  function set(obj, key, value) {
    if (value === undefined || value === "" || (Array.isArray(value) && !value.length)) delete obj[key];
    else obj[key] = value;
  }

  function freeId(prefix, taken) {
    for (var i = 1; ; i++) if (taken.indexOf(prefix + "-" + i) < 0) return prefix + "-" + i;
  }

  /* ------------------------------------------------------------ fields */

  function textField(id, label, value, onchange, hint) {
    return h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", "for": id }, label),
      hint ? h("div", { class: "nhsuk-hint", id: id + "-hint" }, hint) : null,
      h("input", { class: "nhsuk-input" + (hint ? " nhsuk-input--width-10" : ""), id: id, type: "text", value: value === undefined ? "" : String(value),
                   inputmode: hint ? "decimal" : null, "aria-describedby": hint ? id + "-hint" : null,
                   onchange: function (e) { onchange(e.target.value); } }));
  }

  function selectField(id, label, value, options, onchange) {
    return h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", "for": id }, label),
      h("select", { class: "nhsuk-select", id: id, onchange: function (e) { onchange(e.target.value); } },
        options.map(function (o) { return h("option", { value: o[0], selected: o[0] === value }, o[1]); })));
  }

  function checkboxes(id, legend, options, chosen, onchange) {
    // an NHS.UK checkbox group: options [value, label]
    return h("div", { class: "nhsuk-form-group" }, h("fieldset", { class: "nhsuk-fieldset" },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, legend),
      h("div", { class: "nhsuk-checkboxes nhsuk-checkboxes--small" }, options.map(function (o, i) {
        return h("div", { class: "nhsuk-checkboxes__item" },
          h("input", { class: "nhsuk-checkboxes__input", id: id + "-" + i, type: "checkbox", value: o[0], checked: chosen.indexOf(o[0]) >= 0,
                       onchange: function () { onchange(Array.from(document.querySelectorAll("#" + id + " input:checked")).map(function (x) { return x.value; })); } }),
          h("label", { class: "nhsuk-label nhsuk-checkboxes__label", "for": id + "-" + i }, o[1]));
      }))));
  }

  /* ------------------------------------------------------------ the network and its members */

  function networkPart() {
    var raw = S.raw, leave = raw.right_to_leave;
    var leaveValue = leave ? (leave.allowed ? "yes" : "no") : "";
    return h("fieldset", { class: "nhsuk-fieldset", id: "network-about" },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--m" }, "The network"),
      textField("f-network", "Name of the network", raw.network, function (v) { raw.network = v; changed(); }),
      selectField("f-service-users", "Service users' role in decisions", raw.service_users || "",
        [["", "not stated"], ["vote", "they vote (a member represents them)"], ["advise", "they advise but do not vote"]],
        function (v) { set(raw, "service_users", v); changed(); }),
      selectField("f-leave", "May members leave the network?", leaveValue, [["", "not stated"], ["yes", "yes"], ["no", "no"]],
        function (v) { if (v) raw.right_to_leave = Object.assign(leave || {}, { allowed: v === "yes" }); else delete raw.right_to_leave; rebuild("f-leave"); }),
      leave ? [
        textField("f-notice", "Notice to leave, in months", leave.notice_months, function (v) { set(leave, "notice_months", number(v)); changed(); }, "For example, 12"),
        checkboxes("f-penalties", "What a member loses by leaving", Object.keys(G.data.penalties).map(function (k) { return [k, G.data.penalties[k]]; }),
          leave.penalties || [], function (v) { set(leave, "penalties", v); changed(); })] : null);
  }

  function memberPart(m, i) {
    var id = "f-member-" + i, types = G.data.member_types;
    return h("fieldset", { class: "nhsuk-fieldset app-member", id: id },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, "Member " + (i + 1) + (m.name ? ": " + m.name : "")),
      textField(id + "-name", "Name", m.name, function (v) { m.name = v; changed(); }),
      selectField(id + "-type", "Type", m.type, Object.keys(types).map(function (t) { return [t, types[t]]; }),
        function (v) { m.type = v; rebuild(id + "-type"); }),
      textField(id + "-investment", "Investment", m.investment, function (v) { set(m, "investment", number(v)); changed(); },
        "The value of its budgets it invests in the network, in the same unit for every member (for example, \u00a3m)"),
      textField(id + "-risk", "Risk share (%)", m.risk_share, function (v) { set(m, "risk_share", number(v)); changed(); },
        "Its percentage of any deficit, from 0 to 100"),
      button("Remove " + (m.name || "member " + (i + 1)), function () { removeMember(i); }, true));
  }

  function removeMember(i) {
    var gone = S.raw.members.splice(i, 1)[0];
    S.raw.decisions.forEach(function (d) {
      var c = d.conditions;
      if (!c) return;
      ["vetoes", "excluded"].forEach(function (k) { if (c[k]) set(c, k, c[k].filter(function (x) { return x !== gone.id; })); });
      if (!Object.keys(c).length) delete d.conditions;
    });
    P.dropSupporter(gone.id);
    rebuild("add-member");
  }

  function addMember() {
    var ids = S.raw.members.map(function (m) { return m.id; });
    S.raw.members.push({ id: freeId("member", ids), name: "", type: "other" });
    rebuild("f-member-" + (S.raw.members.length - 1) + "-name");
  }

  Object.assign(P, { addMember: addMember, button: button, checkboxes: checkboxes, freeId: freeId, memberPart: memberPart,
      networkPart: networkPart, networkText: networkText, number: number, selectField: selectField, set: set, textField: textField });

  function changed() { if (S.changed) S.changed(); }
  function rebuild(focusId) { P.renderForm(focusId); changed(); }
  P.changed = changed; P.rebuild = rebuild;
})(typeof window !== "undefined" ? window : globalThis);
