// Run by dossier/export/stylesheet.py (node, with the project's node_modules from `npm ci`):
// PurgeCSS, the maintained tool, removes the rules of a stylesheet that match nothing in the
// given content. Reads {css, content: [paths], raw: [html], variables: [names]} as JSON on
// stdin and writes the trimmed stylesheet on stdout. Nothing here parses CSS.
"use strict";
const { PurgeCSS } = require("purgecss");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const job = JSON.parse(input);
  const [result] = await new PurgeCSS().purge({
    css: [{ raw: job.css }],
    content: [...job.content, ...job.raw.map((raw) => ({ raw, extension: "html" }))],
    // Custom properties nothing reads, keyframes and font faces nothing uses go too; those our
    // own files read (the search's stylesheet, loaded later, among them) are kept by name.
    variables: true,
    keyframes: true,
    fontFace: true,
    safelist: { variables: job.variables },
  });
  process.stdout.write(result.css);
});
