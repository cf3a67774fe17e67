#!/usr/bin/env python3
"""Deterministic corpus of mixed logs and an indicator feed for bench/index (python3 stdlib only).

Writes, for a size in MiB and a seed:

  OUT/hosts/<HOST>/<log path>     Apache and Nginx combined, RFC 3164 and RFC 5424 syslog,
                                  Windows Firewall pfirewall.log, IIS W3C, Squid, JSON lines
                                  and CSV, in files of about 8 MiB
  OUT/indicators.csv              1,000 indicators (type,value,description): IPv4, domains,
                                  URLs, MD5, SHA-1, SHA-256
  OUT/indicators.txt              the same values, one per line (for rg -F -f)
  OUT/expected.json               records (events) written, bytes, files, and for every
                                  planted indicator the number of records that carry it

A fixed subset of the indicators (PLANTED of them) is planted in PLANTS records spread evenly
over the corpus, whatever its size, each record carrying at most one; the other indicators
appear nowhere. Background values are drawn from ranges the indicators never use (indicator
IPv4 addresses start with 185. or 91. and end in 100-254; background ones never contain
either), so a fixed-string search finds exactly the planted ones too. Same size and seed,
same bytes.
"""
import argparse
import json
import os
import random

FILE_BYTES = 8 * 1024 * 1024
INDICATORS = 1000
PLANTED = 100
PLANTS = 1000
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TLDS = ["com", "net", "org", "info", "ru", "xyz", "top", "biz", "io", "site"]
WORDS = ("update check cdn docs files secure login portal sync cloud mail data store web "
         "static api auth media backup share drive office micro soft live support").split()
BG_DOMAINS = ["www.google.com", "ctldl.windowsupdate.com", "fr.wikipedia.org", "www.has-sante.fr",
              "www.service-public.fr", "login.microsoftonline.com", "outlook.office365.com",
              "www.ameli.fr", "cdn.jsdelivr.net", "ocsp.digicert.com", "www.legifrance.gouv.fr",
              "intranet.chu-valmont.fr", "dpi.chu-valmont.fr", "update.mozilla.org",
              "www.santepubliquefrance.fr", "github.com", "api.github.com", "www.lemonde.fr"]
BG_PATHS = ["/", "/index.html", "/offres-de-soins/", "/venir-au-chu/", "/contact", "/api/v1/status",
            "/static/app.js", "/static/style.css", "/images/logo.png", "/owa/auth.owa",
            "/rendez-vous/", "/recrutement/offres", "/search", "/wp-login.php", "/favicon.ico"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/78.0.3904.97 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/78.0.3904.96 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 13_1_3 like Mac OS X) AppleWebKit/605.1.15 "
       "(KHTML, like Gecko) Version/13.0.1 Mobile/15E148 Safari/604.1",
       "curl/7.64.0", "Microsoft-CryptoAPI/10.0", "python-requests/2.22.0"]
USERS = ["h.carpentier", "m.delorme", "s.anquetil", "t.vidal", "s.caron", "k.hamon", "-"]
PROGS = ["sshd", "CRON", "systemd", "kernel", "vpngw", "named", "postfix/smtpd", "sudo", "clamd"]
BG_FIRST = [10, 172, 192, 198, 203, 62, 78, 82, 88]
EPOCH = 1572562800  # 2019-11-01T00:00:00+01:00
SPAN = 30 * 86400


def bg_ip(r):
    a = r.choice(BG_FIRST)
    return f"{a}.{r.randrange(0, 100)}.{r.randrange(0, 100)}.{r.randrange(1, 100)}"


def make_indicators(seed):
    """[(type, value)] of INDICATORS, and the planted subset, both deterministic."""
    r = random.Random(f"{seed}:indicators")
    seen = set()
    out = []

    def add(t, v):
        if v not in seen:
            seen.add(v)
            out.append((t, v))
            return True
        return False

    def name():
        return (f"{r.choice(WORDS)}-{r.choice(WORDS)}-{r.getrandbits(24):06x}."
                f"{r.choice(TLDS)}")

    quota = [("ipv4", 300), ("domain", 250), ("url", 150), ("md5", 100), ("sha1", 100),
             ("sha256", 100)]
    for t, n in quota:
        k = 0
        while k < n:
            if t == "ipv4":
                v = (f"{r.choice([185, 91])}.{r.randrange(0, 256)}.{r.randrange(0, 256)}."
                     f"{r.randrange(100, 255)}")
            elif t == "domain":
                v = name()
            elif t == "url":
                v = (f"{r.choice(['http', 'https'])}://{name()}/"
                     f"{r.choice(WORDS)}/{r.getrandbits(32):08x}.php?id={r.randrange(10**6)}")
            else:
                digits = {"md5": 32, "sha1": 40, "sha256": 64}[t]
                v = format(r.getrandbits(4 * digits), f"0{digits}x")
            if add(t, v):
                k += 1
    r.shuffle(out)
    return out, out[:PLANTED]


