// The search dialog (overrides/partials/dossier-search.html), loaded by search-open.js when a
// reader first opens it. Pagefind's JavaScript API, without its UI: Pagefind picks the index
// of the page's language (<html lang>), so results are pages of the reader's language only.
// Each result shows the page's title, the section the words are in and an excerpt with them
// marked, and links to that section.
//
// dossier/search.py gives each page the other forms of its words, after an element with id
// FORMS_ID, in groups "form: other forms"; the first word of a group is a form the page uses.
// Those words are not the page's text: a match among them is shown where the page uses the
// form heading its group ("menteri" typed, "kementerian" marked).

const FORMS_ID = "dossier-search-forms";
const PAGE_SIZE = 10; // results whose excerpt is loaded at a time (one small file each)
const EXCERPT_WORDS = 24;
const DEBOUNCE_MS = 200;
const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (token) => (token.toLowerCase().match(WORD) || []);

// A result's words, and where its own text ends (the added forms follow).
function textOf(data) {
  const words = data.content.split(/\s+/);
  const forms = data.anchors.find((anchor) => anchor.id === FORMS_ID);
  return { words, end: forms ? forms.location : words.length };
}

// How many of the reader's words a page uses as typed, in its own text (before the added forms).
// Pagefind ranks every form of a word alike (its stemmer makes "pendataan" "data", "rumahan"
// "rumah"): among the first results, the pages that use the very words come first.
function wordsUsed(data, typed) {
  const { words, end } = textOf(data);
  const used = new Set(words.slice(0, end).flatMap(wordsOf));
  return typed.filter((word) => used.has(word)).length;
}

// Where a result's words are: the heading of its best section, and an excerpt there.
function place(data) {
  const { words, end } = textOf(data);
  const hits = new Map();
  const add = (location, score) => hits.set(location, (hits.get(location) || 0) + score);
  for (const { location, balanced_score: score } of data.weighted_locations || []) {
    if (location < end) {
      add(location, score);
      continue;
    }
    let head = location;
    while (head > end && !words[head].endsWith(":")) head -= 1;
    const form = wordsOf(words[head])[0];
    for (let i = 0; i < end; i += 1) {
      if (form && wordsOf(words[i]).includes(form)) add(i, score);
    }
  }
  const headings = data.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.text && anchor.location < end)
    .sort((a, b) => a.location - b.location);
  const sectionOf = (location) => {
    let found = null;
    for (const heading of headings) if (heading.location <= location) found = heading;
    return found;
  };
  const scores = new Map();
  for (const [location, score] of hits) {
    const heading = sectionOf(location);
    scores.set(heading, (scores.get(heading) || 0) + score);
  }
  let best = null;
  let bestScore = -1;
  for (const [heading, score] of scores) {
    if (score > bestScore) [best, bestScore] = [heading, score];
  }
  const sectionStart = best ? best.location : 0;
  const next = headings.find((heading) => heading.location > sectionStart);
  const sectionEnd = next ? next.location : end;
  const inSection = [...hits.keys()].filter((l) => l >= sectionStart && l < sectionEnd).sort((a, b) => a - b);
  const first = inSection.length ? inSection[0] : sectionStart;
  const start = Math.max(sectionStart, Math.min(first - 6, sectionEnd - EXCERPT_WORDS));
  const stop = Math.min(sectionEnd, Math.max(start, 0) + EXCERPT_WORDS);
  const inPage = best && !/^h1$/i.test(best.element);
  return {
    url: inPage ? `${data.url.split("#")[0]}#${best.id}` : data.url,
    section: inPage ? best.text : "",
    words: words.slice(Math.max(start, 0), stop),
    marked: new Set(inSection.map((l) => l - Math.max(start, 0))),
    cut: [start > 0, stop < end],
  };
}

