#!/usr/bin/env python3
"""Generate the deterministic benchmark corpus for bench/collect.

Python 3 standard library only. The same --mb and --seed always give the same
tree, byte for byte (names, sizes, contents and modification times):

* about 40 % of the bytes in a few large files (default 4), written in 4 MiB
  chunks, mostly pseudo-random with a log-text chunk every eighth MiB;
* the rest in many small files of 1-200 KiB spread over a two-level directory
  tree, about 60 % pseudo-random binary and 40 % log-like text.

Pseudo-random bytes come from SHAKE-128 keyed by the seed and the file (and
chunk) number: deterministic, incompressible and much faster than
random.Random.randbytes. Structure (sizes, kinds, text lines) comes from
random.Random(seed). Files are generated in parallel worker processes; the
result does not depend on scheduling because every file depends only on its
own key.

Usage: make-corpus.py --out DIR [--mb 1024] [--seed 20261128] [--large 4]
The tree is written to DIR.tmp and renamed to DIR when complete.
"""
import argparse
import hashlib
import multiprocessing
import os
import random
import shutil
import sys
import time

KIB = 1024
MIB = 1024 * KIB
CHUNK = 4 * MIB
FIXED_MTIME = 1_767_225_600  # 2026-01-01T00:00:00Z, so the tree is reproducible
SMALL_MIN = 1 * KIB
SMALL_MAX = 200 * KIB

_LINES = None  # per-process pool of log lines


def log_line_pool(seed, count=8192):
    rng = random.Random(f"{seed}/lines")
    hosts = [f"ws-{i:03d}" for i in range(40)] + ["dc01", "fs02", "mail", "proxy"]
    progs = ["sshd", "sudo", "kernel", "systemd", "cron", "nginx", "smbd", "auditd"]
    users = [f"user{i:02d}" for i in range(60)] + ["root", "admin", "backup"]
    verbs = ["Accepted publickey for", "Failed password for", "session opened for user",
             "session closed for user", "COMMAND=/usr/bin/rsync run by",
             "GET /api/v1/items?id=", "POST /login from", "audit: type=SYSCALL uid="]
    lines = []
    for _ in range(count):
        ts = (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
              f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}."
              f"{rng.randint(0, 999999):06d}Z")
        ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        line = (f"{ts} {rng.choice(hosts)} {rng.choice(progs)}[{rng.randint(100, 65000)}]: "
                f"{rng.choice(verbs)} {rng.choice(users)} from {ip} port {rng.randint(1024, 65535)} "
                f"id={rng.getrandbits(64):016x}\n")
        lines.append(line.encode("ascii"))
    return lines


def random_bytes(key, n):
    return hashlib.shake_128(key).digest(n)


def text_bytes(seed, key, n):
    global _LINES
    if _LINES is None:
        _LINES = log_line_pool(seed)
    rng = random.Random(key)
    out = b"".join(rng.choices(_LINES, k=n // 100 + 2))
    while len(out) < n:
        out += b"".join(rng.choices(_LINES, k=64))
    return out[:n]


def write_file(task):
    seed, path, kind, size, key = task
    with open(path, "wb") as f:
        if kind == "large":
            done, chunk_no = 0, 0
            while done < size:
                n = min(CHUNK, size - done)
                ckey = key + b"/" + str(chunk_no).encode()
                # one 4 MiB chunk in eight of text, the rest pseudo-random
                data = text_bytes(seed, ckey, n) if chunk_no % 8 == 7 else random_bytes(ckey, n)
                f.write(data)
                done += n
                chunk_no += 1
        elif kind == "text":
            f.write(text_bytes(seed, key, size))
        else:
            f.write(random_bytes(key, size))
    os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return size


def plan(total, seed, n_large):
    """Return a list of (relative path, kind, size)."""
    rng = random.Random(f"{seed}/plan")
    files = []
    large_total = total * 40 // 100 if n_large > 0 else 0
    for i in range(n_large):
        size = large_total // n_large + (1 if i < large_total % n_large else 0)
        files.append((f"large/image-{i:02d}.raw", "large", size))
    remaining = total - large_total
    bin_ext = [".bin", ".dat", ".jpg", ".db", ".pf", ".evtx"]
    txt_ext = [".log", ".txt", ".csv"]
    n = 0
    while remaining > 0:
        size = rng.randint(SMALL_MIN, SMALL_MAX)
        if remaining - size < SMALL_MIN:
            size = remaining
        kind = "text" if rng.random() < 0.4 else "bin"
        ext = rng.choice(txt_ext if kind == "text" else bin_ext)
        d1, d2 = n % 16, (n // 16) % 16
        files.append((f"tree/d{d1:02d}/s{d2:02d}/f{n:05d}{ext}", kind, size))
        remaining -= size
        n += 1
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=int, default=1024, help="total size in MiB")
    ap.add_argument("--seed", default="20261128")
    ap.add_argument("--large", type=int, default=4, help="number of large files")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if args.mb < 1:
        sys.exit("make-corpus: --mb must be at least 1")

    out = os.path.abspath(args.out)
    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    files = plan(args.mb * MIB, args.seed, args.large)
    dirs = sorted({os.path.dirname(os.path.join(tmp, p)) for p, _, _ in files})
    for d in dirs:
        os.makedirs(d, exist_ok=True)
    tasks = [(args.seed, os.path.join(tmp, p), kind, size, f"{args.seed}/{p}".encode())
             for p, kind, size in files]
    # large files first so the workers finish together
    tasks.sort(key=lambda t: -t[3])
    t0 = time.monotonic()
    with multiprocessing.Pool(args.jobs) as pool:
        written = sum(pool.imap_unordered(write_file, tasks, chunksize=8))
    for d in sorted(dirs + [os.path.join(tmp, "large"), os.path.join(tmp, "tree"), tmp],
                    key=len, reverse=True):
        if os.path.isdir(d):
            os.utime(d, (FIXED_MTIME, FIXED_MTIME))
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    n_large = sum(1 for _, k, _ in files if k == "large")
    print(f"make-corpus: {written} bytes in {len(files)} files "
          f"({n_large} large, {len(files) - n_large} small) in {time.monotonic() - t0:.1f} s -> {out}")


if __name__ == "__main__":
    main()
