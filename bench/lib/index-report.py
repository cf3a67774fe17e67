#!/usr/bin/env python3
"""Summarise and check the measurements of bench/index (python3 stdlib only).

Reads OUT/raw.tsv (lines "name wall_s cpu_s maxrss_kib load_before load_after"), OUT/logs/
(the index JSON summaries, rg's output), OUT/findings.jsonl, OUT/gc/*.log and the corpus's
expected.json; prints a table and writes it as markdown to --md. Exits 1 when the hunt or rg
did not find exactly the planted indicators in exactly the planted records, or when the index
did not hold one event per record.
"""
import argparse
import collections
import glob
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import gc_peak  # noqa: E402  (same directory)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--heap-limit-mib", type=float, required=True)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--md", required=True)
    a = ap.parse_args()
    exp = json.load(open(a.expected))
    runs = collections.defaultdict(list)
    loads = []
    with open(os.path.join(a.out, "raw.tsv")) as f:
        for line in f:
            name, wall, cpu, rss, l0, l1 = line.split()
            runs[name.rsplit("-", 1)[0]].append((float(wall), float(cpu), int(rss)))
            loads += [float(l0), float(l1)]
    mib = exp["bytes"] / 1024 / 1024
    lines = []
    problems = []

    def say(s=""):
        lines.append(s)

    def med(tool, k=0):
        return statistics.median(r[k] for r in runs[tool])

    # index
    summaries = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(a.out, "logs", "index-*.out")))]
    events = summaries[0]["events"] if summaries else 0
    if events != exp["records"]:
        problems.append(f"index: {events} events for {exp['records']} records")
    idx_wall, idx_cpu = med("index"), med("index", 1)
    ev_s = events / idx_wall
    index_kib = int(open(os.path.join(a.out, "index-kib")).read().split()[0])
    heap_index = gc_peak_of(a.out, "index")
    heap_hunt = gc_peak_of(a.out, "hunt")

    # hunt: findings against the planted indicators
    per_value = collections.Counter()
    with open(os.path.join(a.out, "findings.jsonl")) as f:
        for line in f:
            fd = json.loads(line)
            if fd.get("kind") == "ioc":
                per_value[fd["value"]] += 1
    check_found("scelle hunt", per_value, exp, problems)
    # rg: one output line per match "path:line:value"
    rg_value = collections.Counter()
    with open(os.path.join(a.out, "logs", "rg-1.out"), errors="replace") as f:
        for line in f:
            rg_value[line.rstrip("\n").split(":", 2)[2]] += 1
    check_found("rg", rg_value, exp, problems)

    hunt, rg = med("hunt"), med("rg")
    say(f"corpus: {exp['bytes']} bytes ({mib:.0f} MiB), {exp['records']} records in "
        f"{exp['files']} files; {exp['indicators']} indicators, {len(exp['planted'])} planted "
        f"in {exp['plants']} records")
    say(f"load average (1 min) during the timed runs: {min(loads):.2f} to {max(loads):.2f}")
    say()
    say("| step | median wall s | cpu s | max RSS MiB | runs (wall s) |")
    say("|---|---|---|---|---|")
    for tool, desc in [("collect", "scelle collect (once per corpus)"),
                       ("index", f"scelle index --threads {a.threads}"),
                       ("hunt", "scelle hunt, 1,000 indicators"),
                       ("rg", "rg -F -o -n -f indicators.txt")]:
        if runs[tool]:
            say(f"| {desc} | {med(tool):.2f} | {med(tool, 1):.2f} | "
                f"{max(r[2] for r in runs[tool]) / 1024:.0f} | "
                f"{' '.join(f'{r[0]:.2f}' for r in runs[tool])} |")
    say()
    say(f"index: {events} events in {idx_wall:.1f} s = {ev_s:,.0f} events/s, "
        f"{mib / idx_wall:.1f} MiB/s ({idx_cpu:.1f} cpu s, {events / idx_cpu:,.0f} events per cpu s); "
        f"index size {index_kib / 1024:.0f} MiB")
    say(f"hunt: {sum(per_value.values())} findings for {len(per_value)} indicators; "
        f"rg: {sum(rg_value.values())} matches of {len(rg_value)} indicators")
    say(f"peak heap (largest occupancy in the GC logs, a lower bound): index "
        f"{fmt(heap_index)}, hunt {fmt(heap_hunt)}")
    say()
    ratio = rg / hunt if hunt > 0 else float("inf")
    verdict = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731
    say(f"- index >= 50,000 events/s on {a.threads} threads: {ev_s:,.0f} ({verdict(ev_s >= 50000)})")
    say(f"- hunt of 1,000 indicators < 1 s, whole process: {hunt:.2f} s ({verdict(hunt < 1.0)})")
    big = mib >= 10 * 1024 * 0.99
    say(f"- rg / hunt: {ratio:.1f}x" + (f" (target >= 10 on 10 GB: {verdict(ratio >= 10)})" if big
                                        else " (the >= 10x target applies to the 10 GB corpus)"))
    peak = max(x for x in (heap_index, heap_hunt, 0.0) if x is not None)
    say(f"- peak heap < 1 GiB (runs under -Xmx{a.heap_limit_mib:.0f}m): {peak:.0f} MiB "
        f"({verdict(peak < 1024 and a.heap_limit_mib <= 1024)})")
    say(f"- hunt and rg found exactly the planted indicators, in the planted records: "
        f"{'yes' if not problems else 'NO'}")
    for p in problems:
        say(f"  - {p}")
    say()
    say("machine:")
    say("```")
    say(open(os.path.join(a.out, "machine.txt")).read().rstrip())
    say("```")
    text = "\n".join(lines)
    print(text)
    with open(a.md, "w") as f:
        f.write("# bench/index\n\n" + text + "\n")
    print(f"\nwritten: {a.md}")
    sys.exit(1 if problems else 0)


def gc_peak_of(out, phase):
    d = os.path.join(out, "gc", "_" + phase)
    os.makedirs(d, exist_ok=True)
    for p in glob.glob(os.path.join(out, "gc", phase + "-*.log")):
        target = os.path.join(d, os.path.basename(p))
        if not os.path.exists(target):
            os.link(p, target)
    return gc_peak(d)[0]


def fmt(mib):
    return "no GC" if mib is None else f"{mib:.0f} MiB"


def check_found(tool, found, exp, problems):
    planted = exp["planted"]
    extra = sorted(set(found) - set(planted))
    lost = sorted(set(planted) - set(found))
    wrong = sorted(v for v in set(found) & set(planted) if found[v] != planted[v]["records"])
    if extra:
        problems.append(f"{tool}: {len(extra)} unplanted indicators found, e.g. {extra[:3]}")
    if lost:
        problems.append(f"{tool}: {len(lost)} planted indicators missed, e.g. {lost[:3]}")
    if wrong:
        v = wrong[0]
        problems.append(f"{tool}: {len(wrong)} indicators with the wrong number of records, e.g. "
                        f"{v}: {found[v]} instead of {planted[v]['records']}")


if __name__ == "__main__":
    main()
