/* SHA-256, the paper's content hash and its date: mirrors assess/reports/provenance.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var SPACE = M.SPACE, strip = M.strip;

  /* ------------------------------------------------------------ SHA-256 (the content hash; works from file:// too) */

  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1,
    0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3,
    0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
    0xbef9a3f7, 0xc67178f2];

  function sha256(text) {
    // hex SHA-256 of the UTF-8 bytes of text
    var bytes = Array.from(new TextEncoder().encode(text)), n = bytes.length;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    var bits = n * 8;
    for (var i = 7; i >= 0; i--) bytes.push(i >= 4 ? Math.floor(bits / Math.pow(2, 8 * i)) & 0xff : (bits >>> (8 * i)) & 0xff);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64), rot = function (x, r) { return (x >>> r) | (x << (32 - r)); };
    for (var off = 0; off < bytes.length; off += 64) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) {
          var j = off + 4 * t;
          w[t] = ((bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3]) | 0;
        } else {
          var s0 = rot(w[t - 15], 7) ^ rot(w[t - 15], 18) ^ (w[t - 15] >>> 3);
          var s1 = rot(w[t - 2], 17) ^ rot(w[t - 2], 19) ^ (w[t - 2] >>> 10);
          w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (hh + (rot(e, 6) ^ rot(e, 11) ^ rot(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rot(a, 2) ^ rot(a, 13) ^ rot(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + hh].map(function (x) { return x | 0; });
    }
    return h.map(function (x) { return ("00000000" + (x >>> 0).toString(16)).slice(-8); }).join("");
  }

  /* ------------------------------------------------------------ assess/reports/provenance.py */

  function contentHash(kbDigest, qDigest, answerTexts) {
    var answers = answerTexts.map(sha256);
    var text = ["care-models report inputs", kbDigest, qDigest].concat(answers).join("\n");
    return { hash: sha256(text), kb: kbDigest, questionnaire: qDigest, answers: answers };
  }

  function validDate(y, m, d) {
    var when = new Date(Date.UTC(2000, m - 1, d));
    when.setUTCFullYear(y);
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && when.getUTCMonth() === m - 1 && when.getUTCDate() === d;
  }

  function reportDate(answerDates) {
    // report_date without SOURCE_DATE_EPOCH (a browser has no build environment): the latest answers date.
    // Python also reads digits of other scripts as a date; here only 0-9 are (such a date is shown as given).
    var dates = answerDates.filter(function (d) { return d !== null && d !== undefined && d !== ""; }).map(String);
    if (!dates.length) return { text: null, iso: null, from: null };
    var pattern = new RegExp("^[" + SPACE + "]*([0-9]{4})-([0-9]{2})-([0-9]{2})");
    var isos = [];
    dates.forEach(function (d) {
      var m = pattern.exec(d);
      if (m && validDate(Number(m[1]), Number(m[2]), Number(m[3]))) isos.push(strip(m[0]));
    });
    isos.sort();
    var text = isos.length ? isos[isos.length - 1] : dates[0];
    return { text: text, iso: isos.length ? isos[isos.length - 1] : null, from: "answers" };
  }

  Object.assign(M, { contentHash: contentHash, reportDate: reportDate, sha256: sha256 });
})(typeof window !== "undefined" ? window : globalThis);
