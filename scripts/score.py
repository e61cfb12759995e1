#!/usr/bin/env python3
"""Scores `minutes extract` records against gold-format fact files.

Usage: scripts/score.py RECORDS.jsonl FACTS.json... [-v]

A record is matched to a facts file by the file stem (000.txt <-> 000.json,
x.txt <-> x.facts.json). For each field the script computes precision, recall
and F1 over normalised values; the macro-F1 is the mean over fields and
documents. The mapping from a record to gold terms:
  attendees   = attendance with status present/in_attendance/substitute/observer (names)
  apologies   = attendance with status apologies (names)
  items       = (number, title) of each item (None for non-minutes gold)
  resolutions = (item number, label, text) of each leaf clause, or of the
                decision itself when it has no clauses
  percentages = value of each percentage
  date, body  = exact match (case-insensitive for body)
"""
import json, re, sys, os
from difflib import SequenceMatcher

def norm(s):
    s = (s or "").lower()
    s = re.sub(r"[‘’`']", "'", s)
    s = re.sub(r"[^\w' ]+", " ", s)
    return " ".join(s.split())

def sim(a, b):
    return SequenceMatcher(None, norm(a), norm(b)).ratio()

def prf(pred, gold, match):
    if not pred and not gold:
        return None
    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and match(p, g):
                used.add(i); tp += 1; break
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 0.0 if p + r == 0 else 2 * p * r / (p + r), [x for i, x in enumerate(pred) if i not in used], gold_missing(gold, pred, match)

def gold_missing(gold, pred, match):
    out, used = [], set()
    for g in gold:
        hit = False
        for i, p in enumerate(pred):
            if i not in used and match(p, g):
                used.add(i); hit = True; break
        if not hit:
            out.append(g)
    return out

def leaves(clauses, path=""):
    """Leaf clauses with dotted path labels ("a.i" for (i) under (a))."""
    for c in clauses:
        label = path + c["label"]
        if c["clauses"]:
            yield from leaves(c["clauses"], label + ".")
        else:
            yield dict(c, label=label)

def to_gold(rec):
    att = [a for a in rec["attendance"] if a["status"] in ("present", "in_attendance", "substitute", "observer")]
    apo = [a["name"] for a in rec["attendance"] if a["status"] == "apologies"]
    res = []
    for it in rec["items"]:
        for d in it["decisions"]:
            ls = list(leaves(d["clauses"]))
            if ls:
                res += [{"item": it["number"], "label": c["label"], "text": c["text"]} for c in ls]
            else:
                res.append({"item": it["number"], "label": None, "text": d["text"]})
    return {
        "is_minutes": rec["kind"] == "minutes",
        "body": rec["meeting"]["body"], "date": rec["meeting"]["date"],
        "attendees": [{"name": a["name"], "role": a["role"]} for a in att],
        "apologies": apo,
        "items": [{"number": i["number"], "title": i["title"]} for i in rec["items"]],
        "resolutions": res,
        # A range counts as both its ends; percentage points are differences, not shares.
        "percentages": [{"value": v, "raw": p["raw"]} for p in rec["percentages"]
                        if p["kind"] == "percent"
                        for v in ([p["value"]] + ([p["range_to"]] if p["range_to"] is not None else []))],
    }

def score(pred, gold, verbose, name):
    fields = {}
    def put(k, v):
        if v is not None:
            fields[k] = v
    put("is_minutes", (1.0 if pred["is_minutes"] == gold.get("is_minutes", True) else 0.0, [], []))
    put("date", (1.0 if pred["date"] == gold.get("date") else 0.0, [pred["date"]], [gold.get("date")]) )
    gb = gold.get("body")
    put("body", (1.0 if norm(pred["body"]) == norm(gb) else 0.0, [pred["body"]], [gb]))
    req = [a for a in gold.get("attendees", []) if not a.get("optional")]
    opt = [a for a in gold.get("attendees", []) if a.get("optional")]
    pa = [a for a in pred["attendees"] if not any(norm(a["name"]) == norm(o["name"]) for o in opt)]
    put("attendees", prf(pa, req, lambda p, g: norm(p["name"]) == norm(g["name"])))
    put("roles", prf([a for a in pa if a["role"] in ("chair", "vice_chair")], [a for a in req if a.get("role") in ("chair", "vice_chair")], lambda p, g: norm(p["name"]) == norm(g["name"]) and p["role"] == g["role"]))
    put("apologies", prf(pred["apologies"], gold.get("apologies", []), lambda p, g: norm(p) == norm(g)))
    if gold.get("items") is not None:
        put("items", prf(pred["items"], gold["items"], lambda p, g: (p["number"] or None) == (g["number"] or None) and sim(p["title"], g["title"]) > 0.9))
    put("resolutions", prf(pred["resolutions"], gold.get("resolutions", []), lambda p, g: (p["label"] or None) == (g["label"] or None) and sim(p["text"], g["text"]) > 0.85))
    put("percentages", prf(pred["percentages"], gold.get("percentages", []), lambda p, g: abs(p["value"] - g["value"]) < 1e-6))
    if verbose:
        for k, v in fields.items():
            if v[0] < 1.0:
                print(f"  {name} {k}: {v[0]:.2f}")
                if v[1]: print(f"     extra: {v[1][:6]}")
                if v[2]: print(f"     missing: {v[2][:6]}")
    return {k: v[0] for k, v in fields.items()}

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    recs = {}
    with open(args[0]) as f:
        for line in f:
            r = json.loads(line)
            stem = os.path.basename(r["source"]["path"]).split(".")[0]
            recs[stem] = r
    allf = {}
    docs = []
    for gpath in args[1:]:
        stem = os.path.basename(gpath).split(".")[0]
        gold = json.load(open(gpath))
        if stem not in recs:
            print(f"{stem}: no record"); continue
        s = score(to_gold(recs[stem]), gold, verbose, stem)
        m = sum(s.values()) / len(s)
        docs.append(m)
        print(f"{stem:40s} {m:.3f}  " + " ".join(f"{k}={v:.2f}" for k, v in s.items() if v < 1))
        for k, v in s.items():
            allf.setdefault(k, []).append(v)
    print("fields: " + " ".join(f"{k}={sum(v)/len(v):.3f}" for k, v in allf.items()))
    if docs:
        print(f"macro-F1 over {len(docs)} documents: {sum(docs)/len(docs):.3f}")

if __name__ == "__main__":
    main()
