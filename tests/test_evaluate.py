"""Evaluation: result lines, their independent re-scoring, interruption, bad input files.

The real assistant answers on the default article and on a tiny SQuAD subset; the
scores of every written line are recomputed here from scratch (own normalization, own
overlap test, numpy percentiles) and must agree with what ``evaluate`` reported.
"""

from __future__ import annotations

import json
import math
import re
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.errors import InputFileError
from assistant.evaluate import (
    answer_matches,
    evaluate,
    format_summary,
    load_questions,
    summarize,
    threshold_sweep,
)

ROOT = Path(__file__).resolve().parents[1]
SQUAD = ROOT.parent / "shared" / "data" / "squad2" / "squad2_dev_10_articles.json"

LINE_FIELDS = {
    "id",
    "question",
    "answer",
    "abstained",
    "citations",
    "passages",
    "latency_ms",
    "confidence",
}
GOLD_FIELDS = {
    "answerable",
    "correct",
    "citation_exact",
    "citation_support",
    "retrieval_hit_rank",
    "evidence_spans",
}

QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "where",
        "turns": ["Where is the NATO summit taking place?"],
        "answers": ["Washington"],
        "evidence": ["NATO summit in Washington"],
        "answerable": True,
    },
    {
        "id": "role",
        "turns": ["What is Karim Valiyev's role?"],
        "answers": ["Chief of the General Staff"],
        "evidence": ["Chief of the General Staff of the Azerbaijani army"],
        "answerable": True,
    },
    {
        "id": "follow-up",
        "turns": ["Who is Andrei Nastasin?", "What date did he comment?"],
        "answers": ["July 3"],
        "evidence": ["On July 3"],
        "answerable": True,
    },
    {
        "id": "gdp",
        "turns": ["What is the GDP of Armenia?"],
        "answers": [],
        "evidence": [],
        "answerable": False,
    },
    {"id": "no-gold", "turns": ["Who is Rasim Musabayov?"]},
]


@pytest.fixture
def bot(default_bot: Any) -> Any:
    """The session's real assistant on the default article (see conftest.py)."""
    return default_bot


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- an independent scorer: written from the contract, sharing no code with evaluate ----


def norm(s: str) -> str:
    s = re.sub(r"\[\d+\]", " ", s).lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation))
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["doc_id"] == b["doc_id"] and a["start"] < b["end"] and b["start"] < a["end"]


