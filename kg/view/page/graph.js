// kg graph page: cytoscape.js with the fcose force layout (both vendored and inlined above:
// the page needs no network). Data: the JSON in <script id="kg-data"> (kg/graphdata.py).
// Nodes are sized by their number of links and coloured by kind; labels keep a readable
// size on screen whatever the zoom and are hidden when they would be smaller than
// LABEL_MIN px (hover, search or selection shows them); the view fits the graph on load.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("graph");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var articleSelect = document.getElementById("article");
  var rootStyle = getComputedStyle(document.documentElement);
  var FONT = rootStyle.fontFamily;
  var KIND_NAMES = { person: "شخص", organisation: "منظمة", country: "دولة", place: "مكان" };
  var LABEL_MIN = 12; // px on screen
  var SHOWN_MIN = 14; // px on screen for a hovered, found or selected node's label
  var nodes = data.nodes, edges = data.edges;

  function color(name) { return rootStyle.getPropertyValue("--" + name).trim(); }

  function html(name, text, parent, cls) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    if (parent) parent.appendChild(node);
    return node;
  }

  // A seeded Math.random while the layout runs: the same data gives the same picture.
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Elements --------------------------------------------------------------------------
  var maxDegree = 1;
  nodes.forEach(function (d) { maxDegree = Math.max(maxDegree, d.degree); });
  var elements = [];
  nodes.forEach(function (d) {
    var w = Math.sqrt(d.degree / maxDegree); // 0..1
    elements.push({
      group: "nodes", classes: d.kind,
      data: { id: "n" + d.id, index: d.id, label: d.label, size: 14 + 34 * w, base: 8 + 16 * w, font: 12, z: d.degree }
    });
  });
  edges.forEach(function (e, i) {
    elements.push({
      group: "edges", classes: e.kind + (e.former ? " former" : ""),
      data: { id: "e" + i, index: i, source: "n" + e.source, target: "n" + e.target,
              label: e.kind === "post" ? e.label + (e.former ? " (سابقًا)" : "") : "" }
    });
  });

  var style = [
    { selector: "node", style: {
      "width": "data(size)", "height": "data(size)", "label": "data(label)",
      "font-family": FONT, "font-size": "data(font)",
      "color": color("ink"), "text-valign": "top", "text-margin-y": -3,
      "text-outline-color": color("paper"), "text-outline-width": 2,
      "border-width": 2, "border-color": "#fff", "z-index": "data(z)" } },
    { selector: "node.person", style: { "background-color": color("person") } },
    { selector: "node.organisation", style: { "background-color": color("organisation") } },
    { selector: "node.country", style: { "background-color": color("country") } },
    { selector: "node.place", style: { "background-color": color("place") } },
    { selector: "edge", style: {
      "width": 1.5, "line-color": color("line"), "curve-style": "straight",
      "font-family": FONT, "font-size": 10,
      "color": color("muted"), "text-background-color": color("paper"),
      "text-background-opacity": 0.85, "text-background-padding": 1 } },
    { selector: "edge.post", style: { "width": 2, "line-color": color("post"), "label": "data(label)" } },
    { selector: "edge.former", style: { "line-style": "dashed" } },
    { selector: "edge.statement", style: {
      "line-color": color("statement"), "line-style": "dotted", "opacity": 0.75,
      "target-arrow-shape": "triangle", "target-arrow-color": color("statement"), "arrow-scale": 0.8 } },
    { selector: "edge.country", style: { "line-color": color("country"), "opacity": 0.45 } },
    { selector: ".quiet", style: { "label": "" } },
    { selector: ".faded", style: { "opacity": 0.12 } },
    { selector: "node.shown", style: { "z-index": 1000 } },
    { selector: "node.match", style: { "border-color": "#f59e0b", "border-width": 4 } },
    { selector: "node.selected", style: { "border-color": color("ink"), "border-width": 3 } },
    { selector: "edge.near", style: { "opacity": 1, "width": 3, "color": color("ink") } },
    { selector: ".hidden", style: { "display": "none" } }
  ];

  var cy = cytoscape({
    container: container, elements: elements, style: style, layout: { name: "preset" },
    minZoom: 0.05, maxZoom: 6, boxSelectionEnabled: false, autoungrabify: false
  });
  window.kgGraph = cy; // for the browser tests and the curious

  // Labels: on screen, base × zoom^¼ px when zoomed out, base × zoom^½ when zoomed in;
  // smaller than LABEL_MIN px, it is hidden ("quiet"); then, best-connected first, a label
  // that would overlap one already shown is hidden too. (Cytoscape's min-zoomed-font-size
  // is not used: its texture cache draws labels it should hide.) ------------------------
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "100px " + FONT;
  var byDegree = cy.nodes().sort(function (a, b) {
    return nodes[b.data("index")].degree - nodes[a.data("index")].degree || a.data("index") - b.data("index");
  });
  byDegree.forEach(function (n) { n.scratch("_kgWidth", measure.measureText(n.data("label")).width / 100); });
  function onScreen(n, z) {
    var px = n.data("base") * Math.pow(z, z < 1 ? 0.25 : 0.5);
    return n.hasClass("shown") ? Math.max(px, SHOWN_MIN) : px;
  }
  function updateLabels() {
    var z = cy.zoom(), placed = [], w = cy.width(), h = cy.height();
    var order = byDegree.filter(".shown").union(byDegree.not(".shown"));
    cy.batch(function () {
      order.forEach(function (n) {
        var px = onScreen(n, z);
        n.data("font", px / z);
        var quiet = px < LABEL_MIN && !n.hasClass("shown");
        if (!quiet && !n.hasClass("hidden")) {
          var p = n.renderedPosition(), half = n.scratch("_kgWidth") * px / 2;
          var box = { x1: p.x - half, x2: p.x + half, y2: p.y - n.data("size") * z / 2, y1: 0 };
          box.y1 = box.y2 - px * 1.25;
          if (box.x2 > 0 && box.x1 < w && box.y2 > 0 && box.y1 < h) {
            quiet = !n.hasClass("shown") && placed.some(function (b) {
              return b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2;
            });
            if (!quiet) placed.push(box);
          }
        }
        n.toggleClass("quiet", quiet);
      });
      cy.edges(".post").forEach(function (e) { e.toggleClass("quiet", 10 * z < LABEL_MIN && !e.hasClass("near")); });
    });
  }
  var pending = false;
  function later() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; updateLabels(); });
  }
  cy.on("zoom pan", later);
  cy.on("dragfree", "node", later);

  // Layout: fcose per connected part, parts packed in rows to the canvas's shape. -------
  function layout() {
    var random = Math.random;
    Math.random = seeded(20260101);
    try {
      var parts = cy.elements().not(".hidden").components();
      parts.forEach(function (part) {
        if (part.nodes().length > 1) {
          part.layout({
            name: "fcose", animate: false, fit: false, randomize: true, quality: "default",
            nodeRepulsion: function (n) { return 6000 + 1500 * nodes[n.data("index")].degree; },
            idealEdgeLength: function (e) {
              return 60 + 10 * Math.sqrt(nodes[e.source().data("index")].degree + nodes[e.target().data("index")].degree);
            },
            nodeSeparation: 80, gravity: 0.2,
            packComponents: false, numIter: 2500
          }).run();
        } else {
          part.nodes().position({ x: 0, y: 0 });
        }
      });
      pack(parts);
    } finally {
      Math.random = random;
    }
  }

  function pack(parts) {
    var gap = 50, area = 0, widest = 0;
    var boxes = parts.map(function (part) {
      var bb = part.nodes().boundingBox({ includeLabels: false });
      area += (bb.w + gap) * (bb.h + gap);
      widest = Math.max(widest, bb.w);
      return { part: part, bb: bb };
    });
    boxes.sort(function (a, b) { return b.bb.h - a.bb.h || b.bb.w - a.bb.w; });
    var aspect = Math.max(0.3, container.clientWidth / Math.max(1, container.clientHeight));
    var rowWidth = Math.max(widest, Math.sqrt(area * aspect));
    var x = 0, y = 0, rowHeight = 0;
    boxes.forEach(function (box) {
      if (x > 0 && x + box.bb.w > rowWidth) { x = 0; y += rowHeight + gap; rowHeight = 0; }
      var dx = -(x + box.bb.w) - box.bb.x1, dy = y - box.bb.y1; // rows run right to left
      box.part.nodes().forEach(function (n) {
        var p = n.position();
        n.position({ x: p.x + dx, y: p.y + dy });
      });
      x += box.bb.w + gap;
      rowHeight = Math.max(rowHeight, box.bb.h);
    });
  }

  function fit(eles) {
    cy.fit(eles || cy.elements().not(".hidden"), 30);
    if (cy.zoom() > 2) cy.zoom({ level: 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    updateLabels();
  }

  // Details: a node's posts and statements, each with its sentence and article. -----------
  function sentenceBlock(fact, text, parent) {
    if (!fact.sentence) return false;
    var quote = html("blockquote", null, parent, "sentence");
    var at = fact.begin !== null && fact.sentence_begin !== null ? fact.begin - fact.sentence_begin : -1;
    var length = fact.end !== null && fact.begin !== null ? fact.end - fact.begin : text.length;
    if (at < 0 || at + length > fact.sentence.length) { at = fact.sentence.indexOf(text); length = text.length; }
    if (at < 0) { quote.textContent = fact.sentence; return false; }
    quote.appendChild(document.createTextNode(fact.sentence.slice(0, at)));
    html("mark", fact.sentence.slice(at, at + length), quote);
    quote.appendChild(document.createTextNode(fact.sentence.slice(at + length)));
    return true;
  }
  function source(fact, parent) {
    if (!fact.file) return;
    var where = fact.begin === null ? "" : " @ " + fact.begin + "–" + fact.end;
    html("p", fact.file + where, parent, "source");
  }
  function postItem(p, id, list) {
    var item = html("li", null, list, "fact post");
    var head = html("p", null, item);
    var place = p.organisation_label ? " — " + p.organisation_label : "";
    if (p.holder === id) head.textContent = p.role + place;
    else { html("strong", nodes[p.holder].label, head); head.appendChild(document.createTextNode(" — " + p.role)); }
    if (p.former) html("span", " (سابقًا)", head, "former");
    sentenceBlock(p, p.role, item);
    source(p, item);
  }
  function statementItem(s, list) {
    var item = html("li", null, list, "fact statement");
    var head = html("p", null, item, "said");
    html("strong", nodes[s.speaker].label, head);
    head.appendChild(document.createTextNode(" " + s.cue + ":"));
    var quote = html("div", null, item);
    if (!sentenceBlock(s, s.position, quote)) { head.appendChild(document.createTextNode(" ")); html("q", s.position, head); }
    source(s, item);
  }
  function showDetails(id) {
    details.textContent = "";
    if (id === null) {
      html("p", "انقر على عقدة لعرض مناصبها وتصريحاتها مع الجملة والمقال اللذين وردت فيهما.", details, "hint");
      return;
    }
    var d = nodes[id];
    html("h2", d.label, details);
    var about = [KIND_NAMES[d.kind]];
    if (d.kind !== "person" && d.key && d.key !== d.label) about.push(d.key);
    about.push(d.degree + " روابط");
    if (d.articles.length) about.push(d.articles.length + " مقالات");
    html("p", about.join(" · "), details, "kind");
    var posts = data.posts.filter(function (p) { return p.holder === id || p.organisation === id; });
    var said = data.statements.filter(function (s) { return s.speaker === id; });
    var heard = data.statements.filter(function (s) { return s.about.indexOf(id) >= 0; });
    if (posts.length) {
      html("h3", "المناصب (" + posts.length + ")", details);
      var plist = html("ul", null, details, "posts");
      posts.forEach(function (p) { postItem(p, id, plist); });
    }
    [["التصريحات", said], ["تصريحات تذكره", heard]].forEach(function (pair) {
      if (!pair[1].length) return;
      html("h3", pair[0] + " (" + pair[1].length + ")", details);
      var list = html("ul", null, details, "statements");
      pair[1].forEach(function (s) { statementItem(s, list); });
    });
    if (!posts.length && !said.length && !heard.length) html("p", "لا مناصب ولا تصريحات.", details);
  }

  // Selection, hover and search --------------------------------------------------------
  var selected = null;
  function clearMarks() {
    cy.elements().removeClass("faded near selected shown match");
  }
  function select(id, zoomTo) {
    cy.batch(function () {
      clearMarks();
      selected = id;
      if (id !== null) {
        var n = cy.getElementById("n" + id);
        var hood = n.closedNeighborhood();
        cy.elements().not(hood).addClass("faded");
        n.addClass("selected");
        hood.nodes().addClass("shown");
        n.connectedEdges().addClass("near");
        if (zoomTo && cy.nodes().length > 60) fit(hood);
      }
    });
    updateLabels();
    showDetails(id);
  }
  cy.on("tap", "node", function (ev) { select(ev.target.data("index"), false); });
  cy.on("tap", function (ev) { if (ev.target === cy) select(null, false); });
  cy.on("mouseover", "node", function (ev) { ev.target.addClass("shown"); updateLabels(); });
  cy.on("mouseout", "node", function (ev) {
    var n = ev.target;
    if (!n.hasClass("match") && !(selected !== null && n.closedNeighborhood().some(function (m) { return m.data("index") === selected; })))
      n.removeClass("shown");
    updateLabels();
  });

  function fold(text) { // as kg.pipeline.text.normalize.fold, roughly: no marks, one form of alef, ya, ta
    return text.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا")
      .replace(/ى/g, "ي").replace(/ة/g, "ه").toLowerCase();
  }
  function matches() {
    var q = fold(search.value.trim());
    if (!q) return cy.collection();
    return cy.nodes().not(".hidden").filter(function (n) { return fold(n.data("label")).indexOf(q) >= 0; });
  }
  search.addEventListener("input", function () {
    var found = matches();
    cy.batch(function () {
      clearMarks();
      selected = null;
      if (search.value.trim()) {
        cy.elements().not(found).addClass("faded");
        found.addClass("match shown");
      }
    });
    updateLabels();
  });
  search.addEventListener("keydown", function (ev) {
    var found = matches();
    if (ev.key === "Enter" && found.length) select(found[0].data("index"), true);
  });

  // Filters: kinds of entity (and statement links), one article. ------------------------
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll("#kinds input"));
  data.articles.forEach(function (name, i) {
    var option = html("option", name, articleSelect);
    option.value = String(i);
  });
  if (data.articles.length < 2) articleSelect.hidden = true;
  function applyFilters() {
    var on = {};
    kindBoxes.forEach(function (box) { on[box.value] = box.checked; });
    var article = articleSelect.value === "" ? null : +articleSelect.value;
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var d = nodes[n.data("index")];
        var show = on[d.kind] && (article === null || d.articles.indexOf(article) >= 0);
        n.toggleClass("hidden", !show);
      });
      cy.edges().forEach(function (e) {
        var d = edges[e.data("index")];
        var show = (d.kind !== "statement" || on.statement) &&
          (article === null || d.kind === "country" || d.articles.indexOf(article) >= 0) &&
          !e.source().hasClass("hidden") && !e.target().hasClass("hidden");
        e.toggleClass("hidden", !show);
      });
    });
    stats();
    fit();
  }
  kindBoxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  articleSelect.addEventListener("change", applyFilters);

  function stats() {
    var shown = cy.nodes().not(".hidden");
    var counts = { person: 0, organisation: 0, country: 0, place: 0 };
    shown.forEach(function (n) { counts[nodes[n.data("index")].kind]++; });
    var posts = cy.edges(".post").not(".hidden").length;
    var said = cy.edges(".statement").not(".hidden").length;
    document.getElementById("stats").textContent =
      counts.person + " أشخاص · " + counts.organisation + " منظمات · " + counts.country + " دول · " +
      (counts.place ? counts.place + " أماكن · " : "") + posts + " مناصب · " + said + " روابط تصريحات · " +
      data.statements.length + " تصريحات";
  }
  if (data.omitted) {
    var o = data.omitted, note = document.getElementById("omitted");
    note.textContent = "يعرض المخطط " + nodes.length + " من " + o.total_nodes + " كيانًا" +
      (o.focus ? " حول «" + o.focus + "»" : "") + (o.by_limit ? " (الأكثر روابط)" : "") +
      "؛ أُغفل " + o.nodes + " كيانًا و" + o.edges + " رابطًا و" + o.statements + " تصريحًا و" + o.posts +
      " منصبًا. غيّر ذلك بـ kg viz --limit N أو --focus NAME.";
    note.hidden = false;
  }

  window.addEventListener("resize", function () { cy.resize(); fit(); });
  stats();
  layout();
  fit();
  var linked = /^#node-(\d+)$/.exec(window.location.hash); // a link may pick a node
  if (linked && +linked[1] < nodes.length) select(+linked[1], true); else select(null, false);
  document.body.setAttribute("data-ready", "true");
})();
