"""Train the answer scorer shipped in ``assistant/data/scorer.json``.

    python scripts/train_scorer.py [--shared ../shared] [--out assistant/data/scorer.json]

Builds a real index of each SQuAD 2.0 development article (``shared/data/squad2``) and
of the default article (and, with ``--news`` and ``--article-sets``, of invented news
articles and of the conversations written about the default article), retrieves for
every question exactly as ``Assistant.ask`` does, labels each candidate sentence by
whether it holds a gold answer (no sentence does for an unanswerable question), and
fits the sentence ranker (a small network) and, on the ranker's article-held-out
outputs, the abstainer (boosted trees), both with a fixed seed. The abstention
threshold is calibrated on article-held-out predictions: the most unanswerable questions
refused while answerable ones are rarely refused. Prints the held-out figures that
README.md reports.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant, Document  # noqa: E402
from assistant.compose import QUESTION_FEATURES, SECOND_RATIO, scoring_text  # noqa: E402
from assistant.edits import edit_features  # noqa: E402
from assistant.embed import SentenceTransformerEmbedder  # noqa: E402
from assistant.features import FEATURE_NAMES, QuestionInfo  # noqa: E402
from assistant.rewrite import rewrite  # noqa: E402
from assistant.spans import MAX_ANSWER_WORDS, quoted_span  # noqa: E402

SEED = 13


def normalize(text: str) -> str:
    import re
    import string

    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def squad_questions(path: Path) -> list[tuple[str, Document, list[dict]]]:
    data = json.loads(path.read_text("utf-8"))
    out = []
    for article in data["data"]:
        text = "\n\n".join(p["context"] for p in article["paragraphs"])
        doc = Document(article["title"].lower(), article["title"].replace("_", " "), text, "squad")
        qs = []
        for p in article["paragraphs"]:
            for qa in p["qas"]:
                qs.append(
                    {
                        "id": qa["id"],
                        "turns": [qa["question"]],
                        "answers": sorted({a["text"] for a in qa["answers"]}),
                        "answerable": not qa.get("is_impossible", False),
                    }
                )
        out.append((article["title"], doc, qs))
    return out


def default_article(shared: Path) -> Document:
    """The article of ``shared/corpus``, which ``seed_dev.jsonl`` asks about."""
    from assistant.ingest import load_document

    return load_document(next((shared / "corpus").glob("*")))


def seed_questions(shared: Path) -> list[tuple[str, Document, list[dict]]]:
    doc = default_article(shared)
    items = [
        json.loads(line)
        for line in (shared / "eval/seed_dev.jsonl").read_text().splitlines()
        if line
    ]
    return [("seed:" + doc.doc_id, doc, items)]


def news_questions(folder: Path) -> list[tuple[str, Document, list[dict]]]:
    """Invented news articles (``<slug>.txt``) with questions a reader would ask of them
    (``<slug>.jsonl``, the evaluation format), e.g. ``tests/data/news``: news in the
    product's own domain, with unanswerable questions written as people write them."""
    from assistant.ingest import load_document

    out = []
    for txt in sorted(folder.glob("*.txt")):
        items = [
            json.loads(line) for line in txt.with_suffix(".jsonl").read_text().splitlines() if line
        ]
        out.append(("news:" + txt.stem, load_document(txt), items))
    return out


def article_sets(shared: Path, files: list[Path]) -> list[tuple[str, Document, list[dict]]]:
    """Conversations written about the default article (``tests/data/default-article-*``),
    in the evaluation format: one more news group, on the same article as ``seed_dev``."""
    if not files:
        return []
    doc = default_article(shared)
    items = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines() if line]
    return [("sets:" + doc.doc_id, doc, items)]


def off_topic(groups, art_i: int, n: int, rng):  # type: ignore[no-untyped-def]
    """Questions of other articles, asked of this one: generic off-topic negatives."""
    pool = [
        it
        for j, (_, _, items) in enumerate(groups)
        if j != art_i
        for it in items
        if it["answerable"] and not it["id"].startswith("offtopic")
    ]
    picked = rng.choice(len(pool), size=min(n, len(pool)), replace=False)
    return [
        dict(
            pool[i],
            id=f"offtopic-{art_i}-{pool[i]['id']}",
            answers=[],
            answerable=False,
            turns=pool[i]["turns"][-1:],
        )
        for i in picked
    ]


