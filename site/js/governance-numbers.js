/* Exact numbers for the network-rules page: Python's Fraction (with BigInt), float() of a fraction, round(x, 6),
 * f"{x:.Nf}" and f"{n:,}" as assess/governance/network.py, voting.py and budget.py use them. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var G = NS.governance || (NS.governance = {});

  function abs(a) { return a < 0n ? -a : a; }

  function gcd(a, b) {
    a = abs(a); b = abs(b);
    while (b) { var t = a % b; a = b; b = t; }
    return a;
  }

  function frac(n, d) {
    // Fraction(n, d) in lowest terms, the denominator positive
    n = BigInt(n); d = d === undefined ? 1n : BigInt(d);
    if (d === 0n) throw new RangeError("a fraction with denominator 0");
    if (d < 0n) { n = -n; d = -d; }
    var g = gcd(n, d) || 1n;
    return { n: n / g, d: d / g };
  }

  function add(a, b) { return frac(a.n * b.d + b.n * a.d, a.d * b.d); }
  function sub(a, b) { return frac(a.n * b.d - b.n * a.d, a.d * b.d); }
  function mul(a, b) { return frac(a.n * b.n, a.d * b.d); }
  function div(a, b) { return frac(a.n * b.d, a.d * b.n); }
  function cmp(a, b) { var x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  function sum(list) { return list.reduce(add, frac(0)); }
  function str(a) { return a.d === 1n ? String(a.n) : a.n + "/" + a.d; }        // str(Fraction)

  function exact(value) {
    // network.py exact(): a YAML number as the fraction of what was written (repr of a float, as Python's)
    if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return frac(value);
    var m = /^(-?)(\d+)(?:\.(\d+))?(?:e([-+]?\d+))?$/.exec(String(value));
    var digits = BigInt(m[2] + (m[3] || "")), exp = Number(m[4] || 0) - (m[3] || "").length;
    var f = exp >= 0 ? frac(digits * 10n ** BigInt(exp)) : frac(digits, 10n ** BigInt(-exp));
    return m[1] ? frac(-f.n, f.d) : f;
  }

  function ofDouble(x) {
    // the exact value of a double (every finite double is a fraction with a power of 2 below)
    var e = 0n;
    while (!Number.isInteger(x)) { x *= 2; e++; }
    return frac(BigInt(x), 1n << e);
  }

  function bitLength(a) { return a === 0n ? 0 : abs(a).toString(2).length; }

  function toFloat(a) {
    // float(Fraction): the nearest double, ties to even (a sticky bit below 55 kept bits breaks false ties)
    if (a.n === 0n) return 0;
    var s = 55 - (bitLength(a.n) - bitLength(a.d));
    var num = abs(a.n), den = a.d;
    if (s >= 0) num <<= BigInt(s); else den <<= BigInt(-s);
    var q = num / den, sticky = num % den ? 1n : 0n;
    var x = Number((q << 1n) | sticky) * Math.pow(2, -(s + 1));
    return a.n < 0n ? -x : x;
  }

  function roundHalfEven(a) {
    // Python's round(Fraction) -> int
    var q = a.n / a.d, r = a.n - q * a.d;
    if (r < 0n) { q -= 1n; r += a.d; }
    var twice = 2n * r;
    if (twice > a.d || (twice === a.d && q % 2n !== 0n)) q += 1n;
    return q;
  }

  function group(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

  function fixed(x, places, commas) {
    // f"{x:.{places}f}" (f"{x:,.{places}f}" with commas) of a double: its exact value, rounded half to even
    var neg = x < 0 || Object.is(x, -0), k = roundHalfEven(mul(ofDouble(Math.abs(x)), frac(10n ** BigInt(places))));
    var s = String(k).padStart(places + 1, "0"), whole = s.slice(0, s.length - places);
    return (neg ? "-" : "") + (commas ? group(whole) : whole) + (places ? "." + s.slice(s.length - places) : "");
  }

  function jsonNumber(a) {
    // network.py json_number: whole numbers as ints, others round(float(x), 6)
    if (a === null || a === undefined) return null;
    return a.d === 1n ? Number(a.n) : Number(fixed(toFloat(a), 6));
  }

  function wholeText(n) {
    // f"{n:,}" of an int
    var s = String(n);
    return s.charAt(0) === "-" ? "-" + group(s.slice(1)) : group(s);
  }

  Object.assign(G, { add: add, cmp: cmp, div: div, exact: exact, fixed: fixed, frac: frac,
      gcd: gcd, jsonNumber: jsonNumber, mul: mul, str: str, sub: sub, sum: sum,
      toFloat: toFloat, wholeText: wholeText });
})(typeof window !== "undefined" ? window : globalThis);
