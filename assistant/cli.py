"""Command line: ``python -m assistant {index,ask,serve,eval}``; ``--help`` on each."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AssistantError

if TYPE_CHECKING:
    from .embed import SentenceTransformerEmbedder

log = logging.getLogger("assistant")

EPILOG = """examples:
  python -m assistant index corpus/*.txt --index index
  python -m assistant ask "Who was invited to the summit?" --index index
  python -m assistant ask "Where is it held?" --index index --json
  python -m assistant serve --index index            # http://127.0.0.1:7860
  python -m assistant eval --questions qa.jsonl --index index --out results.jsonl

Every answer quotes the article verbatim with character offsets; when the article does
not answer, the assistant says so instead of guessing."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant",
        description="Chat with a news article: answers are verbatim, cited quotes of it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "index",
        help="build or update the index of article files",
        description="Build or update the index of these article files (.txt, .md, .html, or "
        "folders of them). Sentences already embedded are reused, so an update is quick.",
        epilog="example: python -m assistant index corpus/ --index index",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--index", default="index", metavar="DIR", help="index folder (default: index)")
    p.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        help="sentence-transformers model (default: the packaged all-MiniLM-L6-v2)",
    )
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    p = sub.add_parser(
        "ask",
        help="answer one question from a built index",
        description="Answer one question about the indexed articles, quoting them.",
        epilog='example: python -m assistant ask "Who is James?" --index index --json',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("question", help='the question, in quotes; "-" reads it from standard input')
    p.add_argument("--index", default="index", metavar="DIR", help="index folder (default: index)")
    p.add_argument("--model", metavar="NAME_OR_PATH", help="the model the index was built with")
    p.add_argument("--json", action="store_true", help="print Answer.to_dict() as JSON")
    p.add_argument("-k", type=int, default=5, help="passages to retrieve (default: 5)")

    p = sub.add_parser(
        "serve",
        help="serve the web chat and the REST API",
        description="Serve the chat page at / and the REST API (POST /api/ask, GET /healthz, "
        "docs at /docs) on one server.",
        epilog="example: python -m assistant serve --corpus corpus/ --port 7860",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--index", metavar="DIR", help="a built index folder (default: index)")
    src.add_argument(
        "--corpus",
        nargs="+",
        metavar="PATH",
        help="article files to index (into --index-dir) and serve",
    )
    p.add_argument(
        "--index-dir",
        default="index",
        metavar="DIR",
        help="where --corpus builds its index (default: index)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    p.add_argument("--max-upload-mb", type=float, default=2.0, help="upload size limit in MB")
    p.add_argument(
        "--max-articles", type=int, default=5, help="most files one upload may hold (default: 5)"
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds a REST question may take before a 504 (default: 60)",
    )

    p = sub.add_parser(
        "eval",
        help="play a question set and score the answers",
        description="Ask every question of a set (JSONL turns, or SQuAD 2.0 JSON), write one "
        "result line per item, and print the scores.",
        epilog="example: python -m assistant eval --questions qa.jsonl --index index "
        "--out results.jsonl --report report.md",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--questions", required=True, metavar="FILE", help="JSONL or SQuAD JSON file")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--index", metavar="DIR", help="a built index folder")
    src.add_argument("--corpus", nargs="+", metavar="PATH", help="article files to index in memory")
    p.add_argument("--out", required=True, metavar="FILE", help="results, one JSON line per item")
    p.add_argument("--report", metavar="FILE", help="a Markdown report with plots beside it")
    p.add_argument("--format", choices=["jsonl", "squad"], help="input format (default: guessed)")
    p.add_argument("--limit", type=int, help="evaluate only the first N items")
    p.add_argument("-k", type=int, default=5, help="passages to retrieve (default: 5)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(COMMANDS[args.command](args) or 0)
    except AssistantError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; anything already written is kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:
        # Disk full, permissions: a user's environment, not a bug.
        print(f"error: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


def _embedder(model: str | None) -> SentenceTransformerEmbedder | None:
    from .embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model) if model else None


def cmd_index(args: argparse.Namespace) -> int:
    from .core import Assistant

    bot = Assistant.from_files(
        args.paths,
        index_dir=args.index,
        embedder=_embedder(args.model),
        progress=not args.no_progress,
    )
    data = bot.index
    print(
        f"indexed {len(data.documents)} document(s): {len(data.sentences)} sentences, "
        f"{len(data.chunks)} chunks -> {args.index}"
    )
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .core import Assistant

    # A long question does not fit one command-line argument (Linux caps it at 128 KiB).
    question = sys.stdin.read() if args.question == "-" else args.question
    bot = Assistant.load(args.index, embedder=_embedder(args.model), k=args.k)
    answer = bot.ask(question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(answer.text)
    for c in answer.citations:
        title = bot.document(c.doc_id).title
        print(f"  [{c.n}] {title} ({c.doc_id}, characters {c.start}-{c.end})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .core import Assistant

    limits = {"max_question_chars": args.max_question_chars}
    if args.corpus:
        bot = Assistant.from_files(args.corpus, index_dir=args.index_dir, progress=True, **limits)
    else:
        bot = Assistant.load(args.index or "index", **limits)
    from ui.app import serve

    serve(
        bot,
        host=args.host,
        port=args.port,
        max_upload_bytes=int(args.max_upload_mb * 1e6),
        max_articles=args.max_articles,
        request_timeout_s=args.timeout,
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_summary

    bot = None
    if args.index:
        from .core import Assistant

        bot = Assistant.load(args.index, k=args.k)
    result = evaluate(
        args.questions,
        bot=bot,
        corpus=args.corpus,
        out_path=args.out,
        report_path=args.report,
        fmt=args.format,
        k=args.k,
        limit=args.limit,
    )
    print(format_summary(result.summary))
    print(f"results: {Path(args.out)}" + (f"; report: {args.report}" if args.report else ""))
    return 0


def _version() -> str:
    from . import __version__

    return f"article-assistant {__version__}"


COMMANDS = {"index": cmd_index, "ask": cmd_ask, "serve": cmd_serve, "eval": cmd_eval}
