#!/usr/bin/env python3
"""Inputs and value scoring for the number layer's evaluations (scripts/eval.sh).

Subcommands:
  recognizers-prepare DATA_DIR OUT_DIR
      Writes OUT_DIR/gold.jsonl (the flat dev cases of the model specs the
      issue names, one line each, ids "<spec>#<index>") and
      OUT_DIR/input.jsonl ({"id", "text", "reference_date"?}) for
      `lede analyze --jsonl`.
  recognizers-values GOLD PRED
      On spans that match strictly (same start, end and class as
      score.py --scheme recognizers counts them), the share whose value is
      right: numbers and units for numeric types, TIMEX values for dates and
      times (any of the gold's alternatives).
  recognizers-errors GOLD PRED [--list]
      The gold spans not matched strictly, counted by why: the span
      conventions where ANNOTATION.md, the seeds or IE-ER decide otherwise
      (`from` and qualifiers outside the span, weekday and part of day
      apart, ...), words that state no number, and the rest; then strict
      P/R/F1 on the spans where the conventions agree (gold spans with a
      convention reason and the predictions overlapping them left out).
      `--list` prints the rest.
  ieer-prepare DEV_DOCUMENTS OUT_INPUT
      {"id", "text", "reference_date"} lines; the reference date is the
      document's own date_time (its dateline metadata).
  seeds-values GOLD PRED
      On strictly matched number spans of the seeds gold: value, unit,
      end_value and counted right.

Only the standard library; nothing here is copied into the repository.
"""
import json
import math
import os
import re
import sys


SPECS = [
    "Number/NumberModel.jsonl",
    "Number/PercentModel.jsonl",
    "Number/OrdinalModel.jsonl",
    "NumberWithUnit/CurrencyModel.jsonl",
    "NumberWithUnit/DimensionModel.jsonl",
    "NumberWithUnit/AgeModel.jsonl",
    "NumberWithUnit/TemperatureModel.jsonl",
    "DateTime/DateTimeModel.jsonl",
]


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[str(d["id"])] = d
    return out


