"""The command line, run as users run it: ``python -m assistant ...`` in a subprocess."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEFAULT_ARTICLE, ROOT

from assistant.cli import main
from assistant.store import load_index

ENV = {
    **os.environ,
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "PYTHONWARNINGS": "ignore",
}


def run(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=ROOT,
        env=ENV,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_user_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """One plain line on stderr starting with "error:", nothing on stdout, exit non-zero."""
    assert proc.returncode != 0, proc
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert line.startswith("error: "), line
    for needle in needles:
        assert needle in line, line
    assert proc.stdout == ""
    return line


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index built by ``python -m assistant index`` (module scoped: one model load)."""
    folder = tmp_path_factory.mktemp("cli") / "index"
    proc = run("index", str(DEFAULT_ARTICLE), "--index", str(folder), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert "indexed 1 document(s)" in proc.stdout
    assert "Traceback" not in proc.stderr
    return folder


# -- help -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "teaches"),
    [
        ([], ["index", "ask", "serve", "eval", "examples:"]),
        (["index"], ["PATH", "--index", "example:"]),
        (["ask"], ["question", "--index", "--json", "example:"]),
        (["serve"], ["--index", "--corpus", "--host", "--port", "example:"]),
        (["eval"], ["--questions", "--out", "--report", "--format", "example:"]),
    ],
)
def test_help(command: list[str], teaches: list[str]) -> None:
    proc = run(*command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: python -m assistant")
    for word in teaches:
        assert word in proc.stdout
    assert proc.stderr == ""


def test_version_and_no_command() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("article-assistant ")
    proc = run()
    assert proc.returncode != 0 and "usage:" in proc.stdout


# -- index then ask ----------------------------------------------------------------------


def test_ask_json_gives_answer_with_exact_citations(cli_index: Path) -> None:
    proc = run(
        "ask", "Who extended the invitation to Azerbaijan?", "--index", str(cli_index), "--json"
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) >= {"question", "answer", "abstained", "citations", "passages"}
    assert out["question"] == "Who extended the invitation to Azerbaijan?"
    assert not out["abstained"] and out["citations"]
    assert any("James O'Brien" in p["text"] for p in out["passages"])
    docs = load_index(cli_index).doc_by_id
    for c in out["citations"]:
        assert set(c) >= {"n", "doc_id", "start", "end", "quote", "score"}
        assert docs[c["doc_id"]].text[c["start"] : c["end"]] == c["quote"]
        assert f"[{c['n']}]" in out["answer"]
    for p in out["passages"]:
        assert docs[p["doc_id"]].text[p["start"] : p["end"]] == p["text"]
    assert len(out["passages"]) <= 5


def test_ask_text_and_question_from_stdin(cli_index: Path) -> None:
    proc = run(
        "ask",
        "-",
        "--index",
        str(cli_index),
        "-k",
        "2",
        stdin="When did Karim Valiyev meet Stefan Fiks?\n",
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines and lines[0].strip()
    # The answer, then one line per citation: "  [n] title (doc_id, characters a-b)".
    for n, line in enumerate(lines[1:], start=1):
        assert re.fullmatch(
            rf"  \[{n}\] .+ \(azerbaijan-nato-summit, characters \d+-\d+\)", line
        ), line
        assert f"[{n}]" in lines[0]


def test_index_is_reused_when_up_to_date(cli_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(cli_index, copy)
    before = {p.name: p.stat().st_mtime_ns for p in copy.iterdir()}
    proc = run("index", str(DEFAULT_ARTICLE), "--index", str(copy), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.stat().st_mtime_ns for p in copy.iterdir()} == before


# -- user errors: one line, no traceback, non-zero ----------------------------------------


def test_index_missing_file(tmp_path: Path) -> None:
    proc = run("index", str(tmp_path / "nope.txt"), "--index", str(tmp_path / "idx"))
    assert_user_error(proc, "nope.txt")
    assert not (tmp_path / "idx" / "manifest.json").exists()


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", "Café crème.".encode("latin-1"), "UTF-8"),
        ("slides.pdf", b"%PDF-1.4", ".pdf"),
    ],
)
def test_index_bad_file(tmp_path: Path, name: str, data: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_user_error(run("index", str(path), "--index", str(tmp_path / "idx")), name, needle)


def test_ask_missing_index(tmp_path: Path) -> None:
    line = assert_user_error(run("ask", "Who?", "--index", str(tmp_path / "none")))
    assert "python -m assistant index" in line


def test_ask_corrupt_index(cli_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(cli_index, copy)
    vectors = next(copy.glob("vectors-*"))
    vectors.write_bytes(vectors.read_bytes()[:100])
    line = assert_user_error(run("ask", "Who?", "--index", str(copy)))
    assert "python -m assistant index" in line
    (copy / "manifest.json").write_text("{not json")
    assert_user_error(run("ask", "Who?", "--index", str(copy)), "python -m assistant index")


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_ask_empty_question(cli_index: Path, question: str) -> None:
    assert_user_error(run("ask", question, "--index", str(cli_index)), "empty")


def test_ask_huge_question_on_stdin(cli_index: Path) -> None:
    # 200,000 characters is over what one argv string may hold on Linux, so use stdin.
    line = assert_user_error(run("ask", "-", "--index", str(cli_index), stdin="why " * 50_000))
    assert "200,000" in line and "limit" in line


def test_ask_empty_stdin(cli_index: Path) -> None:
    assert_user_error(run("ask", "-", "--index", str(cli_index), stdin=""), "empty")


def test_huge_question_argument_in_process(
    cli_index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "x" * 200_000, "--index", str(cli_index)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("error: ") and "200,000" in err


def test_eval_missing_questions_file(tmp_path: Path, cli_index: Path) -> None:
    proc = run(
        "eval",
        "--questions",
        str(tmp_path / "q.jsonl"),
        "--index",
        str(cli_index),
        "--out",
        str(tmp_path / "out.jsonl"),
    )
    assert_user_error(proc, "q.jsonl")
