#!/usr/bin/env python3
"""Lighthouse, side by side: this site and a stock Material + static-i18n build of the same Markdown.

    .venv/bin/python scripts/benchmark_lighthouse.py                # print the table
    .venv/bin/python scripts/benchmark_lighthouse.py --write docs-dev/performance.md
    .venv/bin/python scripts/benchmark_lighthouse.py --project ../main --no-stock  # another checkout

A benchmark, not a test: it times things, so its numbers vary from run to run and machine to
machine. It builds both sites, serves each on a loopback port as GitHub Pages would (gzip,
10-minute cache, 404.html for a missing page), and runs Lighthouse (npm `lighthouse`,
installed into .cache/lighthouse on first use; Debian's Chromium; mobile: an emulated phone,
Lighthouse's simulated slow-4G profile, set here explicitly: 150 ms round trip, 1.6 Mbit/s down,
750 kbit/s up, 4x CPU slowdown) on the home page and the recommendation table (rekomendasi/),
in both languages, RUNS times each. It prints the median of each column: the four scores,
first and largest contentful paint, total blocking time, cumulative layout shift, the
render-blocking files Lighthouse names, bytes and requests. --project builds another checkout
(e.g. a worktree of main) as "dossier", to compare before and after a change.

The stock build is a copy of the project without overrides/, hooks, our CSS, JavaScript and
favicon, with Material's palette and only the search and i18n plugins; the dossier's
<!-- dossier:... --> markers are left as they are (so it is built without --strict).

Targets: performance at least 95; accessibility, best practices and SEO 100.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import json
import mimetypes
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_VERSION = "12.8.2"  # 13.x needs Node 22; Debian's is 20
LIGHTHOUSE_DIR = PROJECT / ".cache" / "lighthouse"
CHROME_PATH = "/usr/bin/chromium"
# As in tests/conftest.py: without these flags Chromium tries to reach Google's hosts.
CHROME_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAGES = ["/", "/rekomendasi/", "/en/", "/en/rekomendasi/"]
# Lighthouse's own mobile preset, slow 4G (its constants.throttling.mobileSlow4G), spelled out
# so that a change of Lighthouse's defaults cannot change what is measured.
SLOW_4G = ["--form-factor=mobile", "--throttling-method=simulate", "--throttling.rttMs=150",
           "--throttling.throughputKbps=1638.4", "--throttling.requestLatencyMs=562.5",
           "--throttling.downloadThroughputKbps=1474.56", "--throttling.uploadThroughputKbps=675",
           "--throttling.cpuSlowdownMultiplier=4"]
METRICS = {"first-contentful-paint": "FCP s", "largest-contentful-paint": "LCP s",
           "total-blocking-time": "TBT ms", "cumulative-layout-shift": "CLS"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"


# ---------------------------------------------------------------- serving like GitHub Pages

class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip, a 10-minute cache and 404.html, as GitHub Pages serves them."""

    COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
        body = path.read_bytes()
        gzipped = path.suffix in self.COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(PagesHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ---------------------------------------------------------------- the two builds

def _env_loader():
    """A YAML loader that reads MkDocs' !ENV [NAME, default] as the environment would."""
    class Loader(yaml.SafeLoader):
        pass

    def env(loader, node):
        names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
        *variables, default = names if len(names) > 1 else (*names, None)
        return next((os.environ[name] for name in variables if name in os.environ), default)

    Loader.add_constructor("!ENV", env)
    return Loader


def stock_config(config: dict, site_url: str) -> dict:
    """The project's configuration as stock Material + static-i18n would have it."""
    config = dict(config)
    # watch: folders of this project (data/) the copy does not have.
    for key in ("hooks", "extra_css", "extra_javascript", "watch"):
        config.pop(key, None)
    theme = dict(config["theme"])
    for key in ("custom_dir", "favicon"):
        theme.pop(key, None)
    theme["palette"] = {"scheme": "default", "primary": "deep purple", "accent": "deep purple"}
    config["theme"] = theme
    # Stock Material searches with its own plugin (this site: Pagefind, hooks/search.py),
    # which static-i18n reconfigures by default.
    i18n = [p for p in config.get("plugins", []) if (p if isinstance(p, str) else next(iter(p))) == "i18n"]
    i18n = [{"i18n": {**p["i18n"], "reconfigure_search": True}} if isinstance(p, dict) else p for p in i18n]
    config["plugins"] = ["search", *i18n]
    config["strict"] = False
    config["site_url"] = site_url
    return config


def build(config_file: Path, site_dir: Path, site_url: str, strict: bool) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_file), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    subprocess.run(command, cwd=config_file.parent, env=env, check=True)


def build_ours(work: Path, site_url: str, project: Path = PROJECT) -> Path:
    site = work / "ours"
    build(project / "mkdocs.yml", site, site_url, strict=True)
    return site


def build_stock(work: Path, site_url: str) -> Path:
    copy = work / "stock-project"
    shutil.copytree(PROJECT / "docs", copy / "docs")
    for ours in ("assets/stylesheets", "assets/javascripts", "assets/images/favicon.svg"):
        target = copy / "docs" / ours
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    config = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_env_loader())
    (copy / "mkdocs.yml").write_text(yaml.safe_dump(stock_config(config, site_url), allow_unicode=True), encoding="utf-8")
    site = work / "stock"
    build(copy / "mkdocs.yml", site, site_url, strict=False)
    return site


