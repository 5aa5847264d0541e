/* The power indices of assess/governance/power.py power(), for networks of up to 60 members, in plain tables.
 *
 * The same dynamic programming as power.py -- a table per count state of the number of coalitions of each weight
 * and size, every player added in one pass, then undone for one player of each kind (dividing by 1 + z) -- but
 * each count held in flat Float64Arrays modulo two primes instead of one packed BigInt: V8's BigInt shifts of
 * millions of bits are slow, and these sums are not. Every count is below 2^60 (at most 60 members), so the two
 * remainders give it back exactly (Chinese remainder theorem). governance-power.js uses this when it fits. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});
  var B = BigInt, range = G.range;
  var PRIMES = [2147483647, 2147483629];      // both below 2^31 (sums stay exact in doubles); product above 2^61
  var MAX_MEMBERS = 60, MAX_CELLS = 4e6;

  function fits(game, space) {
    var n = game.weights.length;
    return n <= MAX_MEMBERS && space.countStates * Number(space.width) * (n + 1) <= MAX_CELLS;
  }

  function table(space, game, p) {
    // rows[s][w * K + k]: coalitions in count state s of weight w and size k, modulo p, every player added
    var K = game.weights.length + 1, W = Number(space.width), size = W * K;
    var rows = space.states.map(function (s) { var r = new Float64Array(size); if (s === 0) r[0] = 1; return r; });
    game.weights.forEach(function (a, player) {
      var succ = space.succ[player], still = space.states.every(function (s) { return succ[s] === s; });
      var old = still ? rows : rows.map(function (r) { return r.slice(); });   // in place when no state changes
      space.states.forEach(function (s) { addShifted(rows[succ[s]], old[s], a, K, W, p); });
    });
    return rows;
  }

  function addShifted(into, from, a, K, W, p) {
    // into += from with every coalition one member (of weight a) bigger; heaviest first, so into may be from
    for (var w = W - 1 - a; w >= 0; w--) {
      var src = w * K, dst = (w + a) * K + 1;
      for (var k = K - 2; k >= 0; k--) {
        var x = into[dst + k] + from[src + k];
        into[dst + k] = x >= p ? x - p : x;
      }
    }
  }

  function without(space, rows, player, p, K, wanted) {
    // power.py _without: the wanted rows of the coalitions of everyone but `player` (its pass undone), modulo p,
    // up to the heaviest weight wanted (power.py's `length`)
    var a = space.game.weights[player], before = space.before(player), done = new Map(), W = 0;
    wanted.forEach(function (win) { W = Math.max(W, win[1] + 1); });
    function row(t) {
      if (done.has(t)) return done.get(t);
      var rest = rows[t].slice(0, W * K);
      before[t].forEach(function (s) { if (s !== t) subtractShifted(rest, row(s), a, K, W, p); });
      if (before[t].indexOf(t) >= 0) subtractShifted(rest, rest, a, K, W, p);    // in place: divides by (1 + z)
      done.set(t, rest);
      return rest;
    }
    wanted.forEach(function (_, t) { row(t); });
    return done;
  }

  function subtractShifted(into, from, a, K, W, p) {
    // into -= from one member bigger; with into === from, in order of weight and size, this divides by (1 + z)
    for (var w = 0; w + a < W; w++) {
      var src = w * K, dst = (w + a) * K + 1;
      for (var k = 0; k < K - 1; k++) {
        var x = into[dst + k] - from[src + k];
        into[dst + k] = x < 0 ? x + p : x;
      }
    }
  }

  function windowsOf(space, player) {
    // power.py _swings: for each count state, the weights of the others' coalitions this player swings
    var game = space.game, a = game.weights[player], q = game.quota, top = Number(space.width) - 1, out = new Map();
    space.states.forEach(function (s) {
      var lo, hi;
      if (space.met(s)) { lo = q - a; hi = q - 1; }
      else if (space.met(space.succ[player][s])) { lo = q - a; hi = top - a; }
      else return;
      lo = Math.max(lo, 0);
      if (lo <= hi) out.set(s, [lo, hi]);
    });
    return out;
  }

  function sums(rowsOf, windows, K, p) {
    // the counts by size of the coalitions in the windows, modulo p
    var out = new Float64Array(K);
    windows.forEach(function (win, s) {
      var r = rowsOf(s);
      for (var w = win[0]; w <= win[1]; w++) {
        for (var k = 0; k < K; k++) { var x = out[k] + r[w * K + k]; out[k] = x >= p ? x - p : x; }
      }
    });
    return out;
  }

  function crt(r1, r2) {
    // the number below p1 * p2 that leaves r1 modulo p1 and r2 modulo p2
    var p1 = B(PRIMES[0]), p2 = B(PRIMES[1]), a = B(r1) % p1, b = B(r2) % p2;
    var inv = modInverse(p1 % p2, p2), t = ((b - a) % p2 + p2) % p2 * inv % p2;
    return a + p1 * t;
  }

  function modInverse(x, m) {
    var r0 = m, r1 = x, t0 = 0n, t1 = 1n;
    while (r1) { var q = r0 / r1; var r = r0 - q * r1; r0 = r1; r1 = r; var t = t0 - q * t1; t0 = t1; t1 = t; }
    return (t0 % m + m) % m;
  }

  function counts(space, game) {
    // {swingSizes: [[BigInt by size]] per player, winning: BigInt}
    var n = game.weights.length, K = n + 1, W = Number(space.width), q = game.quota;
    var byPrime = PRIMES.map(function (p) {
      var rows = table(space, game, p), byKind = {};
      var swings = range(n).map(function (player) {
        var kind = game.weights[player] + "|" + space.groupsOf[player].join(",");
        if (!byKind[kind]) {
          var windows = windowsOf(space, player), others = without(space, rows, player, p, K, windows);
          byKind[kind] = sums(function (s) { return others.get(s); }, windows, K, p);
        }
        return byKind[kind];
      });
      var won = new Map();
      space.states.forEach(function (s) { if (space.met(s) && q < W) won.set(s, [q, W - 1]); });
      var winning = sums(function (s) { return rows[s]; }, won, K, p).reduce(function (a, x) { return (a + x) % p; }, 0);
      return { swings: swings, winning: winning };
    });
    return {
      swingSizes: range(n).map(function (player) {
        return range(n).map(function (k) { return crt(byPrime[0].swings[player][k], byPrime[1].swings[player][k]); });
      }),
      winning: crt(byPrime[0].winning, byPrime[1].winning)
    };
  }

  Object.assign(G, { tableCounts: counts, tablesFit: fits });
})(typeof window !== "undefined" ? window : globalThis);