def recognizers_prepare(data_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    with open(os.path.join(out_dir, "gold.jsonl"), "w", encoding="utf-8") as g, open(
        os.path.join(out_dir, "input.jsonl"), "w", encoding="utf-8"
    ) as i:
        for spec in SPECS:
            path = os.path.join(data_dir, "flat", spec)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    d = json.loads(line)
                    g.write(json.dumps(d, ensure_ascii=False) + "\n")
                    inp = {"id": d["id"], "text": d["input"]}
                    ref = d.get("reference_datetime")
                    if ref:
                        inp["reference_date"] = ref[:10]
                    i.write(json.dumps(inp, ensure_ascii=False) + "\n")
                    n += 1
    print(f"recognizers: {n} cases from {len(SPECS)} spec files", file=sys.stderr)


# ---------------------------------------------------------------- classes

def recognizers_class(t):
    t = t.lower()
    if t.startswith("datetimev2."):
        sub = t.split(".", 1)[1]
        if sub == "duration":
            return "DURATION"
        if sub in ("time", "timerange", "datetime", "datetimerange"):
            return "TIME"
        return "DATE"
    return {
        "number": "NUMBER", "ordinal": "ORDINAL", "percentage": "PERCENT",
        "numberrange": "NUMBER", "currency": "MONEY", "dimension": "MEASURE",
        "age": "DURATION", "temperature": "MEASURE", "ordinal.relative": "ORDINAL",
    }.get(t, t.upper())


KIND_CLASS = {
    "date": "DATE", "time": "TIME", "duration": "DURATION", "money": "MONEY",
    "percent": "PERCENT", "quantity": "MEASURE", "count": "NUMBER", "ordinal": "ORDINAL",
}

# ---------------------------------------------------------------- numbers

def num(x):
    if x is None:
        return None
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().rstrip("%").replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def close(a, b, rel=1e-6):
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


# Recognizers unit names -> our canonical symbols.
UNIT_NAMES = {
    "inch": "in", "mile": "mi", "barrel": "bbl", "foot": "ft", "gallon": "gal", "pound": "lb",
    "ton": "t", "metric ton": "t", "mile per hour": "mph", "kilometer": "km", "millimeter": "mm",
    "meter": "m", "decimeter": "dm", "centimeter": "cm", "megabyte": "MB", "gigabyte": "GB",
    "picometer": "pm", "square meter": "m²", "square kilometer": "km²", "microgram": "µg",
    "gram": "g", "kilogram": "kg", "kilometer per hour": "km/h", "cup": "cup",
    "tablespoon": "tbsp", "teaspoon": "tsp", "degree": "°", "c": "°C", "f": "°F",
    "radian": "rad", "year": "year", "day": "day", "month": "month", "week": "week",
    "hour": "hour", "minute": "minute", "second": "second", "dram": "dr",
    "meter per millisecond": "m/ms", "centimeter per millisecond": "cm/ms",
    "kilometer per millisecond": "km/ms", "yard": "yd", "acre": "ac", "hectare": "ha",
    "liter": "L", "milliliter": "mL", "ounce": "oz", "knot": "kn",
}

CURRENCY_NAMES = {
    "dollar": "USD", "united states dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "pound": "GBP", "british pound": "GBP", "euro": "EUR",
    "japanese yen": "JPY", "chinese yuan": "CNY", "swiss franc": "CHF", "cent": "USD",
    "pence": "GBP", "penny": "GBP", "rupee": "INR", "mexican peso": "MXN",
    "georgian lari": "GEL", "turkish lira": "TRY", "bitcoin": "BTC", "satoshi": "BTC",
}
SUBUNIT_NAMES = {"cent", "pence", "penny", "satoshi"}


def money_ok(r, p):
    gv = num(r.get("value"))
    unit = (r.get("unit") or "").lower()
    iso = r.get("iso_currency")
    pv = num(p.get("value"))
    pu = p.get("unit")
    if gv is None:
        return False
    if unit in SUBUNIT_NAMES:
        factor = 1e-8 if unit == "satoshi" else 0.01
        amount_ok = close(pv, gv * factor) or close(pv, gv)
    else:
        amount_ok = close(pv, gv)
    want = iso or CURRENCY_NAMES.get(unit)
    if unit in ("franc",):
        want = None  # which franc the text does not say
    cur_ok = want is None or pu == want or (unit in ("dollar", "cent") and pu in ("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"))
    return amount_ok and cur_ok


def unit_ok(r, p):
    gv = num(r.get("value"))
    pv = num(p.get("value"))
    unit = (r.get("unit") or "").lower()
    want = UNIT_NAMES.get(unit)
    if not close(pv, gv):
        return False
    return want is None or p.get("unit") == want


# ---------------------------------------------------------------- TIMEX

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DUR_UNITS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "WE": 2 * 86400}
DUR_TUNITS = {"H": 3600, "M": 60, "S": 1}
OUR_UNIT_SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 7 * 86400,
    "weekend": 2 * 86400, "fortnight": 14 * 86400, "month": 30 * 86400,
    "quarter": 90 * 86400, "year": 365 * 86400,
    "decade": 3650 * 86400, "century": 36500 * 86400,
}


def iso_duration_seconds(s):
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)(WE|Y|M|W|D))*(?:T(?:(\d+(?:\.\d+)?)([HMS]))*)?", s or "")
    if not m:
        return None
    total = 0.0
    date, _, time = s[1:].partition("T")
    for n, u in re.findall(r"(\d+(?:\.\d+)?)(WE|Y|M|W|D)", date):
        total += float(n) * DUR_UNITS[u]
    for n, u in re.findall(r"(\d+(?:\.\d+)?)([HMS])", time):
        total += float(n) * DUR_TUNITS[u]
    return total


def norm_timex(s):
    """Canonical text for comparison: `XXXX-` years dropped to `--`, times
    as HH:MM[:SS]."""
    s = str(s)
    s = re.sub(r"^XXXX-(\d\d)", r"--\1", s)
    s = re.sub(r"^XXXX-XX-(\d\d)", r"---\1", s)

    def time(m):
        h, mi, se = m.group(1), m.group(2) or "00", m.group(3)
        return "T" + h + ":" + mi + ((":" + se) if se and se != "00" else "")

    s = re.sub(r"T(\d\d)(?::(\d\d))?(?::(\d\d))?$", time, s)
    return s


