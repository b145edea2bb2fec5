#!/usr/bin/env python3
"""Scores entity canonical names and clusters against gold (ANNOTATION.md).

usage: clusters.py --gold GOLD.jsonl --pred PRED.jsonl [--facts-debris]

Correctly found mentions: predicted entities with the gold span and label
(NORP = MISC). On those: the share whose predicted `canonical` equals the
gold one, and pairwise cluster F1 (a pair of mentions is gold-linked when
their gold canonicals are equal, predicted-linked when the predicted
entities share a cluster: the same `canonical`, or the same `clusters` entry
when present). Also counts facts whose number lies in a `debris` span.
"""
import argparse, json, sys
from itertools import combinations

def label(l):
    return "MISC" if l in ("NORP", "MISC") else l

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--min-canonical", type=float, default=0.0)
    ap.add_argument("--min-f1", type=float, default=0.0)
    a = ap.parse_args()
    gold = {}
    for line in open(a.gold, encoding="utf-8"):
        if line.strip():
            d = json.loads(line); gold[d["id"]] = d
    found = right = 0
    tp = fp = fn = 0
    debris_facts = 0
    for line in open(a.pred, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        g = gold.get(p["id"])
        if g is None:
            continue
        cluster_of = {}
        for ci, c in enumerate(p.get("clusters", [])):
            for m in c.get("mentions", []):
                cluster_of[m] = ci
        pred = {(e["start"], e["end"], label(e["label"])): (i, e) for i, e in enumerate(p["entities"])}
        matched = []  # (gold canonical, predicted cluster key)
        for e in g["entities"]:
            hit = pred.get((e["start"], e["end"], label(e["label"])))
            if hit is None:
                continue
            i, pe = hit
            found += 1
            if pe.get("canonical") == e.get("canonical", e["text"]):
                right += 1
            else:
                print(f"  {p['id']}: {e['text']!r} canonical {pe.get('canonical')!r}, gold {e.get('canonical')!r}", file=sys.stderr)
            matched.append((e.get("canonical", e["text"]), cluster_of.get(i, ("c", pe.get("canonical")))))
        for (g1, p1), (g2, p2) in combinations(matched, 2):
            same_g, same_p = g1 == g2, p1 == p2
            tp += same_g and same_p
            fp += same_p and not same_g
            fn += same_g and not same_p
        spans = [(d["start"], d["end"]) for d in p.get("debris", [])]
        for f in p.get("facts", []):
            if any(s <= f["start"] < e for s, e in spans):
                debris_facts += 1
    pct = 100.0 * right / found if found else 0.0
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"canonical: {right}/{found} correctly found mentions = {pct:.2f}%")
    print(f"pairwise clusters: P {prec:.4f} R {rec:.4f} F1 {f1:.4f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"facts inside debris lines: {debris_facts}")
    ok = pct >= a.min_canonical and f1 >= a.min_f1 and debris_facts == 0
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
