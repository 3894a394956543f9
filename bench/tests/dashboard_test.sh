#!/usr/bin/env bash
# dashboard_test.sh CLAUDELANG SOURCE_DIR WORK_DIR FILTER CHARTS: runs `claudelang bench --quick`
# on the benchmarks FILTER selects, with a copy of the committed history (so that the trend
# charts have several commits), checks that results.json, report.md and dashboard.html are
# written, renders the dashboard in headless Chromium and checks the rendered DOM: the page ran
# its script, and every chart of CHARTS (comma-separated SVG ids) is present and drawn.
# Leaves WORK_DIR/dashboard.png, a screenshot. Exit 77 (skipped) when Chromium is missing.
set -u
claudelang=$1
source_dir=$2
work=$3
filter=$4
charts=$5

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium); the dashboard is not rendered"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work/history"
cp "$source_dir"/bench/history/*.json "$work/history/" 2> /dev/null
"$claudelang" bench --quick --filter "$filter" --history "$work/history" --out "$work/out" \
  --quiet || echo "note: some benchmark check failed (see $work/out/report.md)"
for f in results.json report.md dashboard.html; do
  [ -s "$work/out/$f" ] || { echo "FAIL: bench --quick --out did not write $f"; exit 1; }
done
# Self-contained: no address but the SVG namespace name (which is never fetched).
links=$(grep -o -E '(https?:)?//[a-zA-Z0-9.-]+\.[a-z]{2,}[^"'"'"' )]*' "$work/out/dashboard.html" |
        grep -v '^http://www.w3.org/2000/svg$')
if [ -n "$links" ]; then
  echo "FAIL: the dashboard refers to the network:"
  echo "$links" | head
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
       --user-data-dir="$profile" --virtual-time-budget=5000)
url="file://$work/out/dashboard.html"
timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" > "$work/dom.html" 2> "$work/chromium.log"
timeout 120 "$chromium" "${flags[@]}" --hide-scrollbars --window-size=1400,2400 \
  --screenshot="$work/dashboard.png" "$url" >> "$work/chromium.log" 2>&1
if [ ! -s "$work/dom.html" ]; then
  cat "$work/chromium.log"
  echo "FAIL: chromium dumped no DOM"
  exit 1
fi
[ -s "$work/dashboard.png" ] || { echo "FAIL: no screenshot"; exit 1; }

python3 - "$work/dom.html" "$charts" <<'PY'
import sys
from html.parser import HTMLParser

# Counts, for every <svg id=...>, the drawing elements inside it.
class Charts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.charts, self.rendered = [], {}, False
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body" and attrs.get("data-rendered") == "yes":
            self.rendered = True
        if tag == "svg" and attrs.get("id"):
            self.stack.append(attrs["id"])
            self.charts.setdefault(attrs["id"], 0)
        elif self.stack and tag in ("rect", "path", "circle", "line"):
            self.charts[self.stack[-1]] += 1
    def handle_endtag(self, tag):
        if tag == "svg" and self.stack:
            self.stack.pop()

page = Charts()
page.feed(open(sys.argv[1], encoding="utf-8").read())
if not page.rendered:
    sys.exit("FAIL: the dashboard's script did not finish (no data-rendered on <body>)")
missing = [c for c in sys.argv[2].split(",") if page.charts.get(c, 0) < 3]
for name, count in sorted(page.charts.items()):
    print(f"  {name}: {count} drawing elements")
if missing:
    sys.exit("FAIL: charts missing or empty: " + ", ".join(missing))
print("PASS: the dashboard renders with its charts")
PY