class Writer:
    """Generates the records of one format; plant(kind, value) puts an indicator in the next one."""

    def __init__(self, r, host):
        self.r = r
        self.host = host

    def t(self):
        return EPOCH + self.r.randrange(SPAN)


def tm(ts):
    import time
    return time.gmtime(ts)


def fmt_apache(w, ioc):
    r = w.r
    g = tm(w.t())
    ip, path, ref = bg_ip(r), r.choice(BG_PATHS), f"https://{r.choice(BG_DOMAINS)}/"
    if ioc:
        t, v = ioc
        if t == "ipv4":
            ip = v
        elif t in ("domain",):
            ref = f"https://{v}/"
        elif t == "url":
            ref = v
        else:
            path = f"/download?{t}={v}"
    return (f'{ip} - - [{g.tm_mday:02d}/{MONTHS[g.tm_mon - 1]}/{g.tm_year}:{g.tm_hour:02d}:'
            f'{g.tm_min:02d}:{g.tm_sec:02d} +0000] "GET {path} HTTP/1.1" '
            f'{r.choice((200, 200, 200, 304, 404, 302))} {r.randrange(200, 60000)} "{ref}" '
            f'"{r.choice(UAS)}"')


def fmt_3164(w, ioc):
    r = w.r
    g = tm(w.t())
    prog = r.choice(PROGS)
    msg = syslog_msg(r, ioc)
    return (f"<{r.randrange(0, 191)}>{MONTHS[g.tm_mon - 1]} {g.tm_mday:2d} {g.tm_hour:02d}:"
            f"{g.tm_min:02d}:{g.tm_sec:02d} {w.host} {prog}[{r.randrange(100, 65000)}]: {msg}")


def fmt_5424(w, ioc):
    r = w.r
    ts = w.t()
    g = tm(ts)
    msg = syslog_msg(r, ioc)
    return (f"<{r.randrange(0, 191)}>1 {g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:"
            f"{g.tm_min:02d}:{g.tm_sec:02d}.{r.randrange(1000):03d}Z {w.host.lower()} "
            f"{r.choice(PROGS).split('/')[0]} {r.randrange(100, 65000)} - - {msg}")


def syslog_msg(r, ioc):
    k = r.randrange(5)
    ip, dom = bg_ip(r), r.choice(BG_DOMAINS)
    if ioc:
        t, v = ioc
        if t == "ipv4":
            return f"Failed password for invalid user admin from {v} port {r.randrange(1024, 65535)} ssh2"
        if t == "domain":
            return f"client {ip}#{r.randrange(1024, 65535)}: query: {v} IN A + ({ip})"
        if t == "url":
            return f"wget[{r.randrange(100, 9999)}]: fetching {v} for scheduled job"
        return f"clamd: /var/spool/upload/f{r.randrange(10**6)}.bin: {t}={v} FOUND"
    if k == 0:
        return f"Accepted publickey for {r.choice(USERS)} from {ip} port {r.randrange(1024, 65535)} ssh2"
    if k == 1:
        return f"client {ip}#{r.randrange(1024, 65535)}: query: {dom} IN AAAA + (10.20.0.53)"
    if k == 2:
        return f"pam_unix(cron:session): session opened for user root by (uid={r.randrange(1000)})"
    if k == 3:
        return (f"auth user={r.choice(USERS)} src={ip} method=password+otp "
                f"result={r.choice(['success', 'failure'])}")
    return f"[UFW BLOCK] IN=eth0 OUT= SRC={ip} DST=10.20.0.{r.randrange(1, 99)} PROTO=TCP DPT={r.choice((22, 445, 3389))}"


FW_HEADER = ("#Version: 1.5\n#Software: Microsoft Windows Firewall\n#Time Format: Local\n"
             "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags "
             "tcpsyn tcpack tcpwin icmptype icmpcode info path\n")


