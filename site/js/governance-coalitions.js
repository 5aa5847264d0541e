/* Minimal winning and minimal blocking coalitions, counted and (when few) listed: assess/governance/power.py
 * minimal_winning, minimal_blocking and _Walk, step by step (tables of counts over all states, packed in BigInt). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var B = BigInt, Space = G.Space, range = G.range;

  function subsets(m) {
    // power.py _subsets: every subset of 0..m-1, by size, then in the order of itertools.combinations
    var out = [];
    function pick(r, start, chosen) {
      if (chosen.length === r) { out.push(new Set(chosen)); return; }
      for (var i = start; i < m; i++) pick(r, i + 1, chosen.concat([i]));
    }
    for (var r = 0; r <= m; r++) pick(r, 0, []);
    return out;
  }

  function byWeight(game) {
    return function (a, b) { return game.weights[b] - game.weights[a] || a - b; };
  }

  function Walk(space) {
    this.space = space;
    this.bits = B(space.game.weights.length + 3);
    this.cell = (1n << this.bits) - 1n;
    this.zero = space.states.map(function () { return 0n; });
  }

  Walk.prototype.mask = function (stateOk, lo, hi) {
    lo = lo > 0n ? lo : 0n;
    hi = hi < this.space.width - 1n ? hi : this.space.width - 1n;
    var row = lo <= hi ? ((1n << ((hi - lo + 1n) * this.bits)) - 1n) / this.cell << (lo * this.bits) : 0n;
    return this.space.states.map(function (s) { return stateOk(s) ? row : 0n; });
  };

  Walk.prototype.at = function (rows, s, w) { return (rows[s] >> (w * this.bits)) & this.cell; };

  Walk.prototype.count = function (routes, limit, pick) {
    var self = this;
    var tabled = routes.map(function (r) { return [r[0], r[1], self.tables(r[0], r[1])]; });
    var count = tabled.reduce(function (a, t) { return a + self.at(t[2][0], 0, 0n); }, 0n);
    if (count > B(limit)) return { count: count, listed: null };
    var found = [];
    tabled.forEach(function (t) { self.list(t[0], t[1], t[2], 0, [0, 0n], [], [], found, pick); });
    var sorted = found.map(function (c) { return c.slice().sort(function (a, b) { return a - b; }); });
    sorted.sort(function (a, b) {
      for (var i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
      return a.length - b.length;
    });
    return { count: count, listed: sorted };
  };

  Walk.prototype.tables = function (steps, stops) {
    var space = this.space, zero = this.zero, table = stops[steps.length] || zero, tables = [table];
    for (var j = steps.length - 1; j >= 0; j--) {
      var player = steps[j][0], canOut = steps[j][1], extra = steps[j][2] || zero, stop = stops[j] || zero;
      var shift = B(space.game.weights[player]) * this.bits, succ = space.succ[player], last = table;
      table = space.states.map(function (s) {
        return (canOut ? last[s] : 0n) + (last[succ[s]] >> shift) + extra[s] + stop[s];
      });
      tables.push(table);
    }
    return tables.reverse();
  };

  Walk.prototype.list = function (steps, stops, tables, j, state, ins, outs, found, pick) {
    var s = state[0], w = state[1];
    if (stops[j] && this.at(stops[j], s, w)) found.push(pick(ins, outs, []));
    if (j === steps.length) return;
    var player = steps[j][0], canOut = steps[j][1], close = steps[j][2];
    if (close && this.at(close, s, w)) found.push(pick(ins, outs, [player]));
    if (canOut && this.at(tables[j + 1], s, w)) this.list(steps, stops, tables, j + 1, state, ins, outs.concat([player]), found, pick);
    var joined = [this.space.succ[player][s], w + B(this.space.game.weights[player])];
    if (joined[1] < this.space.width && this.at(tables[j + 1], joined[0], joined[1])) {
      this.list(steps, stops, tables, j + 1, joined, ins.concat([player]), outs, found, pick);
    }
  };

  function minimalWinning(game, limit) {
    // winning coalitions in which every member is needed (see power.py for the walk)
    var caps = game.groups.map(function (g) { return Math.min(g[0].length, g[1] + 1); });
    var walk = new Walk(new Space(game, caps)), space = walk.space, q = B(game.quota);
    var light = walk.mask(function () { return true; }, 0n, q - 1n), routes = [];
    subsets(game.groups.length).forEach(function (tight) {
      if (game.groups.some(function (g, i) { return !tight.has(i) && g[1] >= g[0].length; })) return;
      var exact = function (g, count, need) { return tight.has(g) ? count === need : count > need; };
      var final = walk.mask(function (s) { return space.met(s, exact); }, q, space.width - 1n);
      var needed = range(game.weights.length).filter(function (p) {
        return space.groupsOf[p].some(function (g) { return tight.has(g); });
      });
      var rest = range(game.weights.length).filter(function (p) { return needed.indexOf(p) < 0; }).sort(byWeight(game));
      var steps = needed.map(function (p) { return [p, true, null]; });
      rest.forEach(function (p) {
        var a = B(game.weights[p]) * walk.bits, succ = space.succ[p];
        steps.push([p, true, space.states.map(function (s) { return (final[succ[s]] >> a) & light[s]; })]);
      });
      var stops = {};
      stops[needed.length] = final;
      routes.push([steps, stops]);
    });
    return walk.count(routes, limit, function (ins, outs, last) { return ins.concat(last); });
  }

  function minimalBlocking(game, limit) {
    // coalitions that can stop any decision, every member needed: complements of the maximal losing ones
    var walk = new Walk(new Space(game, game.groups.map(function (g) { return g[1]; })));
    var space = walk.space, q = B(game.quota), routes = [];
    subsets(game.groups.length).forEach(function (short) {
      var exact = function (g, count, need) { return short.has(g) ? count === need - 1 : count >= need; };
      var top = short.size ? space.width - 1n : q - 1n;
      var inAll = function (p) { return Array.from(short).every(function (g) { return space.groupsOf[p].indexOf(g) >= 0; }); };
      var everyone = range(game.weights.length);
      var forced = everyone.filter(function (p) { return !inAll(p); });
      var free = everyone.filter(inAll).sort(byWeight(game));
      var steps = forced.map(function (p) { return [p, false, null]; });
      var later = space.states.slice(), laterWeight = 0n, closes = [];
      free.slice().reverse().forEach(function (p) {
        var ends = walk.mask(function (s) { return space.met(s, exact); }, q - B(game.weights[p]), top);
        var shift = laterWeight * walk.bits, after = later;
        closes.push(space.states.map(function (s) { return ends[after[s]] >> shift; }));
        later = later.map(function (t) { return space.succ[p][t]; });
        laterWeight += B(game.weights[p]);
      });
      closes.reverse();
      free.forEach(function (p, i) { steps.push([p, true, closes[i]]); });
      routes.push([steps, {}]);
    });
    return walk.count(routes, limit, function (ins, outs, last) { return outs.concat(last); });
  }

  Object.assign(G, { minimalBlocking: minimalBlocking, minimalWinning: minimalWinning });
})(typeof window !== "undefined" ? window : globalThis);