def swapped_focus(groups, art_i: int, n: int, rng):  # type: ignore[no-untyped-def]
    """This article's questions with the noun they ask about replaced by one the article
    never uses ("How many <troops> ..."): unanswerable questions that look answerable."""
    from assistant.features import _FOCUS
    from assistant.lexical import tokenize

    vocab = set(tokenize(groups[art_i][1].text))
    foreign = sorted(
        {
            m.group(m.lastindex)
            for j, (_, _, items) in enumerate(groups)
            if j != art_i
            for it in items
            for m in _FOCUS.finditer(it["turns"][-1])
            if m.lastindex and not set(tokenize(m.group(m.lastindex))) & vocab
        }
    )
    out = []
    own = [it for it in groups[art_i][2] if it["answerable"] and _FOCUS.search(it["turns"][-1])]
    for i in rng.permutation(len(own))[:n]:
        it = own[i]
        m = _FOCUS.search(it["turns"][-1])
        word = foreign[rng.integers(len(foreign))] if foreign else None
        if not word or not m.lastindex:
            continue
        q = it["turns"][-1]
        q = q[: m.start(m.lastindex)] + word + q[m.end(m.lastindex) :]
        out.append(
            dict(
                it, id=f"offtopic-swap-{art_i}-{it['id']}", turns=[q], answers=[], answerable=False
            )
        )
    return out


def swapped_word(groups, art_i: int, n: int, rng):  # type: ignore[no-untyped-def]
    """This article's questions with one word (a name half the time) replaced by one the
    article never uses: a fact the article does not hold, asked in its own words
    ("How did <Turkey> react ...", "Who will <represent> ...")."""
    import re

    from assistant.lexical import STOPWORDS, tokenize

    vocab = set(tokenize(groups[art_i][1].text))
    word = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{3,}\b")

    def usable(w: str) -> bool:
        return w.lower() not in STOPWORDS and not set(tokenize(w)) & vocab

    names, words = set(), set()
    for j, (_, _, items) in enumerate(groups):
        if j == art_i:
            continue
        for it in items:
            for m in word.finditer(it["turns"][-1]):
                if m.start() > 0 and usable(m.group(0)):
                    (names if m.group(0)[0].isupper() else words).add(m.group(0))
    pools = {True: sorted(names), False: sorted(words)}
    own = [it for it in groups[art_i][2] if it["answerable"] and len(it["turns"]) == 1]
    out = []
    for i in rng.permutation(len(own))[:n]:
        q = own[i]["turns"][-1]
        spots = [
            m
            for m in word.finditer(q)
            if m.start() > 0
            and m.group(0).lower() not in STOPWORDS
            and pools[m.group(0)[0].isupper()]
        ]
        if not spots:
            continue
        want_name = bool(rng.integers(2)) and any(m.group(0)[0].isupper() for m in spots)
        spots = [m for m in spots if m.group(0)[0].isupper() == want_name] or spots
        m = spots[rng.integers(len(spots))]
        pool = pools[m.group(0)[0].isupper()]
        q = q[: m.start()] + pool[rng.integers(len(pool))] + q[m.end() :]
        out.append(
            dict(
                own[i],
                id=f"offtopic-word-{art_i}-{own[i]['id']}",
                turns=[q],
                answers=[],
                answerable=False,
            )
        )
    return out


