/* The YAML reader, part 2 (block collections, block scalars, the document): as PyYAML's safe loader
 * (assess/kb/yamlsafe.py) reads answers files. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var Reader = M.Reader, YamlError = M.YamlError, has = M.has, parseDoubleQuoted = M.parseDoubleQuoted,
      parseFlowMap = M.parseFlowMap, parseFlowSeq = M.parseFlowSeq, parseSingleQuoted = M.parseSingleQuoted,
      resolvePlain = M.resolvePlain;

  function indentOf(line) {
    return line.match(/^ */)[0].length;
  }

  function isBlank(line) {
    var t = line.trim();
    return t === "" || t.charAt(0) === "#";
  }

  function skipBlank(st) {
    while (st.k < st.lines.length && isBlank(st.lines[st.k].text)) st.k++;
  }

  function stripComment(s) {
    // for plain scalars: a '#' after a space starts a comment
    var m = s.search(/(^|\s)#/);
    return (m < 0 ? s : s.slice(0, m)).trim();
  }

  function parseBlock(st, indent) {
    var line = st.lines[st.k].text.slice(indent);
    if (/^-(\s|$)/.test(line)) return parseBlockSeq(st, indent);
    if (findKeyColon(line) !== null) return parseBlockMap(st, indent);
    return parseInline(st, indent, st.lines[st.k].start + indent, -1);
  }

  /* The position of the ':' that ends a mapping key on this line, or null. */
  function findKeyColon(line) {
    var i = 0;
    if (line.charAt(0) === "\"" || line.charAt(0) === "'") {
      var q = line.charAt(0);
      i = 1;
      while (i < line.length) {
        if (q === "\"" && line.charAt(i) === "\\") { i += 2; continue; }
        if (line.charAt(i) === q) {
          if (q === "'" && line.charAt(i + 1) === "'") { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
      var after = line.slice(i).match(/^\s*:(\s|$)/);
      return after ? i + after[0].indexOf(":") : null;
    }
    if (/^[[{#]/.test(line)) return null;
    var m = line.search(/:(\s|$)/);
    if (m < 0) return null;
    var hash = line.search(/(^|\s)#/);
    if (hash >= 0 && hash < m) return null;
    return m;
  }

  function parseKey(raw, lineNo, limits) {
    raw = raw.trim();
    if (raw.charAt(0) === "\"" || raw.charAt(0) === "'") {
      var rr = new Reader(raw);
      return raw.charAt(0) === "\"" ? parseDoubleQuoted(rr) : parseSingleQuoted(rr);
    }
    if (raw === "<<") throw new YamlError(lineNo, "merge", {}, "merge fix");
    var v = resolvePlain(raw, lineNo, limits);
    return v === null ? "null" : String(v === true ? "True" : v === false ? "False" : v);
  }

  function parseBlockMap(st, indent) {
    var out = Object.create(null), first = Object.create(null);
    st.r.enter(st.lines[st.k].start);
    while (skipBlank(st), st.k < st.lines.length) {
      var entry = st.lines[st.k], text = entry.text;
      if (indentOf(text) !== indent) {
        if (indentOf(text) > indent) throw new YamlError(st.k + 1, "misplaced");
        break;
      }
      var body = text.slice(indent);
      if (/^-(\s|$)/.test(body)) break;
      var colon = findKeyColon(body);
      if (colon === null) throw new YamlError(st.k + 1, "no colon");
      var lineNo = st.k + 1, key = parseKey(body.slice(0, colon), lineNo, st.r.limits);
      if (has(out, key)) throw new YamlError(lineNo, "duplicate key", { key: key, line: first[key] }, "duplicate key fix");
      first[key] = lineNo;
      out[key] = parseValueAfter(st, indent, entry.start + indent + colon + 1, true);
    }
    st.r.depth--;
    return out;
  }

  function parseBlockSeq(st, indent) {
    var out = [];
    st.r.enter(st.lines[st.k].start);
    while (skipBlank(st), st.k < st.lines.length) {
      var entry = st.lines[st.k], text = entry.text;
      if (indentOf(text) !== indent || !/^-(\s|$)/.test(text.slice(indent))) {
        if (indentOf(text) > indent) throw new YamlError(st.k + 1, "misplaced");
        break;
      }
      var after = text.slice(indent + 1);
      var pad = after.match(/^ */)[0].length;
      if (after.trim() !== "" && after.trim().charAt(0) !== "#" && findKeyColon(after.slice(pad)) !== null) {
        // "- key: value" starts a mapping indented like the key
        st.lines[st.k] = { start: entry.start, text: " ".repeat(indent + 1 + pad) + after.slice(pad) };
        out.push(parseBlockMap(st, indent + 1 + pad));
        continue;
      }
      out.push(parseValueAfter(st, indent, entry.start + indent + 1, false));
    }
    st.r.depth--;
    return out;
  }

  /* The value after 'key:' or '- ' that starts at text offset `at` on line st.k. */
  function parseValueAfter(st, indent, at, inMap) {
    var r = st.r, lineEnd = st.lines[st.k].start + st.lines[st.k].text.length;
    var rest = r.s.slice(at, lineEnd);
    var trimmed = rest.trim();
    if (trimmed === "" || trimmed.charAt(0) === "#") {
      st.k++;
      skipBlank(st);
      if (st.k >= st.lines.length) return null;
      var next = st.lines[st.k].text, ni = indentOf(next);
      if (ni > indent) return parseBlock(st, ni);
      if (inMap && ni === indent && /^-(\s|$)/.test(next.slice(ni))) return parseBlockSeq(st, ni);
      return null;
    }
    if (trimmed.charAt(0) === "|" || trimmed.charAt(0) === ">") return parseBlockScalar(st, indent, trimmed);
    var offset = at + rest.indexOf(trimmed.charAt(0));
    return parseInline(st, indent, offset, indent);
  }

  /* A scalar or flow collection starting at `offset`; plain scalars may continue on more-indented lines. */
  function parseInline(st, indent, offset, parentIndent) {
    var r = st.r, first = r.s.charAt(offset), lineNo = st.k + 1;
    if (first === "[" || first === "{" || first === "\"" || first === "'") {
      r.i = offset;
      var value = first === "[" ? parseFlowSeq(r) : first === "{" ? parseFlowMap(r)
        : first === "\"" ? parseDoubleQuoted(r) : parseSingleQuoted(r);
      // the rest of the line may hold only a comment
      var endLine = r.line(r.i) - 1;
      var lineEnd = st.lines[endLine].start + st.lines[endLine].text.length;
      var tail = r.s.slice(r.i, lineEnd).trim();
      if (tail && tail.charAt(0) !== "#") throw new YamlError(endLine + 1, "after value", { text: tail });
      st.k = endLine + 1;
      return value;
    }
    var lineEnd0 = st.lines[st.k].start + st.lines[st.k].text.length;
    var parts = [stripComment(r.s.slice(offset, lineEnd0))];
    st.k++;
    // continuation lines of a multi-line plain scalar
    while (st.k < st.lines.length) {
      var t = st.lines[st.k].text;
      if (isBlank(t)) {
        if (t.trim() === "") { st.k++; continue; }
        break;
      }
      if (indentOf(t) <= parentIndent) break;
      if (findKeyColon(t.trim()) !== null || /^-(\s|$)/.test(t.trim())) break;
      parts.push(stripComment(t.trim()));
      st.k++;
    }
    var text = parts.join(" ");
    return parts.length > 1 ? text : resolvePlain(text, lineNo, r.limits);
  }

  function parseBlockScalar(st, indent, header) {
    var m = header.match(/^([|>])([+-]?)(\d?)([+-]?)\s*(#.*)?$/);
    if (!m) throw new YamlError(st.k + 1, "block header", { header: header });
    var folded = m[1] === ">", chomp = m[2] || m[4];
    st.k++;
    var lines = [], blockIndent = m[3] ? indent + parseInt(m[3], 10) : null;
    while (st.k < st.lines.length) {
      var t = st.lines[st.k].text;
      if (t.trim() === "") { lines.push(""); st.k++; continue; }
      var ti = indentOf(t);
      if (blockIndent === null) {
        if (ti <= indent) break;
        blockIndent = ti;
      }
      if (ti < blockIndent) break;
      lines.push(t.slice(blockIndent));
      st.k++;
    }
    var trailing = 0;
    while (lines.length && lines[lines.length - 1] === "") { lines.pop(); trailing++; }
    var text;
    if (folded) {
      text = "";
      lines.forEach(function (l, i) {
        if (i === 0) text = l;
        else if (l === "" || /^\s/.test(l) || /^\s/.test(lines[i - 1])) text += "\n" + l;
        else text += (lines[i - 1] === "" ? "" : " ") + l;
      });
    } else text = lines.join("\n");
    if (chomp === "-") return text;
    if (chomp === "+") return text + "\n" + "\n".repeat(trailing);
    return lines.length ? text + "\n" : "";
  }

  /* The data of an answers file's text; `limits`: the questionnaire data's `limits` (how deep lists and mappings
   * may nest, the longest number), as assess/kb/yamlsafe.py's. */
  function parseYaml(text, limits) {
    if (typeof text !== "string") throw new YamlError(0, "not text file");
    text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    if (/\t/.test(text.split("\n").map(function (l) { return l.match(/^[ \t]*/)[0]; }).join(""))) {
      var bad = text.split("\n").findIndex(function (l) { return /^ *\t/.test(l); });
      throw new YamlError(bad + 1, "tab", {}, "tab fix");
    }
    var r = new Reader(text, limits);
    var lines = [];   // {start, indent, end}
    var pos = 0;
    text.split("\n").forEach(function (l) {
      lines.push({ start: pos, text: l });
      pos += l.length + 1;
    });
    var state = { lines: lines, k: 0, r: r };
    skipBlank(state);
    if (state.k < lines.length && /^---(\s|$)/.test(lines[state.k].text)) {
      var rest = lines[state.k].text.slice(3).trim();
      if (rest && rest.charAt(0) !== "#") throw new YamlError(state.k + 1, "after start");
      state.k++;
      skipBlank(state);
    }
    var end = lines.length;
    for (var e = state.k; e < lines.length; e++) {
      if (/^(---|\.\.\.)(\s|$)/.test(lines[e].text)) { end = e; break; }
    }
    if (end < lines.length) {
      if (/^---/.test(lines[end].text)) throw new YamlError(end + 1, "documents", {}, "documents fix");
      for (var k2 = end + 1; k2 < lines.length; k2++) {
        if (!isBlank(lines[k2].text)) throw new YamlError(k2 + 1, "after end");
      }
      state.lines = lines = lines.slice(0, end);
    }
    if (state.k >= lines.length) return null;
    var value = parseBlock(state, indentOf(lines[state.k].text));
    skipBlank(state);
    if (state.k < lines.length) throw new YamlError(state.k + 1, "misplaced");
    return value;
  }

  Object.assign(M, { parseYaml: parseYaml });
})(typeof window !== "undefined" ? window : globalThis);