def fmt_fw(w, ioc):
    r = w.r
    g = tm(w.t())
    src, dst = bg_ip(r), f"10.20.{r.randrange(0, 99)}.{r.randrange(1, 99)}"
    if ioc:
        src = ioc[1]
    return (f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:"
            f"{g.tm_sec:02d} {r.choice(('ALLOW', 'DROP'))} TCP {src} {dst} "
            f"{r.randrange(1024, 65535)} {r.choice((443, 445, 3389, 80))} {r.randrange(40, 1500)} "
            f"S 0 0 8192 - - - RECEIVE")


IIS_HEADER = ("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
              "#Date: 2019-11-01 00:00:00\n#Fields: date time s-ip cs-method cs-uri-stem "
              "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status "
              "sc-substatus sc-win32-status time-taken\n")


def fmt_iis(w, ioc):
    r = w.r
    g = tm(w.t())
    ip, query, ref = bg_ip(r), "-", f"https://{r.choice(BG_DOMAINS)}/"
    if ioc:
        t, v = ioc
        if t == "ipv4":
            ip = v
        elif t == "domain":
            ref = f"https://{v}/"
        elif t == "url":
            ref = v
        else:
            query = f"{t}={v}"
    return (f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:"
            f"{g.tm_sec:02d} 10.20.0.25 GET {r.choice(BG_PATHS)} {query} 443 "
            f"{r.choice(USERS)} {ip} {r.choice(UAS).replace(' ', '+')} {ref} "
            f"{r.choice((200, 200, 302, 401))} 0 0 {r.randrange(1, 900)}")


def fmt_squid(w, ioc):
    r = w.r
    ts = w.t()
    client, up = f"10.20.{r.randrange(0, 99)}.{r.randrange(1, 99)}", bg_ip(r)
    dom = r.choice(BG_DOMAINS)
    req = f"CONNECT {dom}:443"
    if ioc:
        t, v = ioc
        if t == "ipv4":
            up = v
        elif t == "domain":
            req = f"CONNECT {v}:443"
        elif t == "url":
            req = f"GET {v}"
        else:
            req = f"GET http://{dom}/get?{t}={v}"
    elif r.randrange(3) == 0:
        req = f"GET http://{dom}{r.choice(BG_PATHS)}"
    return (f"{ts}.{r.randrange(1000):03d} {r.randrange(10, 200000):6d} {client} TCP_TUNNEL/200 "
            f"{r.randrange(100, 500000)} {req} {r.choice(USERS)} HIER_DIRECT/{up} -")


def fmt_json(w, ioc):
    r = w.r
    ts = w.t()
    g = tm(ts)
    rec = {"timestamp": f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:"
                        f"{g.tm_min:02d}:{g.tm_sec:02d}.{r.randrange(1000):03d}Z",
           "host": w.host, "event": r.choice(["dns", "http", "file", "process"]),
           "src_ip": f"10.20.{r.randrange(0, 99)}.{r.randrange(1, 99)}", "dst_ip": bg_ip(r),
           "user": r.choice(USERS)}
    if ioc:
        t, v = ioc
        key = {"ipv4": "dst_ip", "domain": "query", "url": "url"}.get(t, t)
        rec[key] = v
    else:
        rec["query"] = r.choice(BG_DOMAINS)
    rec["message"] = f"{rec['event']} activity by {rec['user']} pid {r.randrange(100, 65000)}"
    return json.dumps(rec, separators=(",", ":"))


CSV_HEADER = "timestamp,host,user,src_ip,dst_ip,action,url,hash\n"


def fmt_csv(w, ioc):
    r = w.r
    g = tm(w.t())
    dst, url, h = bg_ip(r), f"https://{r.choice(BG_DOMAINS)}{r.choice(BG_PATHS)}", ""
    if ioc:
        t, v = ioc
        if t == "ipv4":
            dst = v
        elif t == "domain":
            url = f"https://{v}/"
        elif t == "url":
            url = v
        else:
            h = v
    return (f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:"
            f"{g.tm_sec:02d}Z,{w.host},{r.choice(USERS)},10.20.{r.randrange(0, 99)}."
            f"{r.randrange(1, 99)},{dst},{r.choice(('allow', 'block'))},{url},{h}")