def collect(groups, embedder, k: int, n_off_topic: int, scorer: Path):  # type: ignore[no-untyped-def]
    """Feature rows for every candidate of every question, with labels and group ids.
    ``scorer`` plays the earlier turns of a conversation (its features must match)."""
    from assistant.compose import Composer, Scorer

    composer = Composer(Scorer.load(scorer))
    rows, edits, words, labels, qids, arts, qinfo = [], [], [], [], [], [], []
    spans = []  # per row: first and last sentence quoted when it is the best, words, hit
    rng = np.random.default_rng(SEED)
    groups = [
        (
            name,
            doc,
            items
            + off_topic(groups, i, n_off_topic, rng)
            + swapped_focus(groups, i, n_off_topic, rng)
            + swapped_word(groups, i, n_off_topic // 2, rng),
        )
        for i, (name, doc, items) in enumerate(groups)
    ]
    for art_i, (name, doc, items) in enumerate(groups):
        t = time.time()
        bot = Assistant.from_documents([doc], embedder=embedder, k=k, composer=composer)
        for item in items:
            history: list[dict[str, str]] = []
            for turn in item["turns"][:-1]:
                ans = bot.ask(turn, history)
                history += [
                    {"role": "user", "content": turn},
                    {"role": "assistant", "content": ans.text},
                ]
            query = rewrite(item["turns"][-1], history)
            # As Composer.compose reads it.
            question = scoring_text(item["turns"][-1], bot.index.bm25.postings)
            retrieval = bot._retriever.retrieve(query, k)
            cands = bot._composer.candidates(question, retrieval, bot.index)
            answers = [normalize(a) for a in item.get("answers", [])]
            qi = len(qinfo)
            qinfo.append(
                {
                    "id": item["id"],
                    "answerable": bool(item["answerable"]),
                    "article": art_i,
                    "n": len(cands),
                    "answers": answers,
                    "synthetic": item["id"].startswith("offtopic"),
                }
            )
            q = QuestionInfo.of(question)
            for c in cands:
                raw = bot.index.sentences[c.sentence].text
                text = normalize(raw)
                hit = item["answerable"] and any(a and a in text for a in answers)
                span = quoted_span(c, q, bot.index)
                quoted = " ".join(
                    bot.index.sentences[i].text for i in range(span.sentence, span.end_sentence + 1)
                )
                span_hit = item["answerable"] and any(a and a in normalize(quoted) for a in answers)
                spans.append((span.sentence, span.end_sentence, len(quoted.split()), span_hit))
                rows.append(c.features)
                edits.append(edit_features(question, raw, bot.index.bm25.postings))
                words.append(len(raw.split()))
                labels.append(int(hit))
                qids.append(qi)
                arts.append(art_i)
        print(f"  {name}: {len(items)} questions, {time.time() - t:.1f}s", file=sys.stderr)
    return (
        np.asarray(rows),
        np.asarray(edits),
        np.asarray(spans),
        np.asarray(words),
        np.asarray(labels),
        np.asarray(qids),
        np.asarray(arts),
        qinfo,
    )


def fit(
    x: np.ndarray, y: np.ndarray, alpha: float, weight: np.ndarray | None = None, n: int = 5
) -> dict:
    """``n`` small MLPs on standardized features (seeds ``SEED`` ...), averaged in logit
    space, which is one network ``n`` times as wide: its parameters as plain lists.
    Averaging steadies the ranker: one network's choices on a new article moved with the
    smallest change to the training data."""
    from sklearn.neural_network import MLPClassifier

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    hidden_w, hidden_b, out_w, out_b = [], [], [], []
    for i in range(n):
        model = MLPClassifier(
            (32,), alpha=alpha, max_iter=400, early_stopping=True, random_state=SEED + i
        )
        model.fit((x - mean) / scale, y, sample_weight=weight)
        hidden_w.append(model.coefs_[0])
        hidden_b.append(model.intercepts_[0])
        out_w.append(model.coefs_[1][:, 0] / n)
        out_b.append(float(model.intercepts_[1][0]) / n)
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "hidden_weights": np.concatenate(hidden_w, axis=1).tolist(),
        "hidden_bias": np.concatenate(hidden_b).tolist(),
        "output_weights": np.concatenate(out_w).tolist(),
        "output_bias": sum(out_b),
    }


def predict(params: dict, x: np.ndarray) -> np.ndarray:
    """The network's output, computed as ``Scorer.probabilities`` does."""
    z = (x - np.asarray(params["mean"])) / np.asarray(params["scale"])
    h = np.maximum(z @ np.asarray(params["hidden_weights"]) + np.asarray(params["hidden_bias"]), 0)
    return 1.0 / (
        1.0
        + np.exp(
            -np.clip(h @ np.asarray(params["output_weights"]) + params["output_bias"], -30, 30)
        )
    )


def per_question(p, y, qids, qinfo, words, spans=None, second_ratio=SECOND_RATIO):  # type: ignore[no-untyped-def]
    """Per question: its candidate rows, and whether the answer the composer would quote
    holds a gold answer: the best sentence (as ``spans.quoted_span`` widens it, when
    ``spans`` are given) and the runner-up under ``Composer``'s rule."""
    hit = np.zeros(len(qinfo), dtype=bool)
    groups: dict[int, list[int]] = {}
    for i, q in enumerate(qids):
        groups.setdefault(int(q), []).append(i)
    for q, idx in groups.items():
        order = sorted(idx, key=lambda i: -p[i])
        first = order[0]
        lo, hi, n_words, first_hit = (
            spans[first] if spans is not None else (-1, -1, words[first], y[first])
        )
        hit[q] = bool(first_hit)
        for i in order[1:2]:
            s = spans[i][0] if spans is not None else -2
            if lo <= s <= hi:
                continue  # already inside the first span
            if p[i] >= second_ratio * p[first] and n_words + words[i] <= MAX_ANSWER_WORDS:
                hit[q] |= bool(y[i])
    return groups, hit