function render(data) {
  const where = place(data);
  const item = document.createElement("li");
  item.className = "dossier-search__result";
  const link = document.createElement("a");
  link.className = "dossier-search__link";
  link.href = where.url;
  const title = document.createElement("span");
  title.className = "dossier-search__page";
  title.textContent = data.meta.title || data.url;
  link.append(title);
  if (where.section) {
    const section = document.createElement("span");
    section.className = "dossier-search__section";
    section.textContent = where.section;
    link.append(section);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "dossier-search__excerpt";
  if (where.cut[0]) excerpt.append("… ");
  where.words.forEach((word, i) => {
    if (i) excerpt.append(" ");
    if (where.marked.has(i)) {
      const mark = document.createElement("mark");
      mark.textContent = word;
      excerpt.append(mark);
    } else {
      excerpt.append(word);
    }
  });
  if (where.cut[1]) excerpt.append(" …");
  item.append(link, excerpt);
  return item;
}

export function mount(dialog, button) {
  const input = dialog.querySelector("[data-search-input]");
  const form = dialog.querySelector("[data-search-form]");
  const status = dialog.querySelector("[data-search-status]");
  const list = dialog.querySelector("[data-search-results]");
  const more = dialog.querySelector("[data-search-more]");
  const selects = [...dialog.querySelectorAll("[data-search-filter]")];
  const text = (name) => dialog.getAttribute(`data-${name}`);
  const bundle = new URL(dialog.getAttribute("data-bundle"), document.baseURI);

  let engine = null;
  const pagefind = () => {
    engine = engine || import(new URL("pagefind.js", bundle).href).then(async (api) => {
      // No web worker: one file less to fetch; the index is small enough for the page itself.
      await api.options({
        basePath: bundle.pathname,
        baseUrl: new URL("..", bundle).pathname,
        excerptLength: EXCERPT_WORDS,
        noWorker: true,
      });
      await api.init();
      const filters = await api.filters();
      for (const select of selects) {
        const values = Object.keys(filters[select.dataset.searchFilter] || {});
        values.sort((a, b) => a.localeCompare(b, document.documentElement.lang));
        for (const value of values) select.append(new Option(value, value));
      }
      return api;
    });
    engine.catch(() => { engine = null; });
    return engine;
  };

  let results = [];
  let shown = 0;
  let generation = 0;

  const say = (message) => { status.textContent = message; };
  const counted = (count) => (count === 0 ? text("none")
    : (count === 1 ? text("count-one") : text("count-other").replace("{count}", count)));

  async function showMore(run, focusNew, words = []) {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    let found = await Promise.all(slice.map((result) => result.data()));
    if (run !== generation) return;
    if (words.length) {  // the first results: the reader's very words first, else Pagefind's order
      const used = found.map((data) => wordsUsed(data, words));
      found = found.map((data, i) => [data, i]).sort((a, b) => used[b[1]] - used[a[1]] || a[1] - b[1])
        .map(([data]) => data);
    }
    const items = found.map(render);
    list.append(...items);
    shown += slice.length;
    more.hidden = shown >= results.length;
    if (focusNew && items.length) items[0].querySelector("a").focus();
  }

  async function search() {
    const run = ++generation;
    const query = input.value.trim();
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.searchFilter] = select.value;
    if (!query && !Object.keys(filters).length) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      say("");
      return;
    }
    try {
      const api = await pagefind();
      const found = await api.search(query || null, { filters });
      if (run !== generation) return;
      results = found.results;
      shown = 0;
      list.replaceChildren();
      await showMore(run, false, query ? wordsOf(query) : []);
      if (run === generation) say(counted(results.length));
    } catch (error) {
      if (run === generation) say(text("error"));
    }
  }

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  for (const select of selects) select.addEventListener("change", search);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  more.addEventListener("click", () => showMore(generation, true));
  dialog.querySelector("[data-search-close]").addEventListener("click", () => dialog.close());

  // Arrow keys from the field to the results and through them; Tab and Shift+Tab stay inside.
  const links = () => [...list.querySelectorAll("a")];
  dialog.addEventListener("keydown", (event) => {
    const active = document.activeElement;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const all = links();
      const at = all.indexOf(active);
      if (active === input && event.key === "ArrowDown" && all.length) {
        all[0].focus();
      } else if (at >= 0) {
        const next = at + (event.key === "ArrowDown" ? 1 : -1);
        (next < 0 ? input : all[Math.min(next, all.length - 1)]).focus();
      } else {
        return;
      }
      event.preventDefault();
    } else if (event.key === "Tab") {
      const stops = [...dialog.querySelectorAll("button, input, select, a[href]")]
        .filter((element) => !element.hidden && element.getClientRects().length);
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (event.shiftKey && active === first) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && active === last) {
        first.focus();
        event.preventDefault();
      }
    }
  });
  // A click on the backdrop closes; so does following a result (it may be on this page).
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right
        && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    } else if (event.target.closest("a[href]")) {
      dialog.close();
    }
  });
  dialog.addEventListener("close", () => button.focus());

  return {
    open() {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      if (!engine) {
        say(text("loading"));
        pagefind().then(() => { if (status.textContent === text("loading")) say(""); },
          () => say(text("error")));
      }
    },
  };
}
