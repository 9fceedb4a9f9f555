#!/usr/bin/env python3
"""Do the coder's actors have the gold's countries? Source and target country agreement on matched events.

    python3 eval/gold/country_agreement.py GOLD.jsonl PRED.jsonl [--list]

PRED is what `parley code --format jsonl` writes. Events are matched one-to-one within a sentence by CAMEO root
alone (not by countries, unlike `parley eval events`): as many pairs as possible, then as many whose countries
agree, then as many with the same code. A pair agrees when the prediction's source and target countries are the
gold's, compared as `parley eval events` compares them: a predicted actor's country, else IGO/NGO/IMG/MNC/UAF from
its code; either way round for a symmetric gold event; an agentless prediction agrees on the source with a gold
event whose agent the annotator inferred (no source text). Prints the share of pairs that agree, the share of
actor slots that agree, and the share of slots where both name a country; --list shows each pair that does not.
Standard library only.
"""
import json
import sys
from collections import defaultdict
from functools import lru_cache

INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "UAF"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def country(actor):
    if actor is None:
        return None
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code") or ""
    return code[:3] if code[:3] in INTERNATIONAL else None


def implicit_agent(gold, pred):
    return pred["source"] is None and gold.get("source_text") is None


def agrees(gold, pred):
    source, target = country(pred["source"]), country(pred["target"])
    return ((gold["source"] == source and gold["target"] == target)
            or (bool(gold.get("symmetric")) and gold["source"] == target and gold["target"] == source)
            or (implicit_agent(gold, pred) and gold["target"] == target))


def pair(golds, preds):
    """The best one-to-one pairing of one sentence's events with the same CAMEO root (exhaustive: sentences are short)."""
    @lru_cache(maxsize=None)
    def best(i, used):
        if i == len(golds):
            return (0, 0, 0), ()
        score, pairs = best(i + 1, used)
        for j, p in enumerate(preds):
            if used & (1 << j) or p["cameo"][:2] != golds[i]["cameo"][:2]:
                continue
            (n, a, c), rest = best(i + 1, used | (1 << j))
            candidate = (n + 1, a + agrees(golds[i], p), c + (golds[i]["cameo"] == p["cameo"]))
            if candidate > score:
                score, pairs = candidate, ((i, j),) + rest
        return score, pairs
    return [(golds[i], preds[j]) for i, j in best(0, 0)[1]]


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    gold, pred = read(argv[1]), read(argv[2])
    articles = {g["article_id"] for g in gold}
    by_sentence = defaultdict(lambda: ([], []))
    for g in gold:
        by_sentence[(g["article_id"], g["sentence_index"])][0].append(g)
    for p in pred:
        if p["article_id"] in articles:
            by_sentence[(p["article_id"], p["sentence_index"])][1].append(p)
    pairs = [pr for golds, preds in by_sentence.values() for pr in pair(golds, preds)]
    n = len(pairs)
    both = sum(agrees(g, p) for g, p in pairs)
    slots = right = named = named_right = 0
    for g, p in pairs:
        for slot in ("source", "target"):
            predicted = country(p[slot])
            same = g[slot] == predicted or (slot == "source" and implicit_agent(g, p))
            slots += 1
            right += same
            if g[slot] is not None and predicted is not None:
                named += 1
                named_right += same
    pct = lambda a, b: f"{a} / {b} = {100 * a / b:.1f} %" if b else "0 / 0"
    print(f"{len(gold)} gold events; {n} matched to predictions by sentence and CAMEO root")
    print(f"source and target countries agree:    {pct(both, n)}")
    print(f"actor slots that agree:                {pct(right, slots)}")
    print(f"slots where both name a country:       {pct(named_right, named)}")
    if "--list" in argv:
        def show(actor):
            return "-" if actor is None else f'{actor["text"]} [{actor.get("code")}, {actor.get("basis")}]'
        for g, p in pairs:
            if not agrees(g, p):
                print(f'\n{g["article_id"]} s{g["sentence_index"]} {g["cameo"]}: gold {g["source"]} -> {g["target"]} '
                      f'({g.get("source_text")} / {g.get("target_text")}){" symmetric" if g.get("symmetric") else ""}')
                print(f'  coded {p["cameo"]}: {country(p["source"])} -> {country(p["target"])}  '
                      f'{show(p["source"])} / {show(p["target"])}  trigger "{p["trigger"]["text"]}"')


if __name__ == "__main__":
    main(sys.argv)
