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

// A list filtered in the page, the choice kept in the address so a filtered list can be shared: the form's
// selects start from the address, and `hides(row)` says which rows the current choice hides. Without
// script the form stays hidden and the whole list shows.
function filterInPage(form, rows, hides) {
  const selects = [...form.querySelectorAll("select")];
  const output = form.querySelector("output");
  const params = new URLSearchParams(location.search);
  for (const select of selects) select.value = params.get(select.name) || "";
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = hides(row);
      if (!row.hidden) shown++;
    }
    output.textContent = selects.some((s) => s.value) ? `${shown} of ${rows.length} shown` : "";
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

// Lists of PRs and issues (a repository's page): by state and by when they were last discussed
// ("open PRs discussed in the last 3 months").
for (const form of document.querySelectorAll("form.ref-filter")) {
  filterInPage(form, [...document.querySelectorAll("[data-state][data-last]")], (row) => {
    const state = form.elements.state.value;
    const months = Number(form.elements.months.value);
    let since = "";
    if (months) {
      const d = new Date();
      d.setMonth(d.getMonth() - months);
      since = d.toISOString().slice(0, 10);
    }
    return Boolean((state && row.dataset.state !== state) || (since && row.dataset.last < since));
  });
}

// Lists of decisions and action items: by series, year, person and state. A row lists its values in data
// attributes named like the selects (data-person holds every owner, space-separated).
for (const form of document.querySelectorAll("form.list-filter")) {
  const selects = [...form.querySelectorAll("select")];
  filterInPage(form, [...document.querySelectorAll("[data-filter-row]")],
    (row) => selects.some((s) => s.value && !(row.dataset[s.name] || "").split(" ").includes(s.value)));
}
