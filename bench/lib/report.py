#!/usr/bin/env python3
"""Summarise the raw measurements of bench/collect (python3 stdlib only).

Reads WORK/raw/<tool>.tsv (lines "run seconds maxrss_kib"), WORK/gc/*.log
(unified JVM GC logs of the scelle runs) and WORK/machine.txt; prints a plain
table to stdout and writes the same as markdown to the file given by --md.
"""
import argparse
import glob
import os
import re
import statistics

TOOLS = [
    ("hashdeep", "hashdeep -c md5,sha1,sha256 -r"),
    ("openssl-md5", "find | xargs cat | openssl dgst -md5"),
    ("scelle", "scelle collect (copy + md5/sha1/sha256 + records + ledger)"),
]
UNIT = {"B": 1 / 1024 / 1024, "K": 1 / 1024, "M": 1.0, "G": 1024.0, "T": 1024.0 * 1024}
GC_RE = re.compile(r"(\d+(?:\.\d+)?)([BKMGT])->(\d+(?:\.\d+)?)([BKMGT])\((\d+(?:\.\d+)?)([BKMGT])\)")


def read_runs(path):
    runs = []
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    runs.append((int(parts[0]), float(parts[1]), int(parts[2])))
    return runs


def gc_peak(gc_dir):
    """(peak heap used before a GC, largest heap capacity seen, GC lines) in MiB."""
    peak, cap, lines = None, None, 0
    for path in glob.glob(os.path.join(gc_dir, "*.log")):
        with open(path, errors="replace") as f:
            for line in f:
                for m in GC_RE.finditer(line):
                    lines += 1
                    before = float(m.group(1)) * UNIT[m.group(2)]
                    after = float(m.group(3)) * UNIT[m.group(4)]
                    capacity = float(m.group(5)) * UNIT[m.group(6)]
                    peak = max(peak or 0.0, before, after)
                    cap = max(cap or 0.0, capacity)
    return peak, cap, lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--bytes", type=int, required=True)
    ap.add_argument("--files", type=int, required=True)
    ap.add_argument("--runs", type=int, required=True)
    ap.add_argument("--skip-scelle", action="store_true")
    ap.add_argument("--heap-limit-mib", type=float, default=256.0)
    ap.add_argument("--md", required=True)
    a = ap.parse_args()

    mib = a.bytes / 1024 / 1024
    med = {}
    rows = []
    for tool, desc in TOOLS:
        runs = read_runs(os.path.join(a.work, "raw", tool + ".tsv"))
        if tool == "scelle" and a.skip_scelle:
            rows.append((tool, "skipped", "-", "-", "-", desc))
            continue
        if not runs:
            rows.append((tool, "no data", "-", "-", "-", desc))
            continue
        secs = statistics.median(r[1] for r in runs)
        med[tool] = secs
        rss = max(r[2] for r in runs) / 1024
        all_secs = " ".join(f"{r[1]:.2f}" for r in runs)
        rows.append((tool, f"{secs:.2f}", f"{mib / secs:.0f}" if secs > 0 else "inf",
                     f"{rss:.0f} MiB", all_secs, desc))

    def verdict(ok):
        return "PASS" if ok else "FAIL"

    targets = []
    if "scelle" in med and "hashdeep" in med and med["scelle"] > 0:
        r = med["hashdeep"] / med["scelle"]
        targets.append(("hashdeep / scelle (time)", f"{r:.2f}", ">= 3.0", verdict(r >= 3.0)))
    else:
        targets.append(("hashdeep / scelle (time)", "n/a", ">= 3.0", "n/a (scelle skipped)"))
    if "scelle" in med and "openssl-md5" in med and med["openssl-md5"] > 0:
        r = med["scelle"] / med["openssl-md5"]
        targets.append(("scelle / openssl-md5 (time)", f"{r:.2f}", "<= 1.5", verdict(r <= 1.5)))
    else:
        targets.append(("scelle / openssl-md5 (time)", "n/a", "<= 1.5", "n/a (scelle skipped)"))
    if a.skip_scelle:
        targets.append(("scelle peak heap", "n/a", f"< {a.heap_limit_mib:.0f} MiB", "n/a (scelle skipped)"))
    else:
        peak, cap, n = gc_peak(os.path.join(a.work, "gc"))
        if peak is None:
            targets.append(("scelle peak heap", "no GC logged (heap stayed below its initial size)",
                            f"< {a.heap_limit_mib:.0f} MiB", "PASS (ran under -Xmx256m)"))
        else:
            targets.append(("scelle peak heap (max before-GC used, all runs)",
                            f"{peak:.0f} MiB (heap capacity up to {cap:.0f} MiB, {n} GC events)",
                            f"< {a.heap_limit_mib:.0f} MiB", verdict(peak < a.heap_limit_mib)))

    with open(os.path.join(a.work, "machine.txt")) as f:
        machine = f.read().rstrip("\n")

    header = ("tool", "median s", "MiB/s", "max RSS", f"all runs (s), n={a.runs}", "what")
    corpus = f"corpus: {a.bytes} bytes ({mib:.0f} MiB) in {a.files} files; page cache warmed with cat before measuring"

    # plain table
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    print(corpus)
    print()
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    print()
    tw = [max(len(t[i]) for t in targets) for i in range(4)]
    for t in targets:
        print("  ".join(c.ljust(w) for c, w in zip(t, tw)).rstrip())
    print()
    print(machine)

    # markdown
    md = ["# scelle collect benchmark", "", corpus + ".", "",
          "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    md += ["| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |" for r in rows]
    md += ["", "| target | measured | goal | verdict |", "|---|---|---|---|"]
    md += ["| " + " | ".join(t) + " |" for t in targets]
    md += ["", "## Machine", "", "```", machine, "```", ""]
    with open(a.md, "w") as f:
        f.write("\n".join(md))


if __name__ == "__main__":
    main()
