/* Site search with Pagefind's JavaScript API and our own labelled form.
 * Results are built with textContent; an excerpt's <mark> highlights are
 * copied as elements from an inert parsed document, nothing else. */
(function () {
  "use strict";

  var form = document.querySelector(".app-search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  var pagefind = null;

  function text(el, value) {
    el.textContent = value;
    return el;
  }

  function excerpt(html) {
    var p = document.createElement("p");
    p.className = "app-search__excerpt";
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeType === 3) p.appendChild(document.createTextNode(node.textContent));
      else if (node.nodeName === "MARK") text(p.appendChild(document.createElement("mark")), node.textContent);
      else p.appendChild(document.createTextNode(node.textContent || ""));
    });
    return p;
  }

  function load() {
    if (pagefind) return Promise.resolve(pagefind);
    if (window.location.protocol === "file:") {
      return Promise.reject(new Error("Search needs the site served over http: run 'assess site serve' and open the address it prints."));
    }
    return import(new URL("pagefind/pagefind.js", document.baseURI).href).then(function (module) {
      pagefind = module;
      return pagefind.init ? Promise.resolve(pagefind.init()).then(function () { return pagefind; }) : pagefind;
    }, function () {
      throw new Error("The search index is missing: build the site with pagefind installed (pip install 'pagefind[extended]').");
    });
  }

  function relative(url) {
    // Pagefind gives URLs from the site's root; pages link relative to this one (at the root)
    return url.replace(/^\//, "");
  }

  function search(query) {
    list.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    load().then(function (pf) {
      return pf.search(query);
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (pages) {
        status.textContent = found.results.length
          ? found.results.length + " page" + (found.results.length === 1 ? "" : "s") + " found for “" + query + "”"
          : "No pages found for “" + query + "”";
        pages.forEach(function (page) {
          var li = document.createElement("li");
          li.className = "app-search__result";
          var h2 = li.appendChild(document.createElement("h2"));
          h2.className = "nhsuk-heading-s";
          var a = text(h2.appendChild(document.createElement("a")), (page.meta && page.meta.title) || page.url);
          a.href = relative(page.url);
          li.appendChild(excerpt(page.excerpt || ""));
          list.appendChild(li);
        });
      });
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.replaceState(null, "", url.href);
    search(query);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
