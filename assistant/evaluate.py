"""Evaluate the assistant on a question set: per-item results, a summary, a report.

Two input formats (see "Evaluation format" in DESIGN.md):

* JSONL, one object a line: ``{"id", "turns": [...], "answers": [...], "evidence": [...],
  "answerable": bool}``. The turns are played as one conversation (the assistant's own
  answers become the history); the gold fields apply to the last turn.
* SQuAD 2.0 JSON: each article (its paragraphs joined with a blank line) becomes its own
  in-memory index, and its questions are asked against it. The gold evidence is the
  answer spans, located by ``answer_start`` in the joined text.

Every result line is written and flushed as soon as its item is done, so an interrupted
run keeps what it wrote, and ``summarize`` recomputes the summary from those lines alone.

    from assistant.evaluate import evaluate, format_summary
    result = evaluate("shared/eval/seed_dev.jsonl", corpus=["corpus/article.txt"],
                      out_path="results/dev.jsonl", report_path="results/dev.md")
    print(format_summary(result.summary))
"""

from __future__ import annotations

import json
import logging
import math
import re
import string
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from .errors import AssistantError, ConfigError, InputFileError
from .schema import Answer, Document

log = logging.getLogger(__name__)

Format = Literal["jsonl", "squad"]
Span = tuple[str, int, int]  # (doc_id, start, end): a character range of a document
Row = dict[str, Any]

#: Rows shown per table of misses in the report.
WORST_MISSES = 10


class Bot(Protocol):
    """What evaluation needs of an ``Assistant`` (a protocol, so a fake can stand in)."""

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer: ...

    def document(self, doc_id: str) -> Document: ...

    @property
    def documents(self) -> list[Document]: ...


# A factory for the per-article bots of a SQuAD file.
BotFactory = Callable[[Document], Bot]


# ---------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EvalItem:
    """One question to ask, with its gold fields (``answerable is None``: no gold)."""

    id: str
    turns: tuple[str, ...]
    answers: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    answerable: bool | None = None
    #: SQuAD: the article (doc_id) the question is asked against.
    article: str | None = None
    #: SQuAD: evidence already located in the article; JSONL evidence is located at run time.
    evidence_spans: tuple[Span, ...] | None = None


@dataclass
class QuestionSet:
    """A parsed questions file: items in file order, and the SQuAD articles by doc_id."""

    format: Format
    items: list[EvalItem]
    articles: dict[str, Document] = field(default_factory=dict)


def load_questions(path: str | Path, fmt: Format | None = None) -> QuestionSet:
    """Parse a JSONL or SQuAD 2.0 questions file; ``fmt=None`` detects the format.

    Raises ``InputFileError`` with the line number for a bad line.

    >>> qs = load_questions("shared/eval/seed_dev.jsonl")   # doctest: +SKIP
    >>> qs.format, len(qs.items)                             # doctest: +SKIP
    ('jsonl', 16)
    """
    if fmt not in (None, "jsonl", "squad"):
        raise ConfigError(f"Unknown questions format {fmt!r}; use 'jsonl' or 'squad'.")
    p = Path(path)
    if not p.exists():
        raise InputFileError(
            f"Questions file {p} does not exist; give a .jsonl file (one question object a "
            "line) or a SQuAD 2.0 .json file."
        )
    if p.is_dir():
        raise InputFileError(f"Questions file {p} is a folder; give a .jsonl or .json file.")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputFileError(f"Questions file {p} is not UTF-8 text.") from None
    except OSError as e:
        raise InputFileError(f"Cannot read questions file {p}: {e.strerror}.") from None
    if not text.strip():
        raise InputFileError(f"Questions file {p} is empty; it has no questions.")

    whole: Any = None
    whole_error: json.JSONDecodeError | None = None
    if fmt == "squad" or (fmt is None and p.suffix.lower() != ".jsonl"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as e:
            whole_error = e
    if fmt == "squad" or (fmt is None and isinstance(whole, dict) and "data" in whole):
        if whole_error is not None:
            raise InputFileError(
                f"{p}, line {whole_error.lineno}: not valid JSON ({whole_error.msg})."
            )
        items, articles = _parse_squad(p, whole)
        fmt_found: Format = "squad"
    else:
        if fmt is None and whole_error is not None and p.suffix.lower() == ".json":
            # A broken .json file whose first line is not a JSON object either was meant
            # as SQuAD JSON: report the JSON error where the parser found it.
            first = next(line for line in text.split("\n") if line.strip())
            try:
                json.loads(first)
            except json.JSONDecodeError:
                raise InputFileError(
                    f"{p}, line {whole_error.lineno}: not valid JSON ({whole_error.msg})."
                ) from None
        items, articles = _parse_jsonl(p, text), {}
        fmt_found = "jsonl"
    if not items:
        raise InputFileError(f"Questions file {p} has no questions.")
    return QuestionSet(fmt_found, items, articles)


_JSONL_EXAMPLE = (
    '{"id": "q1", "turns": ["Who ...?"], "answers": ["..."], "evidence": ["..."], '
    '"answerable": true}'
)


def _parse_jsonl(path: Path, text: str) -> list[EvalItem]:
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other separators.
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        where = f"{path}, line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputFileError(
                f"{where}: not valid JSON ({e.msg}); each line must be one object like "
                f"{_JSONL_EXAMPLE}."
            ) from None
        if not isinstance(obj, dict):
            raise InputFileError(f"{where}: expected a JSON object like {_JSONL_EXAMPLE}.")
        item = _jsonl_item(obj, where)
        if item.id in seen:
            raise InputFileError(
                f"{where}: id {item.id!r} is already used on line {seen[item.id]}; "
                "give each item its own id."
            )
        seen[item.id] = lineno
        items.append(item)
    return items