def our_timex(p):
    """Our value in TIMEX-like spelling."""
    v = str(p.get("value"))
    if v in WEEKDAYS:
        return "XXXX-WXX-%d" % (WEEKDAYS.index(v) + 1)
    if re.fullmatch(r"\d\d:\d\d(:\d\d)?", v):
        return "T" + v
    if re.fullmatch(r"\d{3}", v):  # a decade
        return v
    return v


def period_bounds(v):
    """Our period values as Recognizers writes them: (first day, first day
    after): `2019-Q3` → (2019-07-01, 2019-10-01); `199` (the 1990s) →
    (1990-01-01, 2000-01-01); `14` (the 15th century); `2019-H2`."""
    v = str(v)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        start = f"{y:04d}-{3 * q - 2:02d}-01"
        end = f"{y + (q == 4):04d}-{(3 * q) % 12 + 1:02d}-01"
        return start, end
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return (f"{y:04d}-01-01", f"{y:04d}-07-01") if h == 1 else (f"{y:04d}-07-01", f"{y + 1:04d}-01-01")
    m = re.fullmatch(r"(\d{3})", v)
    if m:
        d = int(v)
        return f"{d * 10:04d}-01-01", f"{d * 10 + 10:04d}-01-01"
    m = re.fullmatch(r"(\d{2})", v)
    if m:
        c = int(v)
        return f"{c * 100:04d}-01-01", f"{c * 100 + 100:04d}-01-01"
    return None


def timex_ok(r, p):
    kind = p.get("kind")
    alts = r.get("timex") or []
    sub = r["type"].split(".")[-1]
    if kind == "duration" or sub == "duration":
        secs = None
        pv = num(p.get("value"))
        if pv is not None and p.get("unit") in OUR_UNIT_SECONDS:
            secs = pv * OUR_UNIT_SECONDS[p["unit"]]
        for a in alts:
            g = iso_duration_seconds(a)
            if g is not None and secs is not None and close(g, secs, 1e-3):
                return True
        return False
    ours = norm_timex(our_timex(p))
    end = p.get("end_value")
    bounds = period_bounds(p.get("value")) if end is None else None
    for a in alts:
        a = str(a)
        if a.startswith("(") and a.endswith(")"):
            parts = a[1:-1].split(",")
            if bounds and len(parts) >= 2 and (parts[0], parts[1]) == bounds:
                return True
            if len(parts) >= 2 and end is not None:
                gs, ge = norm_timex(parts[0]), norm_timex(parts[1])
                oe = norm_timex(our_timex({"value": end}))
                if timex_prefix(ours, gs) and timex_prefix(oe, ge, end=True):
                    return True
            continue
        if norm_timex(a) == ours:
            return True
    return False


def timex_prefix(ours, gold, end=False):
    """Our partial value `2014` against gold `2014-01-01` (range bounds are
    written as full days by Recognizers)."""
    if ours == gold:
        return True
    if not gold.startswith(ours):
        # Recognizers ends a range at the first day after it: 2018-01-01 for
        # `2014-2018`, 2015-04-01 for `January to April 2015`.
        return False
    rest = gold[len(ours):]
    return re.fullmatch(r"(-01)*(-01)?", rest) is not None or rest.startswith("T")


def value_ok(r, p):
    t = r["type"].lower()
    if t.startswith("datetimev2"):
        return timex_ok(r, p)
    if t == "currency":
        return money_ok(r, p)
    if t in ("dimension", "temperature", "age"):
        if t == "age":
            gv, pv = num(r.get("value")), num(p.get("value"))
            return close(gv, pv) and UNIT_NAMES.get((r.get("unit") or "").lower()) == p.get("unit")
        return unit_ok(r, p)
    gv = num(r.get("value"))
    return close(num(p.get("value")), gv)


