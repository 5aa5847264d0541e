/* Exact voting power of weighted voting rules with group conditions: assess/governance/power.py, step by step.
 *
 * A game is {weights: [int], quota: int, groups: [[member indices], need]}. Everything is exact (BigInt) and
 * computed by the same packed dynamic programming as power.py -- never by listing the 2^n coalitions: a state
 * is how many of each group's members a coalition holds (capped) and its total weight; the weights of one
 * count state form a row packed into one BigInt, so adding a player to every coalition is a shift and an add. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var B = BigInt, frac = G.frac;

  function TooComplex(message) { this.message = message; }
  TooComplex.prototype = Object.create(Error.prototype);
  TooComplex.prototype.name = "TooComplex";

  function wins(game, coalition) {
    // Game.wins: the players in `coalition` pass a decision on their own
    var members = new Set(coalition), weight = 0n;
    members.forEach(function (i) { weight += B(game.weights[i]); });
    return weight >= B(game.quota) && game.groups.every(function (g) {
      return g[0].filter(function (i) { return members.has(i); }).length >= g[1];
    });
  }

  function range(n) { return Array.from({ length: n }, function (_, i) { return i; }); }

  function Space(game, caps) {
    // power.py _Space: count states, their successors when a player joins
    var data = G.data, n = game.weights.length;
    this.game = game; this.caps = caps;
    this.width = game.weights.reduce(function (a, w) { return a + B(w); }, 0n) + 1n;
    var sizes = caps.map(function (c) { return c + 1; });
    var strides = sizes.map(function (_, g) { return sizes.slice(0, g).reduce(function (a, b) { return a * b; }, 1); });
    this.countStates = sizes.reduce(function (a, b) { return a * b; }, 1);
    var work = B(this.countStates) * this.width;
    if (work * B(n + 1) * B(n + 1) * B(n) > B(data.max_work)) {
      throw new TooComplex(G.say("too complex detail", { states: G.wholeText(work), n: String(n) }));
    }
    this.counts = range(this.countStates).map(function (s) {
      return strides.map(function (stride, g) { return Math.floor(s / stride) % sizes[g]; });
    });
    this.groupsOf = range(n).map(function (i) {
      return range(game.groups.length).filter(function (g) { return game.groups[g][0].indexOf(i) >= 0; });
    });
    var counts = this.counts, bykey = {};
    this.succ = this.groupsOf.map(function (groups) {
      var key = groups.join(",");
      if (!bykey[key]) {
        bykey[key] = counts.map(function (c) {
          return c.reduce(function (a, count, g) {
            return a + strides[g] * Math.min(count + (groups.indexOf(g) >= 0 ? 1 : 0), caps[g]);
          }, 0);
        });
      }
      return bykey[key];
    });
    this.states = range(this.countStates);
  }

  Space.prototype.met = function (s, pattern) {
    var test = pattern || function (g, count, need) { return count >= need; }, groups = this.game.groups;
    return this.counts[s].every(function (c, g) { return test(g, c, groups[g][1]); });
  };

  Space.prototype.before = function (player) {
    var out = this.states.map(function () { return []; });
    this.succ[player].forEach(function (t, s) { out[t].push(s); });
    return out;
  };

  function sumCells(packed, cells, cell) {
    // power.py _sum_cells: fold halves onto each other
    while (cells > 1n) {
      var half = (cells + 1n) / 2n;
      packed = (packed & ((1n << (half * cell)) - 1n)) + (packed >> (half * cell));
      cells = half;
    }
    return packed;
  }

  function unpack(packed, bits, sizes) {
    var mask = (1n << bits) - 1n;
    return range(sizes).map(function (k) { return (packed >> (bits * B(k))) & mask; });
  }

  function factorial(n) { var f = 1n; for (var i = 2n; i <= B(n); i++) f *= i; return f; }

  function power(game) {
    // power.py power(): swings, normalised Banzhaf, Shapley-Shubik, number of winning coalitions; the counts
    // from plain tables when they fit (governance-power-tables.js), else from packed rows as power.py keeps them
    var n = game.weights.length, space = new Space(game, game.groups.map(function (g) { return g[1]; }));
    var found = G.tablesFit && G.tablesFit(game, space) ? G.tableCounts(space, game) : packedCounts(space, game);
    var swings = found.swingSizes.map(function (sizes) { return sizes.reduce(function (a, b) { return a + b; }, 0n); });
    var total = swings.reduce(function (a, b) { return a + b; }, 0n), nf = factorial(n);
    return {
      swings: swings,
      banzhaf: swings.map(function (s) { return frac(s, total); }),
      shapley_shubik: found.swingSizes.map(function (sizes) {
        return frac(sizes.reduce(function (a, c, k) { return a + c * factorial(k) * factorial(n - 1 - k); }, 0n), nf);
      }),
      winning: found.winning
    };
  }

  function packedCounts(space, game) {
    // power.py power()'s passes on packed rows: {swingSizes (by player, by size), winning}
    var n = game.weights.length, bits = B(n + 1), cell = B(n + 1) * bits;
    var rows = space.states.map(function (s) { return s === 0 ? 1n : 0n; });
    range(n).forEach(function (p) {
      var shift = B(game.weights[p]) * cell + bits, before = space.before(p), old = rows;
      rows = space.states.map(function (t) {
        return before[t].reduce(function (a, s) { return a + (old[s] << shift); }, old[t]);
      });
    });
    var byKind = {}, swingSizes = range(n).map(function (p) {
      var kind = game.weights[p] + "|" + space.groupsOf[p].join(",");
      if (!byKind[kind]) byKind[kind] = unpack(swingsOf(space, rows, p, cell, bits), bits, n);
      return byKind[kind];
    });
    var q = B(game.quota), top = space.width - 1n, winning = 0n;
    space.states.forEach(function (s) {
      if (space.met(s)) winning += sumCells(rows[s] >> (q * cell), top - q + 1n, cell);
    });
    return { swingSizes: swingSizes, winning: unpack(winning, bits, n + 1).reduce(function (a, b) { return a + b; }, 0n) };
  }

  function swingsOf(space, rows, player, cell, bits) {
    // power.py _swings: packed counts, by size, of coalitions of the others that lose alone and win with `player`
    var game = space.game, a = B(game.weights[player]), q = B(game.quota), top = space.width - 1n, windows = new Map();
    space.states.forEach(function (s) {
      var lo, hi;
      if (space.met(s)) { lo = q - a; hi = q - 1n; }
      else if (space.met(space.succ[player][s])) { lo = q - a; hi = top - a; }
      else return;
      if (lo < 0n) lo = 0n;
      if (lo <= hi) windows.set(s, [lo, hi]);
    });
    if (!windows.size) return 0n;
    var maxHi = 0n;
    windows.forEach(function (w) { if (w[1] > maxHi) maxHi = w[1]; });
    var others = without(space, rows, player, cell, bits, windows, (maxHi + 1n) * cell), out = 0n;
    windows.forEach(function (w, s) {
      var cells = w[1] - w[0] + 1n;
      out += sumCells((others.get(s) >> (w[0] * cell)) & ((1n << (cells * cell)) - 1n), cells, cell);
    });
    return out;
  }

  function without(space, rows, player, cell, bits, wanted, length) {
    // power.py _without: the wanted rows of the coalitions of everyone but `player` (its pass undone)
    var shift = B(space.game.weights[player]) * cell + bits, before = space.before(player);
    var mask = (1n << length) - 1n, done = new Map();
    function row(t) {
      if (!done.has(t)) {
        var rest = rows[t];
        before[t].forEach(function (s) { if (s !== t) rest -= row(s) << shift; });
        rest &= mask;
        if (before[t].indexOf(t) >= 0) {          // joining leaves the state as it is: divide by (1 + z)
          rest = (rest - (rest << shift)) & mask;
          for (var step = 2n * shift; step < length; step *= 2n) rest = (rest + (rest << step)) & mask;
        }
        done.set(t, rest);
      }
      return done.get(t);
    }
    var out = new Map();
    wanted.forEach(function (_, t) { out.set(t, row(t)); });
    return out;
  }

  function vetoPlayers(game) {
    var everyone = range(game.weights.length);
    return everyone.filter(function (i) { return !wins(game, everyone.filter(function (j) { return j !== i; })); });
  }

  function dictators(game) {
    return vetoPlayers(game).filter(function (i) { return wins(game, [i]); });
  }

  Object.assign(G, { Space: Space, TooComplex: TooComplex, dictators: dictators, power: power, range: range,
      vetoPlayers: vetoPlayers, wins: wins });
})(typeof window !== "undefined" ? window : globalThis);
