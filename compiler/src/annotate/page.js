// cytrus annotate: opens a line into its costs, removed checks and code.
// The data is the JSON in #annotation-data; `#line=N` (or `?line=N`, or
// `#LN`) in the address opens line N on load, through a real click.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("annotation-data").textContent);
  var lines = {};
  data.lines.forEach(function (line) { lines[line.n] = line; });
  lines[0] = { n: 0, text: "", c: data.outside.c, rust: data.outside.rust, outside: true };
  var names = { c: "C", rust: "Rust" };
  var paths = { normal: "", error: "error path, not counted", fallback: "fallback loop, not counted" };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The snippets of one language: output line numbers in the gutter, a gap
  // line between snippets that are not adjacent in the file.
  function code(lang, snippets) {
    var pane = el("section", "pane " + lang);
    var head = el("h4", null, names[lang] + " ");
    var pre = el("pre", "code " + lang);
    pre.setAttribute("data-lang", lang);
    if (!snippets || snippets.length === 0) {
      head.appendChild(el("span", "where", "(no code for this line)"));
    } else {
      var last = snippets[snippets.length - 1];
      head.appendChild(el("span", "where",
        "output lines " + snippets[0].first + "–" + (last.first + last.lines.length - 1)));
      snippets.forEach(function (snippet, i) {
        if (i > 0) pre.appendChild(el("span", "gap", "      ⋮\n"));
        snippet.lines.forEach(function (text, j) {
          var row = el("span", "line");
          row.appendChild(el("span", "ln", String(snippet.first + j)));
          var trimmed = text.trim();
          var comment = trimmed.indexOf("//") === 0 || trimmed.indexOf("/*") === 0;
          row.appendChild(el("span", comment ? "text comment" : "text", text));
          pre.appendChild(row);
          pre.appendChild(document.createTextNode("\n"));
        });
      });
    }
    pane.appendChild(head);
    pane.appendChild(pre);
    return pane;
  }

  function costs(line) {
    var box = el("div", "costs");
    box.appendChild(el("h4", null, "Run-time work" + (line.score ? " (score " + line.score + ")" : "")));
    if (!line.costs || line.costs.length === 0) {
      box.appendChild(el("p", "none", "none: no checks, acquisitions, runtime calls or error branches"));
      return box;
    }
    var table = el("table", "costs");
    line.costs.forEach(function (c) {
      var tr = el("tr", c.path === "normal" ? "hot" : "cold");
      tr.appendChild(el("td", "n", c.count + " ×"));
      var kind = el("td");
      kind.appendChild(el("span", "kind " + c.kind, c.kind));
      tr.appendChild(kind);
      tr.appendChild(el("td", null, c.what));
      var where = c.loops === 0 ? "outside loops" : "in " + c.loops + (c.loops === 1 ? " loop" : " loops");
      tr.appendChild(el("td", null, c.path === "normal" ? where : where + "; " + paths[c.path]));
      tr.appendChild(el("td", "n", c.path === "normal" ? "+" + c.score : ""));
      table.appendChild(tr);
    });
    box.appendChild(table);
    return box;
  }

  function removed(line) {
    var box = el("div", "removed");
    box.appendChild(el("h4", null, "Checks removed"));
    var facts = line.facts || [];
    var unchecked = line.unchecked || [];
    if (facts.length === 0 && unchecked.length === 0) {
      box.appendChild(el("p", "none", "none"));
      return box;
    }
    var list = el("ul");
    facts.forEach(function (f) { list.appendChild(el("li", "fact", f)); });
    unchecked.forEach(function (u) {
      var cls = u.by === "directive" ? "access directive" : "access";
      list.appendChild(el("li", cls,
        "`" + u.view + "` axis " + u.axis + ", index `" + u.index + "`: " + u.why));
    });
    box.appendChild(list);
    return box;
  }

  function detail(line) {
    var box = el("div", "detail");
    box.id = "D" + line.n;
    if (!line.outside) {
      box.appendChild(costs(line));
      box.appendChild(removed(line));
    }
    var panes = el("div", data.panes.length > 1 ? "panes" : "panes single");
    data.panes.forEach(function (lang) { panes.appendChild(code(lang, line[lang])); });
    box.appendChild(panes);
    return box;
  }

  function toggle(row, open) {
    var n = Number(row.getAttribute("data-line"));
    var shown = document.getElementById("D" + n);
    if (open === undefined) open = !shown;
    if (open && !shown) {
      row.parentNode.insertBefore(detail(lines[n]), row.nextSibling);
    } else if (!open && shown) {
      shown.parentNode.removeChild(shown);
    }
    row.classList.toggle("open", open);
    row.setAttribute("aria-expanded", open ? "true" : "false");
  }

  var source = document.getElementById("source");
  source.addEventListener("click", function (event) {
    if (event.target.closest(".detail")) return;
    var row = event.target.closest(".row");
    if (row) toggle(row);
  });
  source.addEventListener("keydown", function (event) {
    var row = event.target.closest(".row");
    if (row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggle(row);
    }
  });
  document.getElementById("open-all").addEventListener("click", function () {
    source.querySelectorAll(".row").forEach(function (row) { toggle(row, true); });
  });
  document.getElementById("close-all").addEventListener("click", function () {
    source.querySelectorAll(".row").forEach(function (row) { toggle(row, false); });
  });

  // `#line=N`, `#LN` or `?line=N`: open line N as a click would.
  function fromAddress() {
    var m = /(?:^#|&)line=(\d+)/.exec(location.hash) || /^#L(\d+)$/.exec(location.hash) ||
      /[?&]line=(\d+)/.exec(location.search);
    if (!m) return;
    var row = document.getElementById("L" + m[1]);
    if (!row) return;
    if (!row.classList.contains("open")) row.click();
    row.scrollIntoView({ block: "nearest" });
  }
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
