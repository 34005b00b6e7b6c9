#!/usr/bin/env bash
# The main job: build the extension for Chrome and Firefox with their store zips, then analyse the bundled
# example article, and say where everything is.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run build
echo
echo "== Analysis of the bundled example article (examples/harbour-bridge.html) =="
npm run --silent analyze -- examples/harbour-bridge.html | node -e '
  const a = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log(`title:    ${a.title}\nbyline:   ${a.byline}\nlanguage: ${a.lang} (${a.dir})\narticle:  ${a.isArticle}`);
  console.log("outline:  " + a.outline.map((h) => h.text).join(" / "));
  for (const q of a.quotes) console.log(`quote:    ${JSON.stringify(q.text.slice(0, 60))}${q.text.length > 60 ? "…" : ""} — ${q.speaker ?? "(no speaker)"}`);
  console.log("summary:  " + a.summary.join(" "));'
echo
echo "== Builds =="
echo "Chrome (MV3):   .output/chrome-mv3   — chrome://extensions → Developer mode → Load unpacked → choose this folder"
echo "Firefox:        .output/firefox-mv2  — about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose its manifest.json"
echo "Store zips:     $(ls .output/*.zip | tr '\n' ' ')"