def rescore(row: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    cites = row["citations"]
    out: dict[str, Any] = {
        "citation_exact": all(
            texts[c["doc_id"]][c["start"] : c["end"]] == c["quote"] for c in cites
        )
        if cites
        else None
    }
    if "answerable" not in row:
        return out
    spans = row["evidence_spans"]
    for s in spans:  # located evidence is the gold text, verbatim or up to case/spacing
        assert texts[s["doc_id"]][s["start"] : s["end"]].lower().split() in (
            e.lower().split() for e in row["evidence"]
        )
    if row["answerable"]:
        answer = f" {norm(row['answer'])} "
        out["correct"] = (
            (not row["abstained"])
            and any(norm(a) and f" {norm(a)} " in answer for a in row["gold_answers"])
            if row["gold_answers"]
            else None
        )
        out["citation_support"] = (
            any(overlaps(c, s) for c in cites for s in spans)
            if spans and cites and not row["abstained"]
            else None
        )
        ranks = [i for i, p in enumerate(row["passages"], 1) if any(overlaps(p, s) for s in spans)]
        out["retrieval_hit_rank"] = ranks[0] if spans and ranks else None
    else:
        out.update(correct=row["abstained"], citation_support=None, retrieval_hit_rank=None)
    return out


def resummarize(rows: list[dict[str, Any]], k: int) -> dict[str, Any]:
    def m(xs: list[float]) -> dict[str, Any]:
        return {"value": float(np.mean(xs)) if xs else None, "n": len(xs)}

    gold = [r for r in rows if "answerable" in r]
    ans = [r for r in gold if r["answerable"]]
    una = [r for r in gold if not r["answerable"]]
    located = [r for r in ans if r["evidence_spans"]]
    rank = [r["retrieval_hit_rank"] for r in located]
    lat = [r["latency_ms"] for r in rows]
    return {
        "accuracy": m([r["correct"] for r in gold if r["correct"] is not None]),
        "accuracy_answerable": m([r["correct"] for r in ans if r["correct"] is not None]),
        "accuracy_unanswerable": m([r["correct"] for r in una]),
        "citation_exact": m([r["citation_exact"] for r in rows if r["citation_exact"] is not None]),
        "citation_support": m(
            [r["citation_support"] for r in ans if r["citation_support"] is not None]
        ),
        "recall_at_k": m([x is not None and x <= k for x in rank]),
        "mrr_at_k": m([1 / x if x is not None and x <= k else 0.0 for x in rank]),
        "abstention_precision": m([not r["answerable"] for r in gold if r["abstained"]]),
        "abstention_recall": m([r["abstained"] for r in una]),
        "latency_p50_ms": {"value": float(np.percentile(lat, 50)) if lat else None, "n": len(lat)},
        "latency_p95_ms": {"value": float(np.percentile(lat, 95)) if lat else None, "n": len(lat)},
    }


def assert_same_summary(got: dict[str, Any], want: dict[str, Any]) -> None:
    assert got.keys() == want.keys()
    for key, w in want.items():
        g = got[key]
        assert g["n"] == w["n"], key
        if w["value"] is None:
            assert g["value"] is None, key
        else:
            assert g["value"] == pytest.approx(w["value"], rel=1e-9, abs=1e-12), key


def check_rows(rows: list[dict[str, Any]], texts: dict[str, str], k: int) -> None:
    for row in rows:
        assert row.keys() >= LINE_FIELDS, row["id"]
        if "answerable" in row:
            assert row.keys() >= GOLD_FIELDS, row["id"]
        for c in row["citations"]:
            assert set(c) == {"n", "doc_id", "start", "end", "quote"}
        for p in row["passages"]:
            assert set(p) == {"doc_id", "chunk_id", "start", "end", "score"}
        assert row["latency_ms"] >= 0
        if row["abstained"]:
            assert row["citations"] == []
        want = rescore(row, texts)
        got = {key: row.get(key) for key in want}
        assert got == want, row["id"]


# -- JSONL on the default article --------------------------------------------------------


def test_jsonl_lines_report_and_rescored_summary(bot: Any, tmp_path: Path) -> None:
    questions = write_jsonl(tmp_path / "q.jsonl", QUESTIONS)
    out = tmp_path / "res" / "results.jsonl"
    report = tmp_path / "res" / "report.md"
    result = evaluate(questions, bot=bot, out_path=out, report_path=report, k=5, progress=False)

    rows = read_lines(out)
    assert rows == result.items
    assert [r["id"] for r in rows] == [q["id"] for q in QUESTIONS]
    texts = {d.doc_id: d.text for d in bot.documents}
    check_rows(rows, texts, k=5)
    assert "answerable" not in rows[-1] and "correct" not in rows[-1]  # no gold, no scores
    assert rows[2]["turns"] == QUESTIONS[2]["turns"]
    assert rows[2]["question"] == "What date did he comment?"

    assert summarize(rows, k=5) == result.summary
    assert_same_summary(result.summary["metrics"], resummarize(rows, k=5))
    assert result.summary["items"] == 5 and result.summary["metrics"]["accuracy"]["n"] == 4

    text = report.read_text(encoding="utf-8")
    assert "| answer accuracy |" in text and "False refusals" in text
    for png in ("report.risk_coverage.png", "report.latency.png"):
        assert (report.parent / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"]({png})" in text

    ragas = read_lines(tmp_path / "res" / "results.ragas.jsonl")
    assert [r["question"] for r in ragas] == [r["question"] for r in rows]
    for r in ragas:
        assert {"question", "answer", "contexts", "ground_truth"} <= r.keys()
        assert all(isinstance(c, str) and c for c in r["contexts"])
    assert ragas[0]["ground_truth"] == "Washington"

    printed = format_summary(result.summary)
    assert "answer accuracy" in printed and "recall@5" in printed and "p95" in printed


def test_interrupted_run_keeps_written_lines(bot: Any, tmp_path: Path) -> None:
    class Crashing:
        """The real bot, until the 4th ask (the 2nd turn of the 3rd item) fails."""

        def __init__(self) -> None:
            self.calls = 0
            self.documents = bot.documents
            self.document = bot.document

        def ask(self, question: str, history: Any = None) -> Any:
            self.calls += 1
            if self.calls == 4:
                raise RuntimeError("simulated crash")
            return bot.ask(question, history=history)

    questions = write_jsonl(tmp_path / "q.jsonl", QUESTIONS)
    out = tmp_path / "results.jsonl"
    with pytest.raises(RuntimeError, match="simulated crash"):
        evaluate(questions, bot=Crashing(), out_path=out, progress=False)
    rows = read_lines(out)  # every written line is whole JSON
    assert [r["id"] for r in rows] == ["where", "role"]
    assert summarize(rows)["items"] == 2
    assert len(read_lines(tmp_path / "results.ragas.jsonl")) == 2


def test_a_refused_question_is_a_wrong_item_not_a_crash(bot: Any, tmp_path: Path) -> None:
    long = "Where is the summit? " * 200  # over the assistant's question length limit
    items = [
        {"id": "long", "turns": [long], "answers": [], "answerable": False},
        QUESTIONS[0],
    ]
    out = tmp_path / "results.jsonl"
    result = evaluate(write_jsonl(tmp_path / "q.jsonl", items), bot=bot, out_path=out,
                      progress=False)  # fmt: skip
    rows = read_lines(out)
    assert rows[0]["error"] and rows[0]["correct"] is False and not rows[0]["abstained"]
    assert "error" not in rows[1]
    assert result.summary["errors"] == 1
    assert "1 failed with an error" in format_summary(result.summary)


# -- SQuAD subset -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def squad_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two SQuAD articles cut to 3 paragraphs and 5 questions each (3 answerable)."""
    if not SQUAD.exists():
        pytest.skip(f"{SQUAD} is absent: the shared SQuAD 2.0 development data is not mounted")
    data = json.loads(SQUAD.read_text(encoding="utf-8"))
    articles = []
    for article in data["data"][:2]:
        paragraphs, taken = [], {True: 0, False: 0}
        for par in article["paragraphs"][:3]:
            qas = []
            for qa in par["qas"]:
                if taken[qa["is_impossible"]] < (2 if qa["is_impossible"] else 3):
                    taken[qa["is_impossible"]] += 1
                    qas.append(qa)
            paragraphs.append({"context": par["context"], "qas": qas})
        articles.append({"title": article["title"], "paragraphs": paragraphs})
    path = tmp_path_factory.mktemp("squad") / "tiny_squad.json"
    path.write_text(json.dumps({"version": "v2.0", "data": articles}), encoding="utf-8")
    return path


def test_squad_articles_are_separate_indexes(bot: Any, squad_file: Path, tmp_path: Path) -> None:
    qs = load_questions(squad_file)
    assert qs.format == "squad" and len(qs.items) == 10 and len(qs.articles) == 2
    for item in qs.items:  # answer_start mapped into the joined article text
        doc = qs.articles[item.article or ""]
        assert item.answerable == bool(item.evidence_spans)
        for doc_id, s, e in item.evidence_spans or ():
            assert doc_id == doc.doc_id and doc.text[s:e] in item.answers

    out = tmp_path / "squad.jsonl"
    result = evaluate(
        squad_file, bot=bot, out_path=out, report_path=tmp_path / "squad.md", k=3, progress=False
    )
    rows = read_lines(out)
    assert [r["id"] for r in rows] == [i.id for i in qs.items]
    assert {r["article"] for r in rows} == set(qs.articles)
    texts = {d.doc_id: d.text for d in qs.articles.values()}
    check_rows(rows, texts, k=3)
    for r in rows:  # each question was answered from its own article only
        assert {c["doc_id"] for c in r["citations"]} <= {r["article"]}
        assert {p["doc_id"] for p in r["passages"]} <= {r["article"]}
    assert_same_summary(result.summary["metrics"], resummarize(rows, k=3))
    assert result.summary["metrics"]["accuracy_unanswerable"]["n"] == 4
    assert "## By group" in (tmp_path / "squad.md").read_text(encoding="utf-8")


# -- bad input files -------------------------------------------------------------------


GOOD = json.dumps(QUESTIONS[0])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("\n  \n", "empty"),
        (f"{GOOD}\n\n{{not json\n", "line 3: not valid JSON"),
        (f'{GOOD}\n["a list"]\n', "line 2: expected a JSON object"),
        ('{"id": "x"}\n', 'line 1: "turns"'),
        ('{"id": "x", "turns": []}\n', 'line 1: "turns"'),
        ('{"id": "x", "turns": "Who?"}\n', 'line 1: "turns"'),
        ('{"turns": ["Who?"]}\n', 'line 1: "id"'),
        ('{"id": "x", "turns": ["Who?"], "answers": "Bob"}\n', 'line 1: "answers"'),
        ('{"id": "x", "turns": ["Who?"], "answerable": "yes"}\n', 'line 1: "answerable"'),
        (f"{GOOD}\n{GOOD}\n", "line 2: id 'where' is already used on line 1"),
    ],
)
def test_bad_jsonl_lines_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError, match=re.escape(message)):
        evaluate(path, out_path=tmp_path / "out.jsonl", progress=False)
    assert not (tmp_path / "out.jsonl").exists()  # nothing written, no model loaded


