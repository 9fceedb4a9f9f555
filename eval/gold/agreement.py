#!/usr/bin/env python3
"""Agreement between two annotators' gold files on the articles both annotated.

    python3 eval/gold/agreement.py A.jsonl B.jsonl

Events are matched as `parley eval events` matches predictions to gold: same article and sentence, same CAMEO root,
same source and target (either way round when either annotator marked the event symmetric); one-to-one. Prints, for
the shared articles, how many events each annotator has, the matched pairs, and F1 at the CAMEO root and for the
exact code (the harmonic mean of the two annotators' match rates, which treats neither as the reference).
Standard library only.
"""
import json
import sys
from collections import defaultdict


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same_actors(a, b):
    if a.get("source") == b.get("source") and a.get("target") == b.get("target"):
        return True
    symmetric = a.get("symmetric") or b.get("symmetric")
    return bool(symmetric) and a.get("source") == b.get("target") and a.get("target") == b.get("source")


def match(first, second, exact):
    """Size of a maximum one-to-one matching (augmenting paths; sentences are small)."""
    edges = defaultdict(list)
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            if a["cameo"][:2] == b["cameo"][:2] and same_actors(a, b) and (not exact or a["cameo"] == b["cameo"]):
                edges[i].append(j)
    owner = {}

    def augment(i, seen):
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(first)) if augment(i, set()))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    a, b = read(argv[1]), read(argv[2])
    shared = {e["article_id"] for e in a} & {e["article_id"] for e in b}
    a = [e for e in a if e["article_id"] in shared]
    b = [e for e in b if e["article_id"] in shared]
    by_sentence_a, by_sentence_b = defaultdict(list), defaultdict(list)
    for e in a:
        by_sentence_a[(e["article_id"], e["sentence_index"])].append(e)
    for e in b:
        by_sentence_b[(e["article_id"], e["sentence_index"])].append(e)
    root = code = 0
    for key, events in by_sentence_a.items():
        root += match(events, by_sentence_b.get(key, []), exact=False)
        code += match(events, by_sentence_b.get(key, []), exact=True)
    print(f"{len(shared)} shared articles: {len(a)} events in {argv[1]}, {len(b)} in {argv[2]}")
    for name, n in (("CAMEO root", root), ("exact code", code)):
        pa, pb = n / len(a) if a else 0, n / len(b) if b else 0
        f1 = 2 * n / (len(a) + len(b)) if a or b else 0
        print(f"  {name:<11} {n:4} matched   {100 * pa:5.1f} % of the first, {100 * pb:5.1f} % of the second, F1 {100 * f1:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