# ---------------------------------------------------------------- Lighthouse

def lighthouse_cli() -> Path:
    cli = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not cli.exists():
        print(f"Installing lighthouse@{LIGHTHOUSE_VERSION} into {LIGHTHOUSE_DIR} ...", file=sys.stderr)
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-audit", "--no-fund",
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    return cli


def run_lighthouse(cli: Path, url: str, output: Path) -> dict:
    subprocess.run(
        [str(cli), url, "--quiet", "--output=json", f"--output-path={output}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(CHROME_FLAGS)}", *SLOW_4G],
        env={**os.environ, "CHROME_PATH": CHROME_PATH}, check=True,
    )
    report = json.loads(output.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"{url}: {report['runtimeError']}")
    return {
        **{name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES},
        **{name: report["audits"][audit]["numericValue"] for audit, name in METRICS.items()},
        "blocking": len(report["audits"]["render-blocking-resources"].get("details", {}).get("items", [])),
        "bytes": report["audits"]["total-byte-weight"]["numericValue"],
        "requests": len(report["audits"]["network-requests"]["details"]["items"]),
        "failing": sorted(
            ref["id"] for name in CATEGORIES[1:] for ref in report["categories"][name]["auditRefs"]
            if ref["weight"] > 0 and (report["audits"][ref["id"]]["score"] or 0) < 1
            and report["audits"][ref["id"]]["scoreDisplayMode"] not in ("notApplicable", "manual", "informative")
        ),
        "version": report["lighthouseVersion"],
        "chrome": report["environment"]["hostUserAgent"],
    }


def median_row(runs: list[dict]) -> dict:
    row = {key: statistics.median(run[key] for run in runs)
           for key in (*CATEGORIES, *METRICS.values(), "blocking", "bytes", "requests")}
    row["failing"] = sorted({audit for run in runs for audit in run["failing"]})
    return row


# ---------------------------------------------------------------- the table

def table(results: dict, runs: int, versions: tuple[str, str]) -> str:
    def score(value, name):
        text = f"{value:g}"
        return text if value >= TARGETS[name] else f"**{text}**"

    lines = [
        f"Medians of {runs} Lighthouse {versions[0]} runs per row (mobile: emulated phone, "
        f"simulated slow 4G, 150 ms / 1.6 Mbit/s, and 4x CPU slowdown), {versions[1]}, served locally with gzip; "
        f"{dt.date.today().isoformat()}. Below target in bold (performance 95, others 100).",
        "",
        "| Page | Build | Performance | Accessibility | Best practices | SEO | FCP s | LCP s | TBT ms | CLS "
        "| Render-blocking files | Total KiB | Requests |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    for page in PAGES:
        for build_name in ("dossier", "stock"):
            if (build_name, page) not in results:
                continue
            row = results[(build_name, page)]
            lines.append(
                f"| `{page}` | {build_name} | " + " | ".join(score(row[name], name) for name in CATEGORIES)
                + f" | {row['FCP s'] / 1000:.1f} | {row['LCP s'] / 1000:.1f} | {row['TBT ms']:.0f}"
                + f" | {row['CLS']:.3f} | {row['blocking']:g} | {row['bytes'] / 1024:.0f} | {row['requests']:g} |"
            )
            if row["failing"]:
                notes.append(f"- {build_name} `{page}`: {', '.join(row['failing'])}")
    if notes:
        lines += ["", "Audits failed (accessibility, best practices, SEO), any run:", "", *notes]
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    document = path.read_text(encoding="utf-8")
    start, end = document.index(START) + len(START), document.index(END)
    path.write_text(document[:start] + "\n" + text + document[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and build (3)")
    parser.add_argument("--write", type=Path, help=f"also put the table between {START} and {END} in this file")
    parser.add_argument("--project", type=Path, default=PROJECT, help="the checkout to build as 'dossier' (this one)")
    parser.add_argument("--no-stock", action="store_true", help="leave out the stock Material build")
    args = parser.parse_args(argv)

    cli = lighthouse_cli()
    results, versions = {}, ("", "")
    with tempfile.TemporaryDirectory(prefix="benchmark-") as temp:
        work = Path(temp)
        builders = [("dossier", functools.partial(build_ours, project=args.project.resolve()))]
        if not args.no_stock:
            builders.append(("stock", build_stock))
        for build_name, builder in builders:
            port = free_port()
            base = f"http://127.0.0.1:{port}/"
            site = builder(work, base)
            server = serve(site, port)
            try:
                for page in PAGES:
                    runs = []
                    for number in range(args.runs):
                        report = run_lighthouse(cli, base.rstrip("/") + page, work / f"{build_name}-{number}.json")
                        runs.append(report)
                        print(f"{build_name} {page} run {number + 1}: "
                              + ", ".join(f"{name} {report[name]}" for name in CATEGORIES)
                              + f", {report['bytes'] / 1024:.0f} KiB, {report['requests']} requests", file=sys.stderr)
                    results[(build_name, page)] = median_row(runs)
                    versions = (runs[0]["version"], runs[0]["chrome"].split(") ")[-1].split(" Safari")[0])
            finally:
                server.shutdown()
    text = table(results, args.runs, versions)
    print(text)
    if args.write:
        write_section(args.write, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