def question_rows(p, x, e, groups, n):  # type: ignore[no-untyped-def]
    """``question_features`` per question, with the edit features of its best row."""
    from assistant.compose import question_features

    rows = []
    for q in range(n):
        idx = np.asarray(groups[q])
        best = idx[int(np.argmax(p[idx]))]
        rows.append(question_features(p[idx], x[idx], e[best]))
    return np.stack(rows)


def figures(answerable_p, hit, answerable, threshold):  # type: ignore[no-untyped-def]
    answered = answerable_p >= threshold
    a, u = answerable, ~answerable
    correct = np.where(a, answered & hit, ~answered)
    return {
        "answerable_correct": round(float((answered & hit)[a].mean()), 4) if a.any() else None,
        "answerable_refused": round(float((~answered)[a].mean()), 4) if a.any() else None,
        "unanswerable_refused": round(float((~answered)[u].mean()), 4) if u.any() else None,
        "overall_correct": round(float(correct.mean()), 4),
        "n_answerable": int(a.sum()),
        "n_unanswerable": int(u.sum()),
    }


def fit_abstainer(q: np.ndarray, label: np.ndarray, weight: np.ndarray | None = None):  # type: ignore[no-untyped-def]
    """Boosted trees: a near miss shows in combinations (a confident ranking *and* a
    swapped word), which a linear model cannot express."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(
        max_iter=150,
        learning_rate=0.05,
        max_leaf_nodes=7,
        min_samples_leaf=40,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=SEED,
    )
    return model.fit(q, label, sample_weight=weight)


def abstain_predict(model, q: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    return model.predict_proba(q)[:, 1]


def export_trees(model, q: np.ndarray) -> dict:  # type: ignore[no-untyped-def]
    """The trees as plain lists for ``assistant.compose.Trees``; checked to predict what
    scikit-learn predicts on ``q``."""
    from assistant.compose import Trees

    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        trees.append(
            {
                "feature": nodes["feature_idx"].astype(int).tolist(),
                "threshold": [float(t) for t in nodes["num_threshold"]],
                "left": nodes["left"].astype(int).tolist(),
                "right": nodes["right"].astype(int).tolist(),
                "leaf": nodes["is_leaf"].astype(int).tolist(),
                "value": [round(float(v), 12) for v in nodes["value"]],
            }
        )
    baseline = float(np.ravel(model._baseline_prediction)[0])
    ours = Trees.from_json(trees, baseline, q.shape[1])
    mine = np.array([1 / (1 + np.exp(-ours.log_odds(row))) for row in q])
    assert np.allclose(mine, abstain_predict(model, q), atol=1e-6), "tree export mismatch"
    return {"baseline": round(baseline, 9), "trees": trees}


def _rounded(obj):  # type: ignore[no-untyped-def]
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rounded(v) for v in obj]
    return round(float(obj), 6)


def ensure_loadable_scorer(path: Path) -> None:
    """After a feature change the shipped file no longer loads; collecting features needs a
    loadable one (multi-turn items are played through ``ask``), so put a neutral one there."""
    from assistant.compose import Scorer
    from assistant.errors import ConfigError

    try:
        Scorer.load(path)
    except ConfigError:
        n = len(FEATURE_NAMES)
        neutral = {
            "features": list(FEATURE_NAMES),
            "mean": [0.0] * n,
            "scale": [1.0] * n,
            "hidden_weights": [[0.0]] * n,
            "hidden_bias": [0.0],
            "output_weights": [0.0],
            "output_bias": 0.0,
            "abstain": {
                "features": list(QUESTION_FEATURES),
                "baseline": 0.0,
                "trees": [
                    {
                        "feature": [0],
                        "threshold": [0.0],
                        "left": [0],
                        "right": [0],
                        "leaf": [1],
                        "value": [0.0],
                    }
                ],
                "threshold": 0.0,
            },
        }
        path.write_text(json.dumps(neutral))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder")
    parser.add_argument("--out", default=str(ROOT / "assistant/data/scorer.json"))
    parser.add_argument("--k", type=int, default=5, help="passages retrieved per question")
    parser.add_argument("--ensemble", type=int, default=5, help="networks averaged into the ranker")
    parser.add_argument("--alpha", type=float, default=1e-3, help="L2 penalty of the network")
    parser.add_argument(
        "--max-false-refusals",
        type=float,
        default=0.09,
        help="share of answerable questions the threshold may refuse",
    )
    parser.add_argument(
        "--off-topic",
        type=int,
        default=40,
        help="questions of other articles added to each as unanswerable",
    )
    parser.add_argument(
        "--seed-weight",
        type=float,
        default=15.0,
        help="weight of each default-article question in the abstainer",
    )
    parser.add_argument(
        "--news",
        nargs="*",
        default=[],
        help="folders of news articles (<slug>.txt) and their questions (<slug>.jsonl) to "
        "train on too, e.g. tests/data/news (then no longer unseen checks; see README.md)",
    )
    parser.add_argument(
        "--article-sets",
        nargs="*",
        default=[],
        help="conversations about the default article to train on too, e.g. "
        "tests/data/default-article-blind*.jsonl (then no longer unseen checks)",
    )
    parser.add_argument(
        "--news-weight",
        type=float,
        default=5.0,
        help="weight of each question on those articles",
    )
    parser.add_argument("--cache", default="/tmp/scorer-features.npz")
    args = parser.parse_args()
    if args.ensemble < 1:
        parser.error(f"--ensemble {args.ensemble}: at least one network is needed")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    shared = Path(args.shared)
    if not (shared / "data/squad2").exists():
        print(f"no development data at {shared}/data/squad2", file=sys.stderr)
        return 2
    news = [g for folder in args.news for g in news_questions(Path(folder))] + article_sets(
        shared, [Path(f) for f in args.article_sets]
    )
    groups = (
        squad_questions(shared / "data/squad2/squad2_dev_10_articles.json")
        + news
        + seed_questions(shared)
    )
    embedder = SentenceTransformerEmbedder()
    ensure_loadable_scorer(Path(args.out))
    cache = Path(args.cache)
    sources = [
        *(ROOT / "assistant").glob("*.py"),
        Path(__file__),
        *(p for folder in args.news for p in Path(folder).glob("*")),
        *(Path(f) for f in args.article_sets),
    ]
    if cache.exists() and cache.stat().st_mtime > max(p.stat().st_mtime for p in sources):
        z = np.load(cache, allow_pickle=True)
        x, e, spans, words = z["x"], z["e"], z["spans"], z["words"]
        y, qids, arts, qinfo = z["y"], z["qids"], z["arts"], list(z["qinfo"])
    else:
        x, e, spans, words, y, qids, arts, qinfo = collect(
            groups, embedder, args.k, args.off_topic, Path(args.out)
        )
        np.savez(
            cache,
            x=x,
            e=e,
            spans=spans,
            words=words,
            y=y,
            qids=qids,
            arts=arts,
            qinfo=np.asarray(qinfo, dtype=object),
        )
    assert x.shape[1] == len(FEATURE_NAMES)
    # Embeddings differ in the 7th decimal from run to run (thread order of float sums),
    # and a fitted network amplifies that; rounding makes two runs train the same model.
    x = np.round(x, 5)
    answerable = np.array([q["answerable"] for q in qinfo])
    qinfo = [dict(q) for q in qinfo]
    q_art = np.array([q["article"] for q in qinfo])
    seed_art = len(groups) - 1

    synthetic = np.array([q["synthetic"] for q in qinfo])
    # Article-held-out predictions: 5 folds over the SQuAD and news articles; the
    # default article's questions are scored by models that never saw them.
    held = np.zeros(len(y))
    news_arts = list(range(len(groups) - 1 - len(news), len(groups) - 1))
    squad_arts = [a for a in range(len(groups)) if a != seed_art and a not in news_arts]
    folds = [squad_arts[i::5] + news_arts[i::5] for i in range(5)] + [[seed_art]]
    # News questions are fewer than SQuAD's but the product's own domain, so they weigh
    # more; only the written ones: generated negatives are near-copies of them, and
    # weighing those up too would blur the two.
    is_news = np.isin(q_art, news_arts) & ~synthetic
    is_seed = (q_art == seed_art) & ~synthetic
    q_weight = np.where(is_seed, args.seed_weight, np.where(is_news, args.news_weight, 1.0))
    row_weight = q_weight[qids]
    for fold in folds[:-1]:
        test = np.isin(arts, fold)
        held[test] = predict(
            fit(x[~test], y[~test], args.alpha, row_weight[~test], args.ensemble), x[test]
        )
    # The default article's questions, four held out at a time.
    seed_ids = np.where(np.array([q["article"] for q in qinfo]) == seed_art)[0]
    for part in np.array_split(seed_ids, 4):
        test = np.isin(qids, part)
        held[test] = predict(
            fit(x[~test], y[~test], args.alpha, row_weight[~test], args.ensemble), x[test]
        )
    rows_of, hit = per_question(held, y, qids, qinfo, words, spans)
    # The abstainer learns from the ranker's held-out outputs, as sure of itself as it
    # will be on an article it has never seen (in-sample outputs are overconfident).
    qx = question_rows(held, x, e, rows_of, len(qinfo))
    # The default article's questions are held out an eighth at a time to report them.
    weight = q_weight
    held_a = np.zeros(len(qinfo))
    for fold in folds[:-1]:
        test = np.isin(q_art, fold)
        held_a[test] = abstain_predict(
            fit_abstainer(qx[~test], answerable[~test], weight[~test]), qx[test]
        )
    for part in np.array_split(np.where(q_art == seed_art)[0], 8):
        test = np.isin(np.arange(len(qinfo)), part)
        held_a[test] = abstain_predict(
            fit_abstainer(qx[~test], answerable[~test], weight[~test]), qx[test]
        )

    real = ~synthetic
    squad_q = np.isin(q_art, squad_arts) & real
    seed_q = (q_art == seed_art) & real
    # Threshold: refuse as many unanswerable questions as possible while refusing at
    # most the allowed share of answerable ones.
    chosen = float(np.quantile(held_a[squad_q & answerable], args.max_false_refusals))
    # Not also capped by the default article's answerable questions: with 12 of them, the
    # cap was set by whichever one scored lowest held out, and a small change elsewhere
    # moved that score, and with it the SQuAD refusal rate, by several points.
    b_rows = x[:, FEATURE_NAMES.index("dense")] + 0.1 * x[:, FEATURE_NAMES.index("bm25_rel")]
    _, b_hit = per_question(b_rows, y, qids, qinfo, words, second_ratio=2.0)
    report = {
        "squad_heldout": figures(held_a[squad_q], hit[squad_q], answerable[squad_q], chosen),
        "squad_baseline_similarity": figures(
            held_a[squad_q], b_hit[squad_q], answerable[squad_q], -1
        ),
        "off_topic_refused": round(
            float((held_a[synthetic & np.isin(q_art, squad_arts)] < chosen).mean()), 4
        ),
        "news_heldout": figures(held_a[is_news], hit[is_news], answerable[is_news], chosen)
        if news
        else None,
        "seed_heldout": figures(held_a[seed_q], hit[seed_q], answerable[seed_q], chosen),
        "threshold": round(chosen, 4),
        "trade_off": {
            f"{r:.2f}": figures(
                held_a[squad_q],
                hit[squad_q],
                answerable[squad_q],
                float(np.quantile(held_a[squad_q & answerable], r)),
            )
            for r in (0.02, 0.05, 0.08, 0.10, 0.15, 0.20)
        },
    }
    for i in np.where(seed_q)[0]:
        print(
            f"  seed {qinfo[i]['id']}: answerable={qinfo[i]['answerable']} "
            f"p={held_a[i]:.3f} hit={hit[i]}",
            file=sys.stderr,
        )
    # Final models: every question, the default article's included.
    params = fit(x, y, args.alpha, row_weight, args.ensemble)
    abstain = fit_abstainer(qx, answerable, weight)
    out = {
        "features": list(FEATURE_NAMES),
        **_rounded(params),
        "abstain": {
            "features": list(QUESTION_FEATURES),
            **export_trees(abstain, qx),
            "threshold": round(chosen, 4),
        },
        "meta": {
            "trained_on": f"SQuAD 2.0 dev (10 articles) + {len(news)} news question sets "
            "+ seed_dev.jsonl + generated negatives",
            "news_sets": [name for name, _, _ in news],
            "news_weight": args.news_weight,
            "seed_weight": args.seed_weight,
            "second_ratio": SECOND_RATIO,
            "max_answer_words": MAX_ANSWER_WORDS,
            "seed": SEED,
            "alpha": args.alpha,
            "ensemble": args.ensemble,
            "k": args.k,
            "rows": len(y),
            "questions": len(qinfo),
            "heldout": report,
        },
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
