#!/usr/bin/env python3
"""Check the gold event file: one JSON object per line, required fields, valid codes.

Usage: python3 eval/gold/check_gold.py [events-dev.jsonl] [--conllu FILE ...]

Without --conllu it checks the structure only: every line is JSON, every required field is
there with a value of the right kind, CAMEO codes exist in dictionaries/cameo.yaml, actor and
location codes exist in dictionaries/countries.yaml (or are IGO / NGO / IMG), dates are
YYYY, YYYY-MM or YYYY-MM-DD. With --conllu (the output of `parley annotate` on the stories),
it also checks that each sentence exists and that source_text, target_text and trigger occur in
its `# text`. Standard library only; exit code 1 when anything is wrong.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ["article_id", "sentence_index", "source", "target", "cameo", "modality", "event_date",
            "date_basis", "location", "source_text", "target_text", "trigger", "attribution"]
OPTIONAL = ["location_name", "symmetric", "note"]
MODALITIES = {"asserted", "future", "hypothetical", "negated"}
INTERNATIONAL = {"IGO", "NGO", "IMG"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def cameo_codes():
    text = (ROOT / "dictionaries" / "cameo.yaml").read_text(encoding="utf-8")
    return set(re.findall(r'\{code:\s*"(\d{2,4})"', text))


def country_codes():
    text = (ROOT / "dictionaries" / "countries.yaml").read_text(encoding="utf-8")
    section = text.split("\nseats_of_power:")[0]
    return set(re.findall(r"^\s*-\s*\{code:\s*([A-Z]{3})\b", section, re.M))


def sentences(paths):
    """(article id, 0-based sentence index) -> sentence text, from CoNLL-U comments."""
    out, doc, sid = {}, None, None
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id ="):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id ="):
                sid = int(line.split("=", 1)[1].strip().rsplit("-", 1)[1]) - 1
            elif line.startswith("# text =") and doc is not None:
                out[(doc, sid)] = line.split("=", 1)[1].strip()
    return out


def check(path, conllu):
    cameo, countries = cameo_codes(), country_codes()
    actors = countries | INTERNATIONAL
    text = sentences(conllu) if conllu else None
    problems, events = [], []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        def bad(msg):
            problems.append(f"{path}:{n}: {msg}")
        if not line.strip():
            bad("empty line")
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as err:
            bad(f"not JSON: {err}")
            continue
        if not isinstance(e, dict):
            bad("not an object")
            continue
        events.append(e)
        for k in REQUIRED:
            if k not in e:
                bad(f"missing {k}")
        for k in e:
            if k not in REQUIRED and k not in OPTIONAL:
                bad(f"unknown field {k}")
        if not isinstance(e.get("article_id"), str) or not e.get("article_id"):
            bad("article_id must be a non-empty string")
        if not isinstance(e.get("sentence_index"), int) or e.get("sentence_index", -1) < 0:
            bad("sentence_index must be an integer >= 0")
        if e.get("cameo") not in cameo or len(str(e.get("cameo"))) < 3:
            bad(f"cameo {e.get('cameo')!r} is not a 3- or 4-digit code of cameo.yaml")
        for k in ("source", "target"):
            if e.get(k) is not None and e[k] not in actors:
                bad(f"{k} {e[k]!r} is not a country code or IGO/NGO/IMG")
        if e.get("source") is None and e.get("target") is None:
            bad("source and target are both null")
        if e.get("location") is not None and e["location"] not in countries:
            bad(f"location {e['location']!r} is not a country code")
        if e.get("modality") not in MODALITIES:
            bad(f"modality {e.get('modality')!r}")
        if not isinstance(e.get("event_date"), str) or not DATE.match(e["event_date"]):
            bad(f"event_date {e.get('event_date')!r}")
        if e.get("date_basis") not in ("text", "article"):
            bad(f"date_basis {e.get('date_basis')!r}")
        if "symmetric" in e and e["symmetric"] is not True:
            bad("symmetric is written only as true")
        if e.get("symmetric") and e.get("target") is None and e.get("target_text") is None:
            bad("a symmetric event needs a second party")
        for k in ("source_text", "target_text", "attribution", "location_name", "note"):
            if e.get(k) is not None and (not isinstance(e[k], str) or not e[k].strip()):
                bad(f"{k} must be null or a non-empty string")
        if not isinstance(e.get("trigger"), str) or not e.get("trigger", "").strip():
            bad("trigger must be a non-empty string")
        for k in ("source_text", "target_text", "trigger"):
            if isinstance(e.get(k), str) and len(e[k].split()) > 8:
                bad(f"{k} is long ({len(e[k].split())} words): keep spans short")
        if text is not None and isinstance(e.get("sentence_index"), int):
            s = text.get((e.get("article_id"), e["sentence_index"]))
            if s is None:
                bad(f"no sentence {e['sentence_index']} in article {e.get('article_id')}")
            else:
                for k in ("source_text", "target_text", "trigger"):
                    v = e.get(k)
                    if isinstance(v, str) and not all(p.strip() in s for p in v.split("...")):
                        bad(f"{k} {v!r} not found in the sentence")
    seen = Counter((e.get("article_id"), e.get("sentence_index"), e.get("trigger"), e.get("cameo"),
                    e.get("source_text"), e.get("target_text"), e.get("source"), e.get("target")) for e in events)
    for key, c in seen.items():
        if c > 1:
            problems.append(f"{path}: duplicate event {key}")
    return events, problems


def main(argv):
    args = argv[1:]
    conllu = []
    if "--conllu" in args:
        i = args.index("--conllu")
        conllu, args = args[i + 1:], args[:i]
    path = args[0] if args else str(Path(__file__).with_name("events-dev.jsonl"))
    events, problems = check(path, conllu)
    for p in problems:
        print(p)
    roots = Counter(str(e.get("cameo", ""))[:2] for e in events)
    modes = Counter(e.get("modality") for e in events)
    arts = {e.get("article_id") for e in events}
    print(f"{len(events)} events, {len(arts)} articles, {len(problems)} problems")
    print("roots: " + ", ".join(f"{k}:{v}" for k, v in sorted(roots.items())))
    print("modality: " + ", ".join(f"{k}:{v}" for k, v in sorted(modes.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