def recognizers_values(gold_path, pred_path):
    gold, pred = load(gold_path), load(pred_path)
    per = {}
    for gid, g in gold.items():
        p = pred.get(gid)
        if not p:
            continue
        ours = {}
        for n in p.get("numbers", []):
            c = KIND_CLASS.get(n.get("kind"))
            if c:
                ours[(n["start"], n["end"], c)] = n
        for r in g.get("results", []):
            key = (r["start"], r["end"], recognizers_class(r["type"]))
            n = ours.get(key)
            if n is None:
                continue
            row = per.setdefault(key[2], [0, 0, []])
            row[0] += 1
            if value_ok(r, n):
                row[1] += 1
            else:
                row[2].append((gid, r.get("text"), r.get("value") or r.get("timex"), r.get("unit"), n.get("value"), n.get("end_value"), n.get("unit")))
    tot = [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
    print(f"{'class':10} {'matched':>8} {'value ok':>9} {'share':>7}")
    for c in sorted(per):
        m, ok, _ = per[c]
        print(f"{c:10} {m:8d} {ok:9d} {ok / m if m else 0:7.3f}")
    print(f"{'all':10} {tot[0]:8d} {tot[1]:9d} {tot[1] / tot[0] if tot[0] else 0:7.3f}")
    if os.environ.get("LEDE_EVAL_VERBOSE"):
        for c in sorted(per):
            for x in per[c][2]:
                print("  wrong", c, x)


# ------------------------------------------------- errors by convention

QUALIFIER_START = (r"(since|until|till|after|before|by|more than|less than|not less than|no later than|"
                   r"later than|greater than|as early as|as late as|around|circa|starting|any time from|"
                   r"within|> =|earlier|about)\b")
DAY_WORD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|next evening)"
NO_NUMBER = (r"(now|at present|at this time|at the present time|at the minute|lunchtime|at lunchtime|"
             r"after breakfast|after dinner|after dinnertime|afternoon|in the daytime|same month|same year|"
             r"the month|the day|the year|that weekend|weekends?|all weekends|mornings|daily|everyday|annual|"
             r"semiannual|bi-monthly|the hour|a day|next hour|year to date|till date|otd|the eod|end of day|"
             r"year \d+|school year \d+|this school year|[cs]y ?\d+|week \d+|week \d+ of \d+|\w+ afternoons)")

CONVENTIONS = {
    "from": "'from' inside the span (seeds: from [Jan. 5 to 7])",
    "qualifier": "qualifier inside the span (README, IE-ER: more than [20 years], since [1991])",
    "preposition": "preposition inside the span (seeds: on [Feb 27])",
    "modifier": "period modifier inside the span (IE-ER: late [1990s]; seeds: late [Tuesday])",
    "day_part": "weekday or day and part of day as one time (IE-ER: [Thursday] night)",
    "span": "span of time as a date (IE-ER: over the last [two years] is a duration)",
    "narrative": "offset from the story's time (`30 minutes later`, `the next day`): not resolvable",
    "no_number": "no number stated: generic or deictic word (`now`, `weekend`, `annual`)",
    "inside": "number inside a date, money or duration (ANNOTATION: the larger mention)",
    "address": "IP address, phone number, URL (ANNOTATION: not numbers)",
    "relative_ordinal": "`next`, `last`, `current` as ordinals (not numbers in news)",
    "unit_alone": "a unit without a number (`dollar`, `celsius`)",
}


def convention(spec, text, input_text, pred_numbers, start, end, families):
    """Why a gold span is not ours by convention, or None."""
    low = text.lower()
    if "DateTime" not in spec:
        if re.fullmatch(r"(next|last|previous|current|current one|next to last|the one before the last one)", low):
            return "relative_ordinal"
        if re.fullmatch(r"(dollar|celsius|fahrenheit|farenheit|gramme|metric ton|percentage)", low):
            return "unit_alone"
        ours = [n for n in pred_numbers if n["start"] < end and start < n["end"]]
        if ours and any(KIND_CLASS.get(n.get("kind")) not in families for n in ours):
            return "inside"
        if re.search(r"\d+\.\d+\.\d+\.\d+|phone|\+\d-", input_text):
            return "address"
        return None
    if re.search(r"(www\.|\.html|/users/)", input_text) or re.fullmatch(r"-\d{4}-\d\d-\d\d-", input_text.strip()):
        return "address"
    if re.match(r"from\b", low):
        return "from"
    if re.match(QUALIFIER_START, low) or re.search(r"\b(or later|and after)$", low) \
            or re.search(r" (before|by|later than|around|after) ", low):
        return "qualifier"
    if re.match(r"(on|for|at|in) ", low) and not re.match(r"in \d+ (minutes?|days?)$", low):
        return "preposition"
    if re.search(r"\b(end of|beginning of|middle of|mid\b|mid-|eod|end of day|later in|early in|late evening)", low):
        return "modifier"
    if re.search(DAY_WORD + r".*\b(morning|afternoon|evening|night|am|pm)s?\b", low) or low.startswith("next evening"):
        return "day_part"
    if re.match(r"(last|past|next|coming|upcoming|\d+ next|\d+ upcoming|\d+ last)\b", low) \
            and re.search(r"(days|weeks|months|quarters|fortnight|minutes|couple)", low):
        return "span"
    if re.search(r"\blater$|^the day (before|after)$|^the next day$", low):
        return "narrative"
    if re.fullmatch(NO_NUMBER, low):
        return "no_number"
    return None


