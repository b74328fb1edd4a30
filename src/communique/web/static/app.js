// communique dashboard: charts (vendored Chart.js) and the events behind a point.
// Every piece of text from the database goes into the page through textContent,
// never innerHTML, so article text cannot inject markup.
"use strict";

const QUAD = [
  { key: "1", label: "verbal cooperation", color: "#7fc97f" },
  { key: "2", label: "material cooperation", color: "#1b7837" },
  { key: "3", label: "verbal conflict", color: "#fdae61" },
  { key: "4", label: "material conflict", color: "#d7301f" },
];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

async function getJSON(url) {
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) {
    const msg = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : resp.statusText;
    throw new Error(msg);
  }
  return body;
}

function eventItem(ev) {
  const quad = ev.quad_class ? el("span", { class: "chip q" + ev.quad_class, text: ev.cameo }) : el("span", { class: "codes", text: ev.cameo });
  const who = (ev.source ? (ev.source.code || ev.source.text) : "?") + " → " + (ev.target ? (ev.target.code || ev.target.text) : "—");
  const link = el("a", { href: "/articles/" + encodeURIComponent(ev.doc_id) + "#ev-" + encodeURIComponent(ev.event_id) }, ev.title || ev.doc_id);
  return el("li", {},
    el("span", { class: "muted small", text: (ev.date || "undated") + " " }), quad, " ",
    el("b", { text: who }), " ",
    el("span", { class: "muted", text: ev.cameo_name ? "(" + ev.cameo_name + ")" : "" }),
    ev.mode !== "asserted" ? el("span", { class: "mode " + ev.mode, text: ev.mode }) : null,
    el("div", { class: "small" }, el("q", { text: ev.sentence || ev.trigger.text })),
    el("div", { class: "small" }, "in ", link));
}

function seriesChart(canvas, series, onPick) {
  const labels = series.points.map(p => p.period);
  const datasets = QUAD.map(q => ({
    type: "bar", label: q.label, data: series.points.map(p => p.quad[q.key] || 0),
    backgroundColor: q.color, stack: "events", yAxisID: "y",
  }));
  datasets.push({
    type: "line", label: "Goldstein mean", data: series.points.map(p => p.goldstein_mean),
    borderColor: "#2c3e50", backgroundColor: "#2c3e50", yAxisID: "g", spanGaps: true,
    pointRadius: 2.5, borderWidth: 1.5, tension: 0.2,
  });
  if (canvas._chart) canvas._chart.destroy();
  const chart = new Chart(canvas, {
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 14 } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events per " + series.interval }, ticks: { precision: 0 } },
        g: { position: "right", min: -10, max: 10, grid: { display: false }, title: { display: true, text: "Goldstein mean" } },
      },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      onClick: (evt, elements) => {
        const hit = chart.getElementsAtEventForMode(evt, "index", { intersect: false }, true);
        if (hit.length) onPick(series.points[hit[0].index]);
      },
    },
  });
  canvas._chart = chart;
  canvas.dataset.rendered = "1";
  return chart;
}

function summary(box, total, label) {
  box.replaceChildren(
    el("div", { class: "stat" }, el("b", { text: String(total.events) }), label),
    el("div", { class: "stat" }, el("b", { text: String(total.cooperation) }), "cooperative"),
    el("div", { class: "stat" }, el("b", { text: String(total.conflict) }), "conflictual"),
    el("div", { class: "stat" }, el("b", { text: total.goldstein_mean === null ? "–" : total.goldstein_mean.toFixed(2) }), "mean Goldstein"),
  );
}

function listEventsAt(box, url, point) {
  box.replaceChildren(el("p", { class: "muted", text: "Loading events of " + point.period + "…" }));
  getJSON(url).then(body => {
    const title = el("h2", { text: `Events ${point.period} – ${point.end} (${body.items.length}${body.items.length >= body.limit ? "+" : ""})` });
    if (!body.items.length) { box.replaceChildren(title, el("p", { class: "muted", text: "No events in this period." })); return; }
    box.replaceChildren(title, el("ul", { class: "events-at" }, ...body.items.map(eventItem)));
    box.scrollIntoView({ behavior: "smooth", block: "start" });
  }).catch(err => box.replaceChildren(el("p", { class: "error", text: err.message })));
}

