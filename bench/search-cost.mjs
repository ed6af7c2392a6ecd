// What search costs a reader: the size of the Pagefind index on disk, and the bytes one query fetches
// (Pagefind's script and WebAssembly, the filter and index chunks, the fragments of the results shown).
// Usage: node bench/search-cost.mjs SITE_FOLDER ["query" ...]
// The site must have been built with search; Chromium is Debian's, at /usr/bin/chromium.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [site, ...queries] = process.argv.slice(2);
if (!site) { console.error("usage: node bench/search-cost.mjs SITE_FOLDER [query ...]"); process.exit(2); }
const searches = queries.length ? queries : ["driver loader", "1191", "plugin"];

function folderSize(dir) {
  let bytes = 0, files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { const s = folderSize(full); bytes += s.bytes; files += s.files; }
    else { bytes += fs.statSync(full).size; files++; }
  }
  return { bytes, files };
}

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const index = folderSize(path.join(site, "pagefind"));
const pages = fs.readdirSync(path.join(site, "pagefind", "fragment")).length;
console.log(`index: ${(index.bytes / 1024).toFixed(0)} KiB in ${index.files} files (${pages} page fragments)`);

for (const query of searches) {
  const context = await browser.newContext();
  let bytes = 0, requests = 0;
  await context.route("http://archive.test/**", (route) => {
    let p = decodeURIComponent(new URL(route.request().url()).pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(site, p);
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
    if (p.startsWith("/pagefind/")) { bytes += fs.statSync(file).size; requests++; }
    return route.fulfill({ path: file, contentType: types[path.extname(file)] || "application/octet-stream" });
  });
  const page = await context.newPage();
  await page.goto("http://archive.test/search/?q=" + encodeURIComponent(query));
  await page.waitForFunction(() => /match/.test(document.querySelector("#search-status")?.textContent || ""), null, { timeout: 30000 });
  const status = await page.textContent("#search-status");
  console.log(`"${query}": ${status} ${(bytes / 1024).toFixed(0)} KiB in ${requests} requests to /pagefind/ (first query on a fresh page, nothing cached)`);
  await context.close();
}
await browser.close();