def _jsonl_item(obj: dict[str, Any], where: str) -> EvalItem:
    raw_id = obj.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or raw_id == "":
        raise InputFileError(f'{where}: "id" must be a non-empty string.')
    turns = _str_list(obj.get("turns"), "turns", where)
    if not turns or any(not t.strip() for t in turns):
        raise InputFileError(f'{where}: "turns" must be a non-empty list of non-empty strings.')
    answers = _str_list(obj.get("answers", []), "answers", where)
    evidence = _str_list(obj.get("evidence", []), "evidence", where)
    answerable = obj.get("answerable")
    if answerable is not None and not isinstance(answerable, bool):
        raise InputFileError(f'{where}: "answerable" must be true or false.')
    if answerable is None and answers:
        answerable = True  # aliases given without the flag: plainly an answerable item
    return EvalItem(str(raw_id), tuple(turns), tuple(answers), tuple(evidence), answerable)


def _str_list(value: Any, name: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputFileError(f'{where}: "{name}" must be a list of strings.')
    return value


def _parse_squad(path: Path, data: Any) -> tuple[list[EvalItem], dict[str, Document]]:
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise InputFileError(
            f'{path} is not SQuAD 2.0 JSON: expected an object with a "data" list of articles.'
        )
    items: list[EvalItem] = []
    articles: dict[str, Document] = {}
    seen: set[str] = set()
    for a_no, article in enumerate(data["data"], start=1):
        where = f"{path}, article {a_no}"
        if not isinstance(article, dict) or not isinstance(article.get("paragraphs"), list):
            raise InputFileError(f'{where}: expected an object with a "paragraphs" list.')
        title = str(article.get("title") or f"article-{a_no}")
        doc_id = title if title not in articles else f"{title}-{a_no}"
        contexts: list[str] = []
        offsets: list[int] = []
        pos = 0
        for par in article["paragraphs"]:
            if not isinstance(par, dict) or not isinstance(par.get("context"), str):
                raise InputFileError(f'{where} ({title}): each paragraph needs a "context" string.')
            offsets.append(pos)
            contexts.append(par["context"])
            pos += len(par["context"]) + 2  # the "\n\n" joining paragraphs
        text = "\n\n".join(contexts)
        articles[doc_id] = Document(doc_id, title.replace("_", " "), text, f"{path}#{title}")
        for par, offset in zip(article["paragraphs"], offsets, strict=True):
            for qa in par.get("qas", []):
                item = _squad_item(qa, doc_id, text, offset, par["context"], where)
                if item.id in seen:
                    raise InputFileError(f"{where}: question id {item.id!r} appears twice.")
                seen.add(item.id)
                items.append(item)
    return items, articles


def _squad_item(qa: Any, doc_id: str, text: str, offset: int, context: str, where: str) -> EvalItem:
    if not isinstance(qa, dict) or not isinstance(qa.get("question"), str):
        raise InputFileError(f'{where}: each entry of "qas" needs a "question" string.')
    qid = str(qa.get("id") or f"{doc_id}-{len(text)}-{offset}")
    answers: list[str] = []
    spans: list[Span] = []
    for ans in qa.get("answers") or []:
        if not isinstance(ans, dict) or not isinstance(ans.get("text"), str):
            raise InputFileError(f'{where}, question {qid}: each answer needs a "text" string.')
        atext = ans["text"]
        if atext and atext not in answers:
            answers.append(atext)
        span = _squad_span(context, atext, ans.get("answer_start"))
        if span is not None:
            s = (doc_id, offset + span[0], offset + span[1])
            if s not in spans:
                spans.append(s)
    # SQuAD 1.1 has no is_impossible: there every question with answers is answerable.
    answerable = not qa["is_impossible"] if "is_impossible" in qa else bool(answers)
    return EvalItem(
        id=qid,
        turns=(qa["question"],),
        answers=tuple(answers),
        evidence=tuple(answers),
        answerable=answerable,
        article=doc_id,
        evidence_spans=tuple(spans),
    )


def _squad_span(context: str, answer: str, start: Any) -> tuple[int, int] | None:
    """The answer's span in its paragraph; a few SQuAD offsets are off, so search near."""
    if not answer:
        return None
    if isinstance(start, int) and context[start : start + len(answer)] == answer:
        return start, start + len(answer)
    hits = [m.start() for m in re.finditer(re.escape(answer), context)]
    if not hits:
        return None
    near = min(hits, key=lambda h: abs(h - start)) if isinstance(start, int) else hits[0]
    return near, near + len(answer)


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_MARKERS = re.compile(r"\[\d+\]")
_PUNCT = str.maketrans("", "", string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD-style normalization: lowercase, no punctuation or articles, single spaces.

    >>> normalize_answer("The  U.S. Army!")
    'us army'
    """
    text = text.lower().translate(_PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def answer_matches(answer: str, aliases: Iterable[str]) -> bool:
    """Whether some alias is contained, as whole words, in the normalized answer.

    Citation markers are removed first (a "[2]" must not match the alias "2"), and the
    match is on word boundaries so that "10" is not found in "100".

    >>> answer_matches("It starts on July 9 [1].", ["July 9", "9 July"])
    True
    """
    hay = f" {normalize_answer(_MARKERS.sub(' ', answer))} "
    for alias in aliases:
        needle = normalize_answer(alias)
        if needle and f" {needle} " in hay:
            return True
    return False


def locate_evidence(evidence: Iterable[str], texts: Mapping[str, str]) -> list[Span]:
    """Every place each evidence string occurs in the documents.

    Exact matches first; failing that, a match that ignores case and runs of whitespace
    (gold strings are often typed with single spaces where the article wraps lines).
    """
    spans: list[Span] = []
    for ev in evidence:
        if not ev.strip():
            continue
        found: list[Span] = []
        for doc_id, text in texts.items():
            start = text.find(ev)
            while start != -1:
                found.append((doc_id, start, start + len(ev)))
                start = text.find(ev, start + 1)
        if not found:
            pattern = re.compile(r"\s+".join(map(re.escape, ev.split())), re.IGNORECASE)
            for doc_id, text in texts.items():
                found.extend((doc_id, m.start(), m.end()) for m in pattern.finditer(text))
        spans.extend(s for s in found if s not in spans)
    return spans


def _overlaps(doc_id: str, start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(doc_id == d and start < e and s < end for d, s, e in spans)


def score_answer(
    item: EvalItem, ans: Answer, texts: Mapping[str, str], spans: Sequence[Span]
) -> Row:
    """The score fields of one result line; ``spans`` is the located gold evidence.

    ``citation_exact``: every quote equals its document slice (null without citations).
    ``correct``: answerable, not abstained and an alias in the answer (null without
    aliases); unanswerable, abstained. For answerable items whose evidence was located:
    ``citation_support``, a citation of a given answer overlaps the evidence (null when
    abstained or uncited); ``retrieval_hit_rank``, the 1-based rank of the first passage
    overlapping the evidence, null when none does.
    """
    scores: Row = {
        "citation_exact": (
            all(texts.get(c.doc_id, "")[c.start : c.end] == c.quote for c in ans.citations)
            if ans.citations
            else None
        )
    }
    if item.answerable is None:
        return scores
    if item.answerable:
        correct: bool | None = (
            (not ans.abstained and answer_matches(ans.text, item.answers)) if item.answers else None
        )
    else:
        correct = ans.abstained
    support: bool | None = None
    rank: int | None = None
    if item.answerable and spans:
        if ans.citations and not ans.abstained:
            support = any(_overlaps(c.doc_id, c.start, c.end, spans) for c in ans.citations)
        rank = next(
            (
                i
                for i, p in enumerate(ans.passages, 1)
                if _overlaps(p.doc_id, p.start, p.end, spans)
            ),
            None,
        )
    scores.update(correct=correct, citation_support=support, retrieval_hit_rank=rank)
    return scores


# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------

#: Summary metrics in display order, with their labels (``{k}`` is filled in).
METRICS: dict[str, str] = {
    "accuracy": "answer accuracy",
    "accuracy_answerable": "  answerable",
    "accuracy_unanswerable": "  unanswerable",
    "citation_exact": "citation exactness",
    "citation_support": "citation support",
    "recall_at_k": "retrieval recall@{k}",
    "mrr_at_k": "retrieval MRR@{k}",
    "abstention_precision": "abstention precision",
    "abstention_recall": "abstention recall",
    "latency_p50_ms": "latency p50 (ms)",
    "latency_p95_ms": "latency p95 (ms)",
}


def _metric(values: Sequence[float | bool]) -> dict[str, Any]:
    return {"value": (sum(values) / len(values)) if values else None, "n": len(values)}


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile with linear interpolation (numpy's default method)."""
    if not values:
        return None
    v = sorted(values)
    pos = (len(v) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def summarize(items: Sequence[Mapping[str, Any]], *, k: int = 5) -> dict[str, Any]:
    """The summary of result lines: each metric as ``{"value": float | None, "n": int}``.

    It reads only the fields written to the results file, so the summary of a run can be
    recomputed from that file (also from the part an interrupted run wrote):

    >>> rows = [json.loads(line) for line in open("results.jsonl")]  # doctest: +SKIP
    >>> summarize(rows, k=5)["metrics"]["accuracy"]                   # doctest: +SKIP
    {'value': 0.75, 'n': 16}

    Definitions (n counts the items each metric is defined on):
    accuracy over items with gold (``correct`` not null), split by ``answerable``;
    citation exactness over items with citations; citation support over answerable
    items that were answered with citations and whose evidence was located; recall@k
    and MRR@k over answerable items whose evidence was located (a hit ranked below k
    counts as a miss); abstention precision over abstained items with gold, recall over
    unanswerable items; latency over all items.
    """
    gold = [r for r in items if r.get("answerable") is not None]
    answerable = [r for r in gold if r["answerable"]]
    unanswerable = [r for r in gold if not r["answerable"]]
    located = [r for r in answerable if r.get("evidence_spans")]
    ranks = [r.get("retrieval_hit_rank") for r in located]
    hits = [rank is not None and rank <= k for rank in ranks]
    latencies = [float(r["latency_ms"]) for r in items if r.get("latency_ms") is not None]

    def correct(rows: list[Mapping[str, Any]]) -> list[bool]:
        return [bool(r["correct"]) for r in rows if r.get("correct") is not None]

    metrics = {
        "accuracy": _metric(correct(gold)),
        "accuracy_answerable": _metric(correct(answerable)),
        "accuracy_unanswerable": _metric(correct(unanswerable)),
        "citation_exact": _metric(
            [bool(r["citation_exact"]) for r in items if r.get("citation_exact") is not None]
        ),
        "citation_support": _metric(
            [
                bool(r["citation_support"])
                for r in answerable
                if r.get("citation_support") is not None
            ]
        ),
        "recall_at_k": _metric(hits),
        "mrr_at_k": _metric(
            [1.0 / rank if hit and rank else 0.0 for rank, hit in zip(ranks, hits, strict=True)]
        ),
        "abstention_precision": _metric([not r["answerable"] for r in gold if r["abstained"]]),
        "abstention_recall": _metric([bool(r["abstained"]) for r in unanswerable]),
        "latency_p50_ms": {"value": percentile(latencies, 50), "n": len(latencies)},
        "latency_p95_ms": {"value": percentile(latencies, 95), "n": len(latencies)},
    }
    return {
        "items": len(items),
        "k": k,
        "errors": sum(1 for r in items if r.get("error")),
        "metrics": metrics,
    }


def _fmt_value(key: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    if key.startswith("latency"):
        return f"{value:.1f}" if value < 100 else f"{value:.0f}"
    return f"{100 * value:.1f}%"


def format_summary(summary: Mapping[str, Any]) -> str:
    """A plain-text table of a summary, for printing.

    >>> print(format_summary(result.summary))   # doctest: +SKIP
    16 items evaluated (k=5)
    metric                    value      n
    answer accuracy           75.0%     16
    ...
    """
    k = summary.get("k", 5)
    head = f"{summary.get('items', 0)} items evaluated (k={k})"
    if summary.get("errors"):
        head += f", {summary['errors']} failed with an error"
    lines = [head, f"{'metric':<24}{'value':>8}{'n':>7}"]
    for key, label in METRICS.items():
        m = summary["metrics"].get(key)
        if m is not None:
            lines.append(f"{label.format(k=k):<24}{_fmt_value(key, m['value']):>8}{m['n']:>7}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------


@dataclass
class EvalResult:
    """What ``evaluate`` returns: the result lines as written, and their summary."""

    items: list[Row]
    summary: dict[str, Any]
    out_path: Path | None = None
    report_path: Path | None = None
    ragas_path: Path | None = None
    #: Wall-clock seconds: ``total``, ``index`` (building per-article indexes), ``ask``.
    timing: dict[str, float] = field(default_factory=dict)


def evaluate(
    questions_path: str | Path,
    *,
    bot: Bot | None = None,
    index_dir: str | Path | None = None,
    corpus: Sequence[str | Path] | None = None,
    out_path: str | Path,
    report_path: str | Path | None = None,
    fmt: Format | None = None,
    k: int = 5,
    progress: bool = True,
    limit: int | None = None,
    make_bot: BotFactory | None = None,
) -> EvalResult:
    """Ask every question of a questions file, score the answers, write results and a report.

    JSONL questions are asked of ``bot``, else of the index in ``index_dir`` (or built from
    ``corpus`` files). SQuAD questions are asked of one in-memory index per article, built
    by ``make_bot`` (default: ``Assistant.from_documents``, sharing ``bot``'s embedder when
    a bot is given). Results go to ``out_path`` (JSONL, one line per item, flushed as it
    goes) and ``<out stem>.ragas.jsonl``; the markdown report and its PNG plots go to
    ``report_path``. ``limit`` evaluates only the first items.

    >>> r = evaluate("shared/eval/seed_dev.jsonl", corpus=["corpus/a.txt"],
    ...              out_path="results/dev.jsonl", report_path="results/dev.md")  # doctest: +SKIP
    >>> r.summary["metrics"]["accuracy"]["value"]                                 # doctest: +SKIP
    0.75
    """
    if k < 1:
        raise ConfigError(f"k={k} must be at least 1.")
    started = time.perf_counter()
    qs = load_questions(questions_path, fmt)
    todo = qs.items if limit is None else qs.items[: max(limit, 0)]
    if qs.format == "jsonl" and bot is None:
        bot = _open_bot(index_dir, corpus, k)
    elif qs.format == "squad" and (index_dir is not None or corpus):
        log.warning("SQuAD questions are asked of their own articles; --index/--corpus unused.")
    if qs.format == "squad" and make_bot is None:
        make_bot = _squad_factory(bot, k)

    out = Path(out_path)
    if out.resolve() == Path(questions_path).resolve():
        raise ConfigError(f"--out {out} is the questions file itself; write results elsewhere.")
    out.parent.mkdir(parents=True, exist_ok=True)
    ragas = out.with_name(out.stem + ".ragas.jsonl")
    from tqdm import tqdm

    rows: list[Row] = []
    timing = {"index": 0.0, "ask": 0.0}
    article: str | None = None
    item_bot: Bot | None = bot
    texts = _texts(bot) if bot is not None else {}
    with (
        out.open("w", encoding="utf-8") as f_out,
        ragas.open("w", encoding="utf-8") as f_ragas,
        tqdm(todo, desc="eval", unit="q", file=sys.stderr, disable=not progress) as bar,
    ):
        for item in bar:
            if item.article is not None and item.article != article:
                assert make_bot is not None
                item_bot = None  # drop the last article's index before building the next
                bar.set_postfix_str(f"indexing {item.article}")
                t0 = time.perf_counter()
                item_bot = make_bot(qs.articles[item.article])
                timing["index"] += time.perf_counter() - t0
                texts, article = _texts(item_bot), item.article
                bar.set_postfix_str(article)
            assert item_bot is not None
            row, ragas_row, ask_s = _run_item(item_bot, item, texts, k)
            timing["ask"] += ask_s
            rows.append(row)
            # Flush each line: an interrupted run keeps every finished item.
            f_out.write(json.dumps(row, ensure_ascii=False) + "\n")
            f_out.flush()
            f_ragas.write(json.dumps(ragas_row, ensure_ascii=False) + "\n")
            f_ragas.flush()

    summary = summarize(rows, k=k)
    timing["total"] = time.perf_counter() - started
    result = EvalResult(rows, summary, out, None, ragas, timing)
    if report_path is not None:
        result.report_path = write_report(
            result, report_path, questions_path=Path(questions_path), fmt=qs.format
        )
    return result


def _open_bot(index_dir: str | Path | None, corpus: Sequence[str | Path] | None, k: int) -> Bot:
    from .core import Assistant  # the model stack loads only when a run needs it

    if corpus:
        bot: Bot = Assistant.from_files(list(corpus), index_dir=index_dir, k=k)
    elif index_dir is not None:
        bot = Assistant.load(index_dir, k=k)
    else:
        raise ConfigError(
            "Nothing to ask: give --index DIR (a built index) or --corpus PATH... "
            "(articles to index) for JSONL questions."
        )
    return bot


def _squad_factory(shared: Bot | None, k: int) -> BotFactory:
    from .core import Assistant

    # One embedding model for every article: loading it per article would dominate.
    embedder = getattr(shared, "embedder", None)

    def make(doc: Document) -> Bot:
        nonlocal embedder
        article_bot = Assistant.from_documents([doc], index_dir=None, embedder=embedder, k=k)
        embedder = article_bot.embedder
        return article_bot

    return make


def _texts(bot: Bot) -> dict[str, str]:
    return {d.doc_id: d.text for d in bot.documents}


def _finite(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None  # NaN is not valid JSON


def _run_item(bot: Bot, item: EvalItem, texts: Mapping[str, str], k: int) -> tuple[Row, Row, float]:
    """Play the item's turns; return its result line, its RAGAS line and the ask time."""
    history: list[dict[str, str]] = []
    error: str | None = None
    spent = 0.0
    ans: Answer | None = None
    latency = 0.0
    try:
        for i, turn in enumerate(item.turns):
            t0 = time.perf_counter()
            # A copy: the bot must not be able to alter the conversation being replayed.
            ans = bot.ask(turn, history=list(history))
            elapsed = time.perf_counter() - t0
            spent += elapsed
            if i == len(item.turns) - 1:
                latency = elapsed
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": ans.text},
            ]
    except AssistantError as e:
        # A question the assistant refuses to take (too long, ...) is a failed item, not a
        # crashed run; with no answer and no abstention it scores as wrong either way.
        latency = time.perf_counter() - t0
        error = str(e)
        ans = None
    question = item.turns[-1]
    if ans is None:
        ans = Answer(question=question, text="", abstained=False, confidence=0.0)
    row: Row = {
        "id": item.id,
        "question": question,
        "turns": list(item.turns),
        "answer": ans.text,
        "abstained": bool(ans.abstained),
        "confidence": _finite(ans.confidence),
        "citations": [
            {"n": c.n, "doc_id": c.doc_id, "start": c.start, "end": c.end, "quote": c.quote}
            for c in ans.citations
        ],
        "passages": [
            {
                "doc_id": p.doc_id,
                "chunk_id": p.chunk_id,
                "start": p.start,
                "end": p.end,
                "score": _finite(p.score),
            }
            for p in ans.passages
        ],
        "latency_ms": round(latency * 1000, 3),
    }
    if item.article is not None:
        row["article"] = item.article
    if error is not None:
        row["error"] = error
    spans: Sequence[Span] = ()
    if item.answerable is not None:
        spans = (
            item.evidence_spans
            if item.evidence_spans is not None
            else locate_evidence(item.evidence, texts)
        )
        if item.answerable and item.evidence and not spans:
            log.warning("item %s: evidence not found in the documents", item.id)
        row.update(
            answerable=item.answerable,
            gold_answers=list(item.answers),
            evidence=list(item.evidence),
            evidence_spans=[{"doc_id": d, "start": s, "end": e} for d, s, e in spans],
        )
    row.update(score_answer(item, ans, texts, spans))
    ragas_row: Row = {
        "id": item.id,
        "question": question,
        "answer": ans.text,
        "contexts": [p.text for p in ans.passages[:k]],
        "ground_truth": item.answers[0] if item.answers else "",
    }
    return row, ragas_row, spent


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def threshold_sweep(items: Sequence[Mapping[str, Any]]) -> list[dict[str, float]]:
    """Accuracy if the assistant also abstained below each confidence threshold.

    Raising the threshold can only add abstentions (an abstained answer has no text to
    bring back), so the first row (threshold -inf) is the assistant's own operating point
    and the last (+inf) abstains on everything. Each row: ``threshold``, ``coverage``
    (share of gold items answered), ``accuracy`` (all gold items), ``accuracy_answerable``,
    ``accuracy_unanswerable``, ``selective_accuracy`` (correct share of answered items).
    """
    gold = [r for r in items if r.get("answerable") is not None and r.get("correct") is not None]
    if not gold:
        return []
    n = len(gold)
    n_ans = sum(1 for r in gold if r["answerable"])
    ok = {"all": 0, "ans": 0, "una": 0}
    for r in gold:
        ok["all"] += bool(r["correct"])
        ok["ans" if r["answerable"] else "una"] += bool(r["correct"])
    # Answered items by rising confidence: raising the threshold past an item's confidence
    # turns it into an abstention, right exactly when the item is unanswerable.
    answered = sorted(
        (
            (-math.inf if r.get("confidence") is None else float(r["confidence"]), r)
            for r in gold
            if not r["abstained"]
        ),
        key=lambda x: x[0],
    )
    answered_ok = sum(bool(r["correct"]) for _, r in answered)
    thresholds = [-math.inf, *sorted({c for c, _ in answered if c > -math.inf}), math.inf]
    out: list[dict[str, float]] = []
    dropped = 0
    for t in thresholds:
        while dropped < len(answered) and answered[dropped][0] < t:
            r = answered[dropped][1]
            delta = int(not r["answerable"]) - int(bool(r["correct"]))
            ok["all"] += delta
            ok["ans" if r["answerable"] else "una"] += delta
            answered_ok -= bool(r["correct"])
            dropped += 1
        kept = len(answered) - dropped
        out.append(
            {
                "threshold": t,
                "coverage": kept / n,
                "accuracy": ok["all"] / n,
                "accuracy_answerable": ok["ans"] / n_ans if n_ans else math.nan,
                "accuracy_unanswerable": ok["una"] / (n - n_ans) if n - n_ans else math.nan,
                "selective_accuracy": answered_ok / kept if kept else math.nan,
            }
        )
    return out


def _cell(x: Any, width: int = 90) -> str:
    s = " ".join(str(x).split())
    if len(s) > width:
        s = s[: width - 1] + "…"
    return s.replace("|", "\\|")


def _pct(x: float | None) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{100 * x:.1f}%"


def _groups(items: Sequence[Row]) -> dict[str, list[Row]]:
    """Items by article (SQuAD), else by single-turn vs follow-up when both occur."""
    groups: dict[str, list[Row]] = {}
    if any("article" in r for r in items):
        for r in items:
            groups.setdefault(str(r.get("article")), []).append(r)
    elif any(len(r.get("turns", [])) > 1 for r in items):
        for r in items:
            key = "follow-up" if len(r.get("turns", [])) > 1 else "single turn"
            groups.setdefault(key, []).append(r)
    return groups


def write_report(
    result: EvalResult,
    report_path: str | Path,
    *,
    questions_path: Path | None = None,
    fmt: str | None = None,
) -> Path:
    """Write the markdown report and its PNG plots (``<stem>.risk_coverage.png``,
    ``<stem>.latency.png``) next to it; return the report's path.

    >>> write_report(result, "results/dev.md")   # doctest: +SKIP
    PosixPath('results/dev.md')
    """
    path = Path(report_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    items, summary = result.items, result.summary
    k = summary["k"]
    sweep = threshold_sweep(items)
    rc_png = path.with_name(path.stem + ".risk_coverage.png")
    lat_png = path.with_name(path.stem + ".latency.png")
    plots = _plot(items, sweep, rc_png, lat_png)

    md: list[str] = ["# Evaluation report", ""]
    if questions_path is not None:
        md.append(f"Questions: `{questions_path}` ({fmt or 'auto'}), {len(items)} items.")
    if result.out_path is not None:
        md.append(f"Results: `{result.out_path}`; RAGAS export: `{result.ragas_path}`.")
    if result.timing:
        t = result.timing
        md.append(
            f"Time: {t.get('total', 0):.1f} s in all, {t.get('ask', 0):.1f} s answering, "
            f"{t.get('index', 0):.1f} s building per-article indexes."
        )
    md += ["", "## Summary", "", "| metric | value | n |", "|---|---:|---:|"]
    for key, label in METRICS.items():
        m = summary["metrics"][key]
        name = label.format(k=k)
        if name.startswith(" "):  # a sub-row of the metric above
            name = f"answer accuracy, {name.strip()}"
        md.append(f"| {name} | {_fmt_value(key, m['value'])} | {m['n']} |")
    if summary.get("errors"):
        md.append(f"\n{summary['errors']} items failed with an error (counted as wrong).")

    groups = _groups(items)
    if len(groups) > 1:
        md += [
            "",
            "## By group",
            "",
            f"| group | n | accuracy | answerable | unanswerable | recall@{k} | p50 ms |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, rows in groups.items():
            m = summarize(rows, k=k)["metrics"]
            p50 = m["latency_p50_ms"]["value"]
            md.append(
                f"| {_cell(name, 40)} | {len(rows)} | {_pct(m['accuracy']['value'])} | "
                f"{_pct(m['accuracy_answerable']['value'])} | "
                f"{_pct(m['accuracy_unanswerable']['value'])} | "
                f"{_pct(m['recall_at_k']['value'])} | "
                f"{_fmt_value('latency', p50)} |"
            )

    if sweep:
        best = max(sweep, key=lambda r: (r["accuracy"], -r["threshold"]))
        now = sweep[0]
        md += ["", "## Abstention threshold", ""]
        if plots:
            md.append(f"![risk-coverage]({rc_png.name})")
            md.append("")
        if best["accuracy"] <= now["accuracy"]:
            advice = "No higher threshold improves accuracy on this set."
        else:
            advice = (
                "Abstaining on every question"
                if math.isinf(best["threshold"])
                else f"Also abstaining below confidence {best['threshold']:.4g}"
            ) + (
                f" would give accuracy {_pct(best['accuracy'])} (answerable "
                f"{_pct(best['accuracy_answerable'])}, unanswerable "
                f"{_pct(best['accuracy_unanswerable'])}) at coverage {_pct(best['coverage'])}."
            )
        md.append(
            f"At the assistant's own threshold: accuracy {_pct(now['accuracy'])}, "
            f"coverage {_pct(now['coverage'])}. {advice}"
        )

    if plots:
        md += ["", "## Latency", "", f"![latency]({lat_png.name})"]

    wrong = sorted(
        (
            r
            for r in items
            if r.get("correct") is False and not r["abstained"] and not r.get("error")
        ),
        key=lambda r: -(r.get("confidence") or 0.0),
    )[:WORST_MISSES]
    md += ["", "## Worst misses: wrong answers with the highest confidence", ""]
    if wrong:
        md += ["| id | question | answer | gold | confidence |", "|---|---|---|---|---:|"]
        for r in wrong:
            gold = " / ".join(r.get("gold_answers") or []) or "(unanswerable)"
            md.append(
                f"| {_cell(r['id'], 30)} | {_cell(r['question'], 60)} | {_cell(r['answer'])} | "
                f"{_cell(gold, 40)} | {_conf(r)} |"
            )
    else:
        md.append("None.")

    refusals = sorted(
        (r for r in items if r.get("answerable") and r["abstained"]),
        key=lambda r: -(r.get("confidence") or 0.0),
    )[:WORST_MISSES]
    md += ["", "## False refusals: answerable questions the assistant declined", ""]
    if refusals:
        md += [
            f"| id | question | gold | confidence | evidence rank (k={k}) |",
            "|---|---|---|---:|---:|",
        ]
        for r in refusals:
            rank = r.get("retrieval_hit_rank")
            md.append(
                f"| {_cell(r['id'], 30)} | {_cell(r['question'], 60)} | "
                f"{_cell(' / '.join(r.get('gold_answers') or []), 40)} | {_conf(r)} | "
                f"{'miss' if rank is None else rank} |"
            )
    else:
        md.append("None.")

    errors = [r for r in items if r.get("error")]
    if errors:
        md += ["", "## Errors", ""]
        md += [f"- `{_cell(r['id'], 30)}`: {_cell(r['error'], 200)}" for r in errors[:20]]
    path.write_text("\n".join(md) + "\n", encoding="utf-8")
    return path


def _conf(r: Mapping[str, Any]) -> str:
    c = r.get("confidence")
    return "n/a" if c is None else f"{c:.3f}"


def _plot(items: Sequence[Row], sweep: list[dict[str, float]], rc_png: Path, lat_png: Path) -> bool:
    """Draw both plots; False (and no image links) when matplotlib is not installed."""
    try:
        # Figure without pyplot: no global backend state, safe inside a server process.
        from matplotlib.figure import Figure
    except ImportError:
        log.warning("matplotlib is not installed: the report has no plots")
        return False

    fig = Figure(figsize=(10, 4), layout="constrained")
    left, right = fig.subplots(1, 2)
    finite = [r for r in sweep if math.isfinite(r["threshold"])]
    if finite:
        xs = [r["threshold"] for r in finite]
        for key, label in (
            ("accuracy", "all"),
            ("accuracy_answerable", "answerable"),
            ("accuracy_unanswerable", "unanswerable"),
        ):
            left.plot(xs, [r[key] for r in finite], label=label, drawstyle="steps-post")
        left.legend()
    left.set(xlabel="abstain below confidence", ylabel="accuracy", ylim=(0, 1.02))
    left.set_title("Accuracy vs abstention threshold")
    points = sorted(
        (r["coverage"], r["selective_accuracy"])
        for r in sweep
        if not math.isnan(r["selective_accuracy"])
    )
    if points:
        right.plot(*zip(*points, strict=True), marker="." if len(points) < 60 else None)
        right.plot(*points[-1], "o", color="k", label="as run")
        right.legend()
    right.set(xlabel="coverage (share answered)", ylabel="accuracy of answered", ylim=(0, 1.02))
    right.set_title("Risk-coverage")
    fig.savefig(rc_png, dpi=100)

    lat = [float(r["latency_ms"]) for r in items if r.get("latency_ms") is not None]
    fig = Figure(figsize=(6, 4), layout="constrained")
    ax = fig.subplots()
    if lat:
        ax.hist(lat, bins=min(40, max(5, len(lat) // 5)))
        for q, style in ((50, "--"), (95, ":")):
            v = percentile(lat, q) or 0.0
            ax.axvline(v, color="k", linestyle=style, label=f"p{q} = {v:.0f} ms")
        ax.legend()
    ax.set(xlabel="latency of the scored turn (ms)", ylabel="items")
    ax.set_title("Answer latency")
    fig.savefig(lat_png, dpi=100)
    return True
