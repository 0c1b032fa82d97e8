// kg graph page: a force-directed layout on <svg>, no libraries, no network.
// Data: the JSON in <script id="kg-data" type="application/json"> (see kg/view/graphdata.py).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("graph");
  var NS = svg.namespaceURI; // the SVG namespace, without spelling out its URL
  var viewport = document.getElementById("viewport");
  var details = document.getElementById("details");
  var KIND_NAMES = { person: "شخص", organisation: "منظمة", country: "دولة" };
  var RADIUS = { person: 9, organisation: 12, country: 15 };

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function html(name, text, parent, cls) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    if (parent) parent.appendChild(node);
    return node;
  }

  // Layout ------------------------------------------------------------------------------
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  var degree = nodes.map(function () { return 0; });
  edges.forEach(function (e) { degree[e.source]++; degree[e.target]++; });

  function layout() {
    var golden = Math.PI * (3 - Math.sqrt(5));
    nodes.forEach(function (d, i) { // deterministic start: a sunflower spiral
      var r = 30 * Math.sqrt(i + 0.5);
      d.x = r * Math.cos(i * golden);
      d.y = r * Math.sin(i * golden);
    });
    var steps = Math.max(40, Math.min(400, Math.floor(2e7 / Math.max(1, n * n))));
    var k = 100; // ideal edge length
    var far2 = 9 * k * k;
    for (var step = 0; step < steps; step++) {
      var t = 12 * (1 - step / steps) + 0.5; // cooling: the largest move allowed
      var fx = new Float64Array(n), fy = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
          var d2 = dx * dx + dy * dy + 0.01;
          if (d2 > far2) continue; // distant nodes do not push: parts stay together
          var f = (k * k) / d2;
          fx[i] += dx * f; fy[i] += dy * f; fx[j] -= dx * f; fy[j] -= dy * f;
        }
      }
      edges.forEach(function (e) {
        var a = nodes[e.source], b = nodes[e.target];
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = d / k;
        fx[e.source] -= dx * f; fy[e.source] -= dy * f;
        fx[e.target] += dx * f; fy[e.target] += dy * f;
      });
      for (i = 0; i < n; i++) {
        fx[i] -= nodes[i].x * 0.05; fy[i] -= nodes[i].y * 0.05; // gravity keeps parts near
        var len = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]) + 1e-9;
        var move = Math.min(len, t);
        nodes[i].x += (fx[i] / len) * move;
        nodes[i].y += (fy[i] / len) * move;
      }
    }
  }

  // Drawing -----------------------------------------------------------------------------
  var edgeEls = [], labelEls = [], nodeEls = [];

  function draw() {
    var edgeLayer = el("g", { "class": "edges" }, viewport);
    var labelLayer = el("g", { "class": "edge-labels" + (n > 120 ? " big" : "") }, viewport);
    var nodeLayer = el("g", { "class": "nodes" }, viewport);
    edges.forEach(function (e) {
      var cls = "edge edge-" + e.kind + (e.former ? " former" : "");
      var line = el("line", { "class": cls }, edgeLayer);
      var tip = e.kind === "post" ? e.label
        : e.kind === "statement" ? e.statements.length + " تصريح" : "في";
      el("title", {}, line).textContent = tip;
      edgeEls.push(line);
      var label = null;
      if (e.kind === "post") {
        label = el("text", { "class": "edge-label" }, labelLayer);
        label.textContent = e.label;
      }
      labelEls.push(label);
    });
    nodes.forEach(function (d) {
      var minor = n > 120 && degree[d.id] < 2; // big graphs: such labels show on demand
      var g = el("g", {
        "class": "node node-" + d.kind + (minor ? " minor" : ""), "data-id": d.id,
        "tabindex": "0", "role": "button", "aria-label": d.label
      }, nodeLayer);
      el("circle", { r: RADIUS[d.kind] + Math.min(8, degree[d.id]) }, g);
      var text = el("text", { "class": "label", dy: -(RADIUS[d.kind] + 12) }, g);
      text.textContent = d.label;
      el("title", {}, g).textContent = d.label + " — " + KIND_NAMES[d.kind];
      g.addEventListener("click", function (ev) {
        ev.stopPropagation();
        if (!dragged) select(d.id);
      });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(d.id); }
      });
      g.addEventListener("pointerdown", function (ev) { startDrag(ev, d); });
      nodeEls.push(g);
    });
    place();
  }

  function place() {
    edges.forEach(function (e, i) {
      var a = nodes[e.source], b = nodes[e.target], line = edgeEls[i];
      line.setAttribute("x1", a.x); line.setAttribute("y1", a.y);
      line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
      if (labelEls[i]) {
        labelEls[i].setAttribute("x", (a.x + b.x) / 2);
        labelEls[i].setAttribute("y", (a.y + b.y) / 2 - 3);
      }
    });
    nodes.forEach(function (d, i) {
      nodeEls[i].setAttribute("transform", "translate(" + d.x + "," + d.y + ")");
    });
  }

  // View: fit, zoom (wheel), pan and drag (pointer) -----------------------------------------
  var view = { x: 0, y: 0, w: 100, h: 100 };

  function setView() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
  }

  function fit() {
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    if (!n) { xs = [0]; ys = [0]; }
    var pad = 80;
    view.x = Math.min.apply(null, xs) - pad; view.y = Math.min.apply(null, ys) - pad;
    view.w = Math.max.apply(null, xs) - view.x + pad; view.h = Math.max.apply(null, ys) - view.y + pad;
    setView();
  }

  function focus(id) { // zoom to a node and its neighbours (small graphs stay whole)
    if (n <= 60) return;
    var near = [nodes[id]];
    edges.forEach(function (e) {
      if (e.source === id) near.push(nodes[e.target]);
      if (e.target === id) near.push(nodes[e.source]);
    });
    var xs = near.map(function (d) { return d.x; }), ys = near.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0 + 200, 500), h = Math.max(y1 - y0 + 200, 400);
    view.x = (x0 + x1) / 2 - w / 2; view.y = (y0 + y1) / 2 - h / 2; view.w = w; view.h = h;
    setView();
  }

  function toGraph(ev) {
    var box = svg.getBoundingClientRect();
    var scale = Math.max(view.w / box.width, view.h / box.height);
    var cx = view.x + view.w / 2 - (box.width * scale) / 2;
    var cy = view.y + view.h / 2 - (box.height * scale) / 2;
    return { x: cx + (ev.clientX - box.left) * scale, y: cy + (ev.clientY - box.top) * scale };
  }

  var drag = null, dragged = false; // a click that ends a drag selects nothing
  function startDrag(ev, d) {
    drag = { node: d, start: toGraph(ev), x: d.x, y: d.y, moved: false };
    ev.stopPropagation();
  }
  svg.addEventListener("pointerdown", function (ev) {
    drag = { node: null, start: toGraph(ev), view: { x: view.x, y: view.y }, moved: false };
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var p = toGraph(ev);
    if (drag.node) {
      drag.node.x = drag.x + p.x - drag.start.x; drag.node.y = drag.y + p.y - drag.start.y;
      place();
    } else {
      view.x -= p.x - drag.start.x; view.y -= p.y - drag.start.y;
      setView();
    }
    drag.moved = true;
  });
  window.addEventListener("pointerup", function () {
    dragged = !!(drag && drag.moved);
    drag = null;
  });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toGraph(ev), f = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f;
    view.w *= f; view.h *= f;
    setView();
  }, { passive: false });
  svg.addEventListener("click", function () { if (!dragged) select(null); });

  // Details: a node's posts and statements ----------------------------------------------------
  function statementItem(s, list) {
    var item = html("li", null, list, "statement");
    var head = html("p", null, item, "said");
    html("strong", nodes[s.speaker].label, head);
    head.appendChild(document.createTextNode(" " + s.cue + ":"));
    if (s.sentence.indexOf(s.position) < 0) { // the sentence is missing or does not hold it
      head.appendChild(document.createTextNode(" "));
      html("q", s.position, head);
    }
    if (s.sentence) {
      var quote = html("blockquote", null, item, "sentence");
      var at = s.sentence.indexOf(s.position);
      if (at < 0) {
        quote.textContent = s.sentence;
      } else {
        quote.appendChild(document.createTextNode(s.sentence.slice(0, at)));
        html("mark", s.position, quote);
        quote.appendChild(document.createTextNode(s.sentence.slice(at + s.position.length)));
      }
    }
    if (s.file) html("p", s.file + (s.begin === null ? "" : " @" + s.begin), item, "source");
  }

  // Search: highlight the nodes whose label holds the text; Enter selects the first --------
  var search = document.getElementById("search");
  function fold(text) { // as kg.pipeline.text.normalize.fold, roughly: no marks, one form of alef, ya, ta
    return text.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا")
      .replace(/ى/g, "ي").replace(/ة/g, "ه").toLowerCase();
  }
  function matches() {
    var q = fold(search.value.trim());
    return q ? nodes.filter(function (d) { return fold(d.label).indexOf(q) >= 0; }) : [];
  }
  search.addEventListener("input", function () {
    var found = {};
    matches().forEach(function (d) { found[d.id] = true; });
    var any = search.value.trim() !== "";
    nodeEls.forEach(function (g, i) {
      g.classList.remove("selected", "near", "far");
      g.classList.toggle("match", !!found[i]);
      if (any && !found[i]) g.classList.add("far");
    });
    edgeEls.forEach(function (line, i) {
      line.classList.remove("near");
      line.classList.toggle("far", any);
      if (labelEls[i]) { labelEls[i].classList.remove("near"); labelEls[i].classList.toggle("far", any); }
    });
  });
  search.addEventListener("keydown", function (ev) {
    var found = matches();
    if (ev.key === "Enter" && found.length) { select(found[0].id); focus(found[0].id); }
  });

  function select(id) {
    nodeEls.forEach(function (g) { g.classList.remove("selected", "near", "far", "match"); });
    edgeEls.forEach(function (line, i) {
      line.classList.remove("near", "far");
      if (labelEls[i]) labelEls[i].classList.remove("near", "far");
    });
    details.textContent = "";
    if (id === null) {
      html("p", "انقر على عقدة لعرض مناصبها وتصريحاتها.", details, "hint");
      return;
    }
    var d = nodes[id], near = {};
    near[id] = true;
    edges.forEach(function (e, i) {
      var on = e.source === id || e.target === id;
      if (on) { near[e.source] = true; near[e.target] = true; }
      edgeEls[i].classList.add(on ? "near" : "far");
      if (labelEls[i]) labelEls[i].classList.add(on ? "near" : "far");
    });
    nodeEls.forEach(function (g, i) {
      g.classList.add(i === id ? "selected" : near[i] ? "near" : "far");
    });
    html("h2", d.label, details);
    html("p", KIND_NAMES[d.kind] + (d.kind !== "person" && d.key !== d.label ? " · " + d.key : ""), details, "kind");
    var posts = [];
    edges.forEach(function (e) {
      if (e.kind === "post" && e.source === id) posts.push(e.label + " — " + nodes[e.target].label);
      if (e.kind === "post" && e.target === id) posts.push(nodes[e.source].label + " — " + e.label);
    });
    (d.posts || []).forEach(function (p) { posts.push(p); });
    if (posts.length) {
      html("h3", "المناصب", details);
      var plist = html("ul", null, details, "posts");
      posts.forEach(function (p) { html("li", p, plist); });
    }
    var said = data.statements.filter(function (s) { return s.speaker === id; });
    var about = data.statements.filter(function (s) { return s.about.indexOf(id) >= 0; });
    [["التصريحات", said], ["تصريحات تذكره", about]].forEach(function (pair) {
      if (!pair[1].length) return;
      html("h3", pair[0] + " (" + pair[1].length + ")", details);
      var list = html("ul", null, details, "statements");
      pair[1].forEach(function (s) { statementItem(s, list); });
    });
    if (!posts.length && !said.length && !about.length) html("p", "لا مناصب ولا تصريحات.", details);
  }

  var counts = { person: 0, organisation: 0, country: 0 };
  nodes.forEach(function (d) { counts[d.kind]++; });
  var posts = edges.filter(function (e) { return e.kind === "post"; }).length;
  document.getElementById("stats").textContent =
    counts.person + " أشخاص · " + counts.organisation + " منظمات · " + counts.country +
    " دول · " + posts + " مناصب · " + data.statements.length + " تصريحات";
  layout();
  draw();
  fit();
  var linked = /^#node-(\d+)$/.exec(window.location.hash); // a link may pick a node
  if (linked && +linked[1] < n) { select(+linked[1]); focus(+linked[1]); } else select(null);
  document.body.setAttribute("data-ready", "true");
})();
