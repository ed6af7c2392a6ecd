// ArchiveSite default theme: "/" focuses the search box, as on GitHub and most documentation sites.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.getElementById("search-query") || document.getElementById("search-box");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// Lists of PRs and issues (a repository's page): filter by state and by when they were last discussed
// ("open PRs discussed in the last 3 months"), kept in the address so a filtered list can be shared.
for (const form of document.querySelectorAll("form.ref-filter")) {
  const rows = [...document.querySelectorAll("[data-state][data-last]")];
  const output = form.querySelector("output");
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll("select")) select.value = params.get(select.name) || "";
  const apply = () => {
    const state = form.elements.state.value;
    const months = Number(form.elements.months.value);
    let since = "";
    if (months) {
      const d = new Date();
      d.setMonth(d.getMonth() - months);
      since = d.toISOString().slice(0, 10);
    }
    let shown = 0;
    for (const row of rows) {
      row.hidden = (state && row.dataset.state !== state) || (since && row.dataset.last < since);
      if (!row.hidden) shown++;
    }
    output.textContent = state || months ? `${shown} of ${rows.length} shown` : "";
    const next = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll("select")) if (select.value) next.set(select.name, select.value); else next.delete(select.name);
    const query = next.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply();
}

// Lists of decisions and action items: filter by series, year, person and state in the page, the choice kept
// in the address (?person=leogr&state=open) so it can be shared. A row lists its values in data attributes
// (data-person holds every owner, space-separated); without script the whole list shows.
for (const form of document.querySelectorAll("form.list-filter")) {
  const rows = [...document.querySelectorAll("[data-filter-row]")];
  const selects = [...form.querySelectorAll("select")];
  const output = form.querySelector("output");
  const params = new URLSearchParams(location.search);
  for (const select of selects) select.value = params.get(select.name) || "";
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = selects.some((s) => s.value && !(row.dataset[s.name] || "").split(" ").includes(s.value));
      if (!row.hidden) shown++;
    }
    const filtered = selects.some((s) => s.value);
    output.textContent = filtered ? `${shown} of ${rows.length} shown` : "";
    const next = new URLSearchParams(location.search);
    for (const select of selects) if (select.value) next.set(select.name, select.value); else next.delete(select.name);
    const query = next.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