function params(form) {
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") out.append(k, String(v).trim());
  return out;
}

// Dyad page: two actors, the series, the events behind a clicked point.
function initDyad() {
  const form = document.getElementById("dyad-form");
  if (!form) return;
  const canvas = document.getElementById("dyad-chart");
  const status = document.getElementById("dyad-status");
  const stats = document.getElementById("dyad-summary");
  const at = document.getElementById("events-at");
  async function show(push) {
    const p = params(form);
    const a = (p.get("a") || "").toUpperCase(), b = (p.get("b") || "").toUpperCase();
    if (!a || !b) { status.replaceChildren(el("p", { class: "muted", text: "Pick two actors (CAMEO codes such as RUS and USA)." })); return; }
    p.delete("a"); p.delete("b");
    if (push) history.replaceState(null, "", "/?" + new URLSearchParams({ a, b, ...Object.fromEntries(p) }));
    status.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
    at.replaceChildren();
    try {
      const s = await getJSON(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?` + p);
      status.replaceChildren(el("p", { class: "muted small", text: `${a} – ${b}, ${s.modes.join(", ")} ${s.unit}, per ${s.interval}. Click a bar to see its events.` }));
      summary(stats, s.total, s.unit);
      if (!s.points.length) { canvas.dataset.rendered = "empty"; status.appendChild(el("p", { class: "empty", text: "No events between these actors." })); if (canvas._chart) canvas._chart.destroy(); return; }
      seriesChart(canvas, s, point => {
        const q = new URLSearchParams(p); q.set("period", point.period);
        listEventsAt(at, `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/events?` + q, point);
      });
    } catch (err) { status.replaceChildren(el("p", { class: "error", text: err.message })); }
  }
  form.addEventListener("submit", e => { e.preventDefault(); show(true); });
  show(false);
}

// Actor page: the actor's own series.
function initActor() {
  const canvas = document.getElementById("actor-chart");
  if (!canvas) return;
  const code = canvas.dataset.actor, interval = canvas.dataset.interval || "month";
  const at = document.getElementById("events-at");
  getJSON(`/api/actors/${encodeURIComponent(code)}/series?interval=${interval}`).then(s => {
    if (!s.points.length) { canvas.dataset.rendered = "empty"; return; }
    seriesChart(canvas, s, point => listEventsAt(at, `/api/actors/${encodeURIComponent(code)}/events?interval=${interval}&period=${point.period}`, point));
  }).catch(err => canvas.parentNode.appendChild(el("p", { class: "error", text: err.message })));
}

// Article page: hovering an event card outlines its words in the text, and back.
function initArticle() {
  const cards = document.querySelectorAll(".event-card[data-ev]");
  if (!cards.length) return;
  const mark = (id, on) => {
    document.querySelectorAll(`.hl[data-ev~="${CSS.escape(id)}"]`).forEach(n => n.classList.toggle("active", on));
    document.querySelectorAll(`.event-card[data-ev="${CSS.escape(id)}"]`).forEach(n => n.classList.toggle("active", on));
  };
  cards.forEach(card => {
    card.addEventListener("mouseenter", () => mark(card.dataset.ev, true));
    card.addEventListener("mouseleave", () => mark(card.dataset.ev, false));
  });
  document.querySelectorAll(".hl[data-ev]").forEach(span => {
    span.addEventListener("mouseenter", () => span.dataset.ev.split(" ").forEach(id => mark(id, true)));
    span.addEventListener("mouseleave", () => span.dataset.ev.split(" ").forEach(id => mark(id, false)));
  });
  const target = decodeURIComponent(location.hash.slice(1));
  if (target) { const card = document.getElementById(target); if (card) { mark(card.dataset.ev, true); } }
}

// Actor pickers: suggestions from /api/actors as the user types.
function initPickers() {
  const list = document.getElementById("actor-options");
  if (!list) return;
  let timer = null;
  document.querySelectorAll("input[list=actor-options]").forEach(input => {
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(() => getJSON("/api/actors?limit=15&q=" + encodeURIComponent(q)).then(body => {
        list.replaceChildren(...body.items.map(a => el("option", { value: a.code, text: (a.name || a.code) + " (" + a.events + ")" })));
      }).catch(() => {}), 150);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => { initPickers(); initDyad(); initActor(); initArticle(); });
