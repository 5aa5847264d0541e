/* A link that brings the answers back: the answers file's text carried in the address's fragment
 * (after "#", which a browser never sends to a server, so it works from a folder too).
 *
 * The format is a contract (docs/answers-link.md): "#/answers/" then a kind letter, a dot and
 * base64url without padding —
 *   "z." the UTF-8 answers file deflated (raw DEFLATE, RFC 1951: CompressionStream "deflate-raw")
 *   "t." the UTF-8 answers file as it is (a browser without CompressionStream)
 * window.CareModelsLink: fragment(text) -> Promise of the fragment; read(hash) -> Promise of the
 * answers file's text, or null when the address is not such a link; PREFIX.
 */
(function () {
  "use strict";

  var PREFIX = "#/answers/";
  var MAX_TEXT = 200000;          // characters of answers text a link may unpack to

  function toBase64url(bytes) {
    var binary = "";
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("the link has characters a link to answers never has");
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    var binary = atob(b64 + "===".slice((b64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function through(bytes, stream) {
    // the bytes through a CompressionStream or DecompressionStream, stopping past MAX_TEXT bytes
    var out = [], size = 0;
    var reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) return;
        size += step.value.length;
        if (size > MAX_TEXT * 4) {
          reader.cancel();
          throw new Error("the link unpacks to more than an answers file ever holds");
        }
        out.push(step.value);
        return pump();
      });
    }
    return pump().then(function () {
      var all = new Uint8Array(size), at = 0;
      out.forEach(function (part) { all.set(part, at); at += part.length; });
      return all;
    });
  }

  function canDeflate() {
    try {
      return typeof CompressionStream === "function" && !!new CompressionStream("deflate-raw");
    } catch (e) {
      return false;
    }
  }

  function fragment(text) {
    var bytes = new TextEncoder().encode(text);
    if (!canDeflate()) return Promise.resolve(PREFIX + "t." + toBase64url(bytes));
    return through(bytes, new CompressionStream("deflate-raw")).then(function (packed) {
      return PREFIX + "z." + toBase64url(packed);
    });
  }

  function read(hash) {
    // the answers text of a link's fragment; null when `hash` is not a link to answers
    if (typeof hash !== "string" || hash.indexOf(PREFIX) !== 0) return null;
    var body = hash.slice(PREFIX.length), kind = body.slice(0, 2);
    return Promise.resolve().then(function () {
      var bytes = fromBase64url(body.slice(2));
      if (kind === "t.") return bytes;
      if (kind !== "z.") throw new Error("the link is not one this page makes (it should start " + PREFIX + "z.)");
      if (typeof DecompressionStream !== "function") {
        throw new Error("this browser cannot unpack the link: open it in an up-to-date browser");
      }
      return through(bytes, new DecompressionStream("deflate-raw"));
    }).then(function (bytes) {
      var text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      if (text.length > MAX_TEXT) throw new Error("the link unpacks to more than an answers file ever holds");
      return text;
    });
  }

  window.CareModelsLink = { PREFIX: PREFIX, fragment: fragment, read: read };
})();
