/**
 * The report page's only script, inlined (no external scripts). It reads the page's own data block
 * and builds DOM with `textContent` (never `innerHTML`), so article text stays text. Without
 * script the page still shows every highlight, the legend, the panels and native tooltips.
 *
 * Behaviour: hovering a highlight shows a card for it and every highlight around it (a title inside
 * a person's mention, a date inside a directive); clicking a highlight or a panel entry outlines all
 * mentions of that entity and scrolls to the first; legend chips hide or show a type.
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var dataEl = document.getElementById("bantin-data");
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent || "{}");
  var entities = data.entities || {};
  var labels = data.labels || {};
  var tip = document.getElementById("tip");
  var marks = document.querySelectorAll("mark.e");
  for (var i = 0; i < marks.length; i++) marks[i].removeAttribute("title");
  document.body.classList.add("js");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function hidden(m) {
    return document.body.classList.contains("hide-" + m.getAttribute("data-tc"));
  }
  // The innermost highlight shown at a target: a hidden detail (an event's date) that covers a
  // shown finding (the date itself) passes the pointer on to it.
  function shownMark(t) {
    var m = t && t.closest ? t.closest("mark.e") : null;
    while (m && hidden(m)) m = m.parentElement ? m.parentElement.closest("mark.e") : null;
    return m;
  }
  function chain(m) {
    var out = [];
    for (var e = m; e; e = e.parentElement ? e.parentElement.closest("mark.e") : null) {
      if (!hidden(e)) out.push(e);
    }
    return out;
  }
  function card(m) {
    var ref = m.getAttribute("data-ref");
    var ent = entities[ref] || {};
    var row = el("div", "row " + m.getAttribute("data-tc"));
    var head = el("div");
    head.appendChild(el("span", "ty", labels[ent.t] || ent.t || ""));
    head.appendChild(el("span", "lb", ent.l || m.textContent));
    row.appendChild(head);
    if (ent.v && ent.v !== ent.l) row.appendChild(el("div", "v", ent.v));
    var s = m.getAttribute("data-s"), e = m.getAttribute("data-e");
    row.appendChild(el("div", "src", "“" + (m.getAttribute("data-text") || m.textContent) + "”  [" + s + "–" + e + ")"));
    if (ent.d && ent.d.length) {
      var dl = el("dl");
      for (var j = 0; j < ent.d.length; j++) {
        dl.appendChild(el("dt", "", ent.d[j][0]));
        dl.appendChild(el("dd", "", ent.d[j][1]));
      }
      row.appendChild(dl);
    }
    return row;
  }
  var current = null;
  function place(x, y) {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8);
    var top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = Math.max(8, top) + "px";
  }
  document.addEventListener("mouseover", function (ev) {
    var m = shownMark(ev.target);
    if (m === current) return;
    current = m;
    if (!m) { tip.hidden = true; return; }
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    var c = chain(m);
    for (var k = 0; k < c.length; k++) tip.appendChild(card(c[k]));
    tip.hidden = false;
    place(ev.clientX, ev.clientY);
  });
  document.addEventListener("mousemove", function (ev) {
    if (current) place(ev.clientX, ev.clientY);
  });
  window.addEventListener("scroll", function () { tip.hidden = true; current = null; }, { passive: true });

  function focusRef(ref, scroll) {
    var old = document.querySelectorAll("mark.e.focus, .item.on");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("focus", "on");
    var sel = '[data-ref="' + (window.CSS && CSS.escape ? CSS.escape(ref) : ref) + '"]';
    var found = document.querySelectorAll("mark.e" + sel);
    for (var j = 0; j < found.length; j++) {
      found[j].classList.remove("focus");
      void found[j].offsetWidth;
      found[j].classList.add("focus");
    }
    var items = document.querySelectorAll(".item" + sel);
    for (var k = 0; k < items.length; k++) items[k].classList.add("on");
    if (scroll && found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
    return found.length;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var item = t && t.closest ? t.closest(".item[data-ref]") : null;
    if (item) { focusRef(item.getAttribute("data-ref"), true); return; }
    var m = shownMark(t);
    if (m) focusRef(m.getAttribute("data-ref"), false);
  });
  var toggles = document.querySelectorAll(".legend input[data-tc]");
  for (var n = 0; n < toggles.length; n++) {
    toggles[n].addEventListener("change", function (ev) {
      var box = ev.target;
      document.body.classList.toggle("hide-" + box.getAttribute("data-tc"), !box.checked);
      tip.hidden = true; current = null;
    });
  }
})();
`;

/** The index page's script: filters the table as you type. */
export const INDEX_SCRIPT = `
(function () {
  "use strict";
  var box = document.getElementById("filter");
  var rows = document.querySelectorAll("table.index tbody tr");
  var count = document.getElementById("shown");
  if (!box) return;
  box.addEventListener("input", function () {
    var q = box.value.toLocaleLowerCase("vi").normalize("NFC");
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var hit = !q || rows[i].textContent.toLocaleLowerCase("vi").indexOf(q) >= 0;
      rows[i].hidden = !hit;
      if (hit) shown++;
    }
    if (count) count.textContent = shown + " of " + rows.length;
  });
})();
`;