# (name, path pattern, header, formatter, share of the bytes)
FORMATS = [
    ("apache", "SRV-WEB{h:02d}/var/log/apache2/access.log.{n}", "", fmt_apache, 0.18),
    ("nginx", "SRV-RP{h:02d}/var/log/nginx/access.log.{n}", "", fmt_apache, 0.12),
    ("rfc3164", "VPN-GW{h:02d}/var/log/messages.{n}", "", fmt_3164, 0.12),
    ("rfc5424", "SRV-DNS{h:02d}/var/log/syslog.{n}", "", fmt_5424, 0.10),
    ("pfirewall", "FW-EDGE{h:02d}/C/Windows/System32/LogFiles/Firewall/pfirewall.log.{n}",
     FW_HEADER, fmt_fw, 0.12),
    ("iis", "SRV-OWA{h:02d}/C/inetpub/logs/LogFiles/W3SVC1/u_ex1911{n:02d}.log", IIS_HEADER,
     fmt_iis, 0.10),
    ("squid", "SRV-PRX{h:02d}/var/log/squid/access.log.{n}", "", fmt_squid, 0.10),
    ("jsonl", "SRV-EDR{h:02d}/var/log/edr/events-{n}.jsonl", "", fmt_json, 0.08),
    ("csv", "SRV-NAC{h:02d}/exports/nac-{n}.csv", CSV_HEADER, fmt_csv, 0.08),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    total = a.mb * 1024 * 1024
    indicators, planted = make_indicators(a.seed)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "indicators.csv"), "w") as f:
        f.write("type,value,description\n")
        for i, (t, v) in enumerate(indicators):
            f.write(f"{t},{v},bench indicator {i + 1}\n")
    with open(os.path.join(a.out, "indicators.txt"), "w") as f:
        f.write("".join(v + "\n" for _, v in indicators))

    # the files: per format, as many ~8 MiB files as its share needs
    plan = []
    for name, pattern, header, fn, share in FORMATS:
        want = int(total * share)
        nfiles = max(1, round(want / FILE_BYTES))
        for k in range(nfiles):
            host = k % 4 + 1
            plan.append((name, pattern.format(h=host, n=k + 1), header, fn, want // nfiles))
    # plants: spread over the files in proportion to their size, round-robin over the planted
    # indicators that a format can carry (pfirewall only IPv4)
    per_file = [max(1, PLANTS * p[4] // total) for p in plan]
    counts = {v: 0 for _, v in planted}
    cursor = {"ipv4": 0, "any": 0}
    ipv4_planted = [p for p in planted if p[0] == "ipv4"]
    records = 0
    written = 0
    for idx, (name, rel, header, fn, size) in enumerate(plan):
        r = random.Random(f"{a.seed}:{rel}")
        w = Writer(r, rel.split("/")[0])
        path = os.path.join(a.out, "hosts", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # plant at evenly spaced byte positions in the file
        marks = [size * (j + 1) // (per_file[idx] + 1) for j in range(per_file[idx])]
        lines = [header] if header else []
        n = len(header)
        m = 0
        while n < size:
            ioc = None
            if m < len(marks) and n >= marks[m]:
                m += 1
                if name == "pfirewall":
                    ioc = ipv4_planted[cursor["ipv4"] % len(ipv4_planted)]
                    cursor["ipv4"] += 1
                else:
                    ioc = planted[cursor["any"] % len(planted)]
                    cursor["any"] += 1
                counts[ioc[1]] += 1
            line = fn(w, ioc) + "\n"
            lines.append(line)
            n += len(line)
            records += 1
        data = "".join(lines).encode()
        with open(path, "wb") as f:
            f.write(data)
        written += len(data)
        os.utime(path, (EPOCH + SPAN, EPOCH + SPAN))
    exp = {
        "mb": a.mb, "seed": a.seed, "files": len(plan), "bytes": written, "records": records,
        "indicators": len(indicators),
        "planted": {v: {"type": t, "records": counts[v]} for t, v in planted if counts[v] > 0},
        "plants": sum(counts.values()),
    }
    with open(os.path.join(a.out, "expected.json"), "w") as f:
        json.dump(exp, f, indent=1, sort_keys=True)
    print(f"   {records} records, {written} bytes in {len(plan)} files, "
          f"{exp['plants']} plants of {len(exp['planted'])} indicators")


if __name__ == "__main__":
    main()
