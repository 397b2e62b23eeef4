"""Peak memory (max RSS) of index build and of answering, against the bare floor.

Each measurement runs in a fresh process that reports its own ``ru_maxrss``:
* build: ``Assistant.from_files`` over ~0.1 MB of real prose; floor: load the model,
  encode the same sentences, add them to a FAISS ``IndexFlatIP``;
* ask: ``Assistant.load(index).ask(question)`` on the default article's index; floor:
  load the model, read the same FAISS file, encode the question, search.

    python bench/bench_memory.py --repeats 2 --size 0.1
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import (
    ARTICLE,
    ROOT,
    Row,
    check_repeats,
    child_env,
    emit,
    log,
    median,
    model_path,
    parser,
    prose,
)

QUESTION = "Where is the NATO summit taking place?"


def _peak_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, args: list[str]) -> None:
    """The measured work of one process; prints ``{"peak_mb": ...}`` last."""
    if kind == "build":
        from assistant import Assistant

        corpus, index_dir, sentences_out = Path(args[0]), args[1], args[2]
        bot = Assistant.from_files(sorted(corpus.iterdir()), index_dir=index_dir)
        peak = _peak_mb()
        texts = sorted({s.text for s in bot.index.sentences}, key=len)
        Path(sentences_out).write_text(json.dumps(texts), encoding="utf-8")
    elif kind == "build-floor":
        import faiss
        from sentence_transformers import SentenceTransformer

        texts = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        model = SentenceTransformer(model_path(), device="cpu")
        vecs = model.encode(
            texts, batch_size=int(args[1]), convert_to_numpy=True, normalize_embeddings=True
        )
        index = faiss.IndexFlatIP(vecs.shape[1])
        index.add(vecs)
        peak = _peak_mb()
    elif kind == "ask":
        from assistant import Assistant

        Assistant.load(args[0]).ask(QUESTION)
        peak = _peak_mb()
    elif kind == "ask-floor":
        import faiss
        from sentence_transformers import SentenceTransformer

        loaded = faiss.read_index(args[0])
        model = SentenceTransformer(model_path(), device="cpu")
        loaded.search(model.encode([QUESTION], normalize_embeddings=True), 5)
        peak = _peak_mb()
    else:
        sys.exit(f"unknown child kind {kind!r}")
    print(json.dumps({"peak_mb": peak}))


def _measure(kind: str, *args: str) -> float:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"error: the {kind} process failed:\n{proc.stderr.strip()[-2000:]}")
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["peak_mb"])


def run(repeats: int, size_mb: float) -> list[Row]:
    from bench_cold_start import vectors_file

    from assistant.embed import SentenceTransformerEmbedder

    # The floor encodes in batches of the assistant's size: activations scale with it.
    batch = str(SentenceTransformerEmbedder().batch_size)  # the model itself is not loaded

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-mem-") as tmp_name:
        tmp = Path(tmp_name)
        docs, source = prose(int(size_mb * 1_000_000))
        corpus = tmp / "corpus"
        corpus.mkdir()
        for i, (title, text) in enumerate(docs):
            (corpus / f"{i:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        n_bytes = sum(p.stat().st_size for p in corpus.iterdir())
        sentences = tmp / "sentences.json"

        build, build_floor = [], []
        for r in range(repeats):
            build.append(_measure("build", str(corpus), str(tmp / f"index-{r}"), str(sentences)))
            build_floor.append(_measure("build-floor", str(sentences), batch))
            log(f"  build repeat {r + 1}: {build[-1]:.0f} MB, floor {build_floor[-1]:.0f} MB")
        rows.append(
            Row("memory", f"peak RSS, index build of {n_bytes / 1e6:.2f} MB", median(build),
                median(build_floor), "MB", repeats, source)
        )  # fmt: skip

        article_index = tmp / "article-index"
        article = tmp / "article"
        article.mkdir()
        (article / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
        _measure("build", str(article), str(article_index), str(tmp / "article-sentences.json"))
        faiss_file = str(vectors_file(article_index))
        ask, ask_floor = [], []
        for r in range(repeats):
            ask.append(_measure("ask", str(article_index)))
            ask_floor.append(_measure("ask-floor", faiss_file))
            log(f"  ask repeat {r + 1}: {ask[-1]:.0f} MB, floor {ask_floor[-1]:.0f} MB")
        rows.append(
            Row("memory", "peak RSS, load index + one ask", median(ask), median(ask_floor), "MB",
                repeats, f"default article ({ARTICLE.name})")
        )  # fmt: skip
    return rows


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    p = parser(__doc__.splitlines()[0], repeats=2)
    p.add_argument("--size", type=float, default=0.1, metavar="MB",
                   help="prose to index for the build measurement (default: 0.1)")  # fmt: skip
    args = p.parse_args()
    check_repeats(args.repeats)
    emit(run(args.repeats, args.size), args.json)


if __name__ == "__main__":
    main()
