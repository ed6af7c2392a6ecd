// ArchiveSite search page: Pagefind's JS API with a small UI of our own. The query, filters and sort live
// in the URL (?q=driver+loader&person=leogr&sort=newest), so a search can be shared and the back button works.
(() => {
  "use strict";
  const root = document.getElementById("search");
  if (!root) return;

  const FACETS = [["type", "Kind"], ["state", "State"], ["series", "Series"], ["year", "Year"], ["person", "Person"], ["repo", "Repository"]];
  // A page has one kind, a call one series and one year: choosing another replaces the choice. People and
  // repositories narrow: person=a&person=b is the calls both took part in.
  const SINGLE = new Set(["type", "series", "year"]);
  // How many of Pagefind's first results are read again for phrases (their fragments are fetched anyway to be shown).
  const RERANK = 30;
  const SORTS = { relevance: null, newest: { date: "desc" }, oldest: { date: "asc" } };
  const PAGE = 20, FACET_VALUES = 12;

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key.startsWith("aria-") || key === "role") node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  };

  // The page: a form with the query and sort, facets beside the results.
  const query = el("input", { id: "search-query", type: "search", name: "q", autocomplete: "off", placeholder: "driver loader, 1191, leogr…" });
  const sort = el("select", { id: "search-sort", name: "sort" },
    el("option", { value: "relevance", textContent: "Best match" }),
    el("option", { value: "newest", textContent: "Newest first" }),
    el("option", { value: "oldest", textContent: "Oldest first" }));
  const form = el("form", { className: "search-form", role: "search", "aria-label": "Search the notes" },
    el("label", { className: "visually-hidden", htmlFor: "search-query", textContent: "Search the calls" }), query,
    el("label", { className: "visually-hidden", htmlFor: "search-sort", textContent: "Sort" }), sort);
  const facets = el("div", { className: "facets", id: "search-facets" });
  const status = el("p", { className: "search-status", id: "search-status", role: "status" });
  const results = el("ol", { className: "results", id: "search-results" });
  const more = el("button", { type: "button", className: "more", textContent: "More results", hidden: true });
  // On a phone the filters fold behind one line, so the first result is on the first screen.
  const filters = el("details", { className: "filters", open: !window.matchMedia("(max-width: 48rem)").matches },
    el("summary", { textContent: "Filters" }), facets);
  root.replaceChildren(form, el("div", { className: "search-layout" },
    el("aside", { "aria-label": "Filters" }, filters),
    el("div", {}, status, results, more)));

  const state = readUrl();
  query.value = state.q;
  sort.value = state.sort;

  let pagefind, current = [], shown = 0, generation = 0;

  init();

  async function init() {
    try {
      pagefind = await import(root.dataset.bundle + "pagefind.js");
    } catch {
      status.textContent = "The search index could not be loaded. Browse the calls by year instead.";
      return;
    }
    await pagefind.options({ baseUrl: root.dataset.base || "/", excerptLength: 30 });
    await pagefind.init();
    // Loads every filter's index up front: without it, a search with no words reports counts only for
    // the filters it used, and the other facets would vanish.
    await pagefind.filters();
    query.addEventListener("input", () => { state.q = query.value; update(); });
    sort.addEventListener("change", () => { state.sort = sort.value; update(); });
    form.addEventListener("submit", (e) => { e.preventDefault(); state.q = query.value; update(); });
    more.addEventListener("click", () => showMore());
    window.addEventListener("popstate", () => { Object.assign(state, readUrl()); query.value = state.q; sort.value = state.sort; run(); });
    run();
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const [name] of FACETS) {
      const values = params.getAll(name).filter(Boolean);
      if (values.length) filters[name] = values;
    }
    const s = params.get("sort");
    return { q: params.get("q") || "", sort: s in SORTS ? s : "relevance", filters };
  }

  function writeUrl() {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const [name] of FACETS) for (const v of state.filters[name] || []) params.append(name, v);
    if (state.sort !== "relevance") params.set("sort", state.sort);
    const search = params.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
  }

  function update() { writeUrl(); run(); }

  async function run() {
    const mine = ++generation;
    const filters = {};
    for (const [name, values] of Object.entries(state.filters)) filters[name] = values.length === 1 ? values[0] : values;
    const hasFilters = Object.keys(filters).length > 0;
    const options = { filters };
    if (SORTS[state.sort]) options.sort = SORTS[state.sort];
    if (!state.q.trim() && !hasFilters) {
      const all = await pagefind.filters();
      if (mine !== generation) return;
      renderFacets(all);
      results.replaceChildren();
      more.hidden = true;
      status.textContent = "Type to search the notes of every call, or choose a filter.";
      return;
    }
    const search = state.q.trim() ? await pagefind.debouncedSearch(state.q, options, 150) : await pagefind.search(null, options);
    if (search === null || mine !== generation) return;
    const exact = await phraseHits(state.q, options);
    if (mine !== generation) return;
    current = await phrasesFirst(search.results, exact, state.q);
    if (mine !== generation) return;
    shown = 0;
    results.replaceChildren();
    renderFacets(search.filters);
    await showMore(mine);
    if (mine !== generation) return;
    const n = current.length;
    // Announced once the first results are on the page (role=status is a polite live region).
    status.textContent = n === 0 ? "Nothing matches." : `${n} ${n === 1 ? "result" : "results"}.`;
  }

  // Pagefind ranks words: a call holding the exact phrase of a multi-word query may rank past any number of
  // calls that hold its words apart. So the phrase is searched too (Pagefind's exact search: the query in
  // quotes), and its first hits are read again with the first word results below; a quoted query already is one.
  async function phraseHits(q, options) {
    if (q.includes('"') || normal(q).split(" ").filter(Boolean).length < 2) return [];
    const exact = await pagefind.search('"' + q.trim() + '"', options);
    return exact ? exact.results : [];
  }

  // Of the first exact hits and Pagefind's first word results (their fragments are fetched anyway to be shown),
  // those holding the query's words side by side ("driver loader" in "falco-driver-loader improvements") come
  // first, and among them the calls whose agenda item is most nearly the phrase itself: the call that was about
  // it, not every call that mentioned it. A page named by the query comes first of all: "leogr" or "Leonardo
  // Grasso" is his page, "1191" the PR's. The rest follow in Pagefind's order, exact hits first.
  async function phrasesFirst(results, exact, q) {
    const words = normal(q).split(" ").filter(Boolean);
    if (words.length === 0) return results;
    const phrase = " " + words.join(" ") + " ";
    const seen = new Set();
    const once = (list) => list.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const head = once([...exact.slice(0, RERANK), ...results.slice(0, RERANK)]);
    const rest = once([...exact.slice(RERANK), ...results.slice(RERANK)]);
    const exactIds = new Set(exact.map((r) => r.id));
    // Ties keep Pagefind's word order; an exact hit the word search ranked lower comes after those.
    const wordRank = new Map(results.slice(0, RERANK).map((r, i) => [r.id, i]));
    const data = await Promise.all(head.map((r) => r.data()));
    const scored = head.map((result, at) => {
      const i = wordRank.has(result.id) ? wordRank.get(result.id) : RERANK + at;
      const d = data[at];
      const cached = { ...result, data: async () => d };
      const agenda = ((d.meta && d.meta.agenda) || "").split(" | ").map(normal);
      const best = Math.max(0, ...agenda.map((t) => ((" " + t + " ").includes(phrase) ? words.length / t.split(" ").length : 0)));
      const name = d.meta.key || d.meta.title; // a PR's page is named by its key; its title is text like any other
      const named = (" " + normal(name + " " + (d.meta.also || "")) + " ").includes(phrase) && d.filters && (d.filters.type || [])[0] !== "Call";
      const inText = words.length > 1 && (exactIds.has(result.id) || (" " + normal(d.content) + " ").includes(phrase)) ? 1 : 0;
      return { result: cached, score: named ? 4 : words.length > 1 && best > 0 ? 2 + best : inText, i };
    });
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    return [...scored.map((s) => s.result), ...rest];
  }

  // Lower case, every run of characters other than letters and digits one space: "falco-driver-loader" is "falco driver loader".
  function normal(text) {
    return (text || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  async function showMore(mine = generation) {
    const slice = current.slice(shown, shown + PAGE);
    shown += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return;
    for (const item of data) results.append(renderResult(item));
    more.hidden = shown >= current.length;
  }

  function renderResult(item) {
    const title = el("a", { href: item.url, textContent: item.meta.title || item.url });
    const series = (item.filters && item.filters.series || [])[0];
    const kind = (item.filters && item.filters.type || [])[0];
    const standing = (item.filters && item.filters.state || [])[0];
    const meta = el("p", { className: "meta", textContent: [kind !== "Call" ? kind : null, standing, item.meta.date, series].filter(Boolean).join(" · ") });
    const excerpt = el("p", { className: "excerpt" });
    excerpt.innerHTML = item.excerpt; // Pagefind escapes the page text and adds only <mark>.
    const li = el("li", {}, el("h2", { className: "result-title" }, title), meta, excerpt);
    // A sub-result saying what the excerpt already says is left out: one clean excerpt per result.
    const subs = (item.sub_results || [])
      .filter((s) => s.url !== item.url && s.url.includes("#") && !mostlyIn(s.excerpt, item.excerpt))
      .slice(0, 3);
    if (subs.length) {
      const list = el("ul", { className: "sub" });
      for (const sub of subs) {
        const text = el("span", {});
        text.innerHTML = sub.excerpt;
        list.append(el("li", {}, el("a", { href: sub.url, textContent: sub.title }), " — ", text));
      }
      li.append(list);
    }
    return li;
  }

  // Whether most words of one excerpt are already in another (Pagefind's sub-results often repeat the page's).
  function mostlyIn(excerpt, other) {
    const words = normal(excerpt.replace(/<[^>]+>/g, "")).split(" ").filter(Boolean);
    const seen = new Set(normal(other.replace(/<[^>]+>/g, "")).split(" "));
    return words.filter((w) => seen.has(w)).length * 2 > words.length;
  }

  function renderFacets(counts) {
    const groups = [];
    for (const [name, label] of FACETS) {
      const selected = new Set(state.filters[name] || []);
      const values = Object.entries(counts[name] || {}).filter(([v, c]) => c > 0 || selected.has(v));
      for (const v of selected) if (!values.some(([x]) => x === v)) values.push([v, 0]);
      if (!values.length) continue;
      values.sort((a, b) => (selected.has(b[0]) - selected.has(a[0])) || (name === "year" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
      const set = el("fieldset", { className: "facet" }, el("legend", { textContent: label }));
      values.forEach(([value, count], i) => {
        const box = el("input", { type: "checkbox", name, value, checked: selected.has(value) });
        box.addEventListener("change", () => toggle(name, value, box.checked));
        const row = el("label", {}, box, el("span", { textContent: value }), el("span", { className: "n", textContent: String(count) }));
        if (i >= FACET_VALUES && !selected.has(value)) row.hidden = true;
        set.append(row);
      });
      if (values.length > FACET_VALUES) {
        const all = el("button", { type: "button", className: "link-button", textContent: `Show all ${values.length}` });
        all.addEventListener("click", () => { set.querySelectorAll("label[hidden]").forEach((r) => { r.hidden = false; }); all.remove(); });
        set.append(all);
      }
      groups.push(set);
    }
    facets.replaceChildren(...groups);
  }

  function toggle(name, value, on) {
    const values = new Set(SINGLE.has(name) ? [] : state.filters[name] || []);
    if (on) values.add(value); else values.delete(value);
    if (values.size) state.filters[name] = [...values]; else delete state.filters[name];
    update();
  }
})();
