#!/usr/bin/env bash
# Time and peak memory of the compiler on hostile inputs and on a large
# synthetic corpus: one folder per input, compiled by the release `tideline`
# binary, measured with GNU time. Usage: bench/hostile.sh [MB of synthetic
# corpus, default 50]. Writes its inputs under target/hostile/.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-50}"
out=target/hostile
rm -rf "$out" && mkdir -p "$out"
cargo build --release -q -p tideline-compiler --bin tideline
bin=target/release/tideline

# Each hostile input in a folder of its own, written by node (setup installs it).
node - "$out" <<'JS'
const fs = require("fs");
const path = require("path");
const out = process.argv[2];
const write = (name, file, text) => {
  fs.mkdirSync(path.join(out, name), { recursive: true });
  fs.writeFileSync(path.join(out, name, file), text);
};
// A 700-byte "billion laughs": nine levels of nine aliases.
let bomb = "---\ntitle: Bomb\na: &a [" + Array(9).fill('"lol"').join(",") + "]\n";
const names = "abcdefghi";
for (let i = 1; i < 9; i++) bomb += `${names[i]}: &${names[i]} [` + Array(9).fill("*" + names[i - 1]).join(",") + "]\n";
write("yaml-alias-bomb", "bomb.md", bomb + "---\nThe regulator fined the firm on July 7, 2023.\n");
// Front matter nested 2,000 deep, by indentation.
let deep = "---\ntitle: Deep\n";
for (let d = 0; d < 2000; d++) deep += " ".repeat(d) + "k:\n";
write("yaml-deep", "deep.md", deep + "---\nThe regulator fined the firm on July 7, 2023.\n");
// 100 KB and 1 MB lines of dates.
const years = (bytes) => { let s = ""; for (let y = 0; s.length < bytes; y++) s += `in ${2000 + (y % 30)} `; return s; };
write("dates-line-100k", "line.txt", "The regulator fined the firm " + years(100_000) + ".\n");
write("dates-line-1m", "line.txt", "The regulator fined the firm " + years(1_000_000) + ".\n");
// 50,000 nested divs.
write("html-nested-divs", "page.html", "<!DOCTYPE html><html><body>" + "<div>".repeat(50_000) +
  "<p>The regulator fined the firm on July 7, 2023.</p>" + "</div>".repeat(50_000) + "</body></html>\n");
// An 8 MB plain-text article of ordinary sentences (the size limit).
write("text-8mb", "big.txt", "The regulator fined the firm on July 7, 2023. ".repeat(Math.floor(8 * 1024 * 1024 / 47)));
JS

# About 170 bytes of article per synthetic event.
events=$(( mb * 1000000 / 170 ))
"$bin" synth --events "$events" --out "$out/synth-${mb}mb" >/dev/null

printf '| input | size | time s | peak memory MB | events | diagnostics |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
for dir in "$out"/*/; do
  name=$(basename "$dir")
  size=$(du -sb "$dir" | cut -f1)
  /usr/bin/time -f '%e %M' -o "$out/$name.time" "$bin" compile "$dir" >"$out/$name.json" 2>"$out/$name.err" || true
  read -r secs kb <"$out/$name.time"
  events=$(node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log(j.events.length, j.diagnostics.length)' "$out/$name.json")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$(numfmt --to=iec "$size")" "$secs" "$((kb / 1024))" ${events}
done