@pytest.mark.parametrize(
    ("name", "content", "fmt", "message"),
    [
        (
            "squad.json",
            '{"data": [ {"title": "x",\n "paragraphs": [}',
            None,
            "line 2: not valid JSON",
        ),
        ("squad.json", '{"version": "v2.0"}', "squad", 'expected an object with a "data" list'),
        (
            "squad.json",
            '{"data": [{"title": "x"}]}',
            None,
            'article 1: expected an object with a "paragraphs"',
        ),
        ("q.jsonl", '{"data": []}', "squad", "has no questions"),
    ],
)
def test_bad_squad_files(tmp_path: Path, name: str, content: str, fmt: Any, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError, match=re.escape(message)):
        evaluate(path, out_path=tmp_path / "out.jsonl", fmt=fmt, progress=False)


def test_missing_unreadable_questions_files(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        evaluate(tmp_path / "nope.jsonl", out_path=tmp_path / "o.jsonl", progress=False)
    with pytest.raises(InputFileError, match="is a folder"):
        evaluate(tmp_path, out_path=tmp_path / "o.jsonl", progress=False)
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputFileError, match="not UTF-8"):
        evaluate(tmp_path / "bin.jsonl", out_path=tmp_path / "o.jsonl", progress=False)


def test_importing_evaluate_loads_no_heavy_module() -> None:
    code = (
        "import sys, assistant.evaluate; "
        "print([m for m in ('numpy', 'matplotlib', 'tqdm', 'torch', 'faiss') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# -- scoring details ------------------------------------------------------------------


def test_answer_matching_is_squad_normalized_on_word_boundaries() -> None:
    assert answer_matches("The summit is in Washington, D.C. [1]", ["washington"])
    assert answer_matches("It met on July 2 [1].", ["july 2"])
    assert not answer_matches("It cost 100 dollars [1].", ["10"])
    assert not answer_matches("See the first quote [2].", ["2"])  # a marker is not an answer
    assert not answer_matches("Anything at all.", ["the"])  # an alias of only an article
    assert answer_matches("An Army of one.", ["the army"])


def naive_sweep(rows: list[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    def conf(r: dict[str, Any]) -> float:
        return -math.inf if r["confidence"] is None else r["confidence"]

    out = []
    confs = sorted({conf(r) for r in rows if not r["abstained"]} - {-math.inf})
    for t in [-math.inf, *confs, math.inf]:
        ok = []
        kept = kept_ok = 0
        for r in rows:
            keep = not r["abstained"] and conf(r) >= t
            good = r["correct"] if keep or r["abstained"] else not r["answerable"]
            ok.append(good)
            kept += keep
            kept_ok += keep and good
        out.append((t, kept / len(rows), sum(ok) / len(rows), kept_ok / kept if kept else -1.0))
    return out


row_strategy = st.builds(
    lambda answerable, abstained, right, conf: {
        "answerable": answerable,
        "abstained": abstained,
        "correct": (not abstained and right) if answerable else abstained,
        "confidence": conf,
    },
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from([0.0, 0.1, 0.5, 0.9, 1.0])),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(row_strategy, min_size=1, max_size=25))
def test_threshold_sweep_matches_a_direct_count(rows: list[dict[str, Any]]) -> None:
    got = [
        (
            r["threshold"],
            r["coverage"],
            r["accuracy"],
            -1.0 if math.isnan(r["selective_accuracy"]) else r["selective_accuracy"],
        )
        for r in threshold_sweep(rows)
    ]
    want = naive_sweep(rows)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g == pytest.approx(w)
    assert got[0][2] == pytest.approx(summarize(rows)["metrics"]["accuracy"]["value"])