def recognizers_errors(gold_path, pred_path, listing=False):
    gold, pred = load(gold_path), load(pred_path)
    families = {}
    for g in gold.values():
        families.setdefault(g.get("spec"), set()).update(recognizers_class(r["type"]) for r in g["results"])
    counts, rest = {}, []
    tp = fp = fn = 0
    for gid, g in gold.items():
        p = pred.get(gid, {})
        numbers = p.get("numbers", [])
        gs = {(r["start"], r["end"], recognizers_class(r["type"])) for r in g["results"]}
        fams = families.get(g.get("spec"), set()) | {c for (_, _, c) in gs}
        ps = {(n["start"], n["end"], KIND_CLASS.get(n.get("kind"))) for n in numbers}
        ps = {x for x in ps if x[2] in fams}
        text = g["input"]
        dropped = set()
        for x in gs - ps:
            why = convention(g.get("spec", ""), text[x[0]:x[1]], text, numbers, x[0], x[1], fams)
            key = why or "rest"
            counts[key] = counts.get(key, 0) + 1
            if why:
                dropped.add(x)
            else:
                rest.append((gid, text[x[0]:x[1]], x[2]))
        gs2 = gs - dropped
        ps2 = {y for y in ps if not any(x[0] < y[1] and y[0] < x[1] for x in dropped)}
        tp += len(gs2 & ps2)
        fp += len(ps2 - gs2)
        fn += len(gs2 - ps2)
    print(f"{'gold spans not matched, by reason':84} {'count':>6}")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{CONVENTIONS.get(key, 'other: not adopted or not read'):84} {c:6d}")
    print(f"{'all':84} {sum(counts.values()):6d}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"strict on the spans where the conventions agree: gold {tp + fn}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    if listing:
        for r in rest:
            print("  rest", r)


# ---------------------------------------------------------------- IE-ER

def ieer_prepare(docs_path, out_path):
    with open(docs_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as o:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            inp = {"id": d["id"], "text": d["text"]}
            m = re.match(r"(\d\d)/(\d\d)/(\d{4})", d.get("date_time") or "")
            if m:
                inp["reference_date"] = f"{m.group(3)}-{m.group(1)}-{m.group(2)}"
            o.write(json.dumps(inp, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- seeds

def same_value(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return close(float(a), float(b))
    return a == b


def seeds_values(gold_path, pred_path):
    gold, pred = load(gold_path), load(pred_path)
    matched = ok = 0
    wrong = []
    for gid, g in gold.items():
        p = pred.get(gid, {})
        ours = {(n["start"], n["end"], n.get("kind")): n for n in p.get("numbers", [])}
        for n in g.get("numbers", []):
            q = ours.get((n["start"], n["end"], n["kind"]))
            if q is None:
                continue
            matched += 1
            good = same_value(n["value"], q.get("value"))
            for field in ("unit", "end_value", "counted"):
                if field in n and not same_value(n[field], q.get(field)):
                    good = False
            if good:
                ok += 1
            else:
                wrong.append((n["text"], n, q))
    print(f"seeds numbers: {matched} matched spans, {ok} with value/unit/end_value/counted right"
          f" ({ok / matched if matched else 0:.3f})")
    for w in wrong:
        print("  wrong", w[0], {k: w[1].get(k) for k in ("value", "unit", "end_value", "counted")},
              {k: w[2].get(k) for k in ("value", "unit", "end_value", "counted")})


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "recognizers-prepare":
        recognizers_prepare(*args)
    elif cmd == "recognizers-values":
        recognizers_values(*args)
    elif cmd == "recognizers-errors":
        recognizers_errors(args[0], args[1], "--list" in args[2:])
    elif cmd == "ieer-prepare":
        ieer_prepare(*args)
    elif cmd == "seeds-values":
        seeds_values(*args)
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
