"""Measure follow-up questions on doc2dial: does a citation overlap the gold grounding span?

    python scripts/eval_followups.py [--shared ../shared] [--limit N]

Each follow-up turn (one with conversation before it) is asked of its own document with
the conversation as history ("user:"/"agent:" turns become user/assistant messages).
Prints the overlap rate with the conversation (the product) and without it (history
ignored), so the rewrite's effect is measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant, Document  # noqa: E402
from assistant.embed import SentenceTransformerEmbedder  # noqa: E402


def to_history(lines: list[str]) -> list[dict[str, str]]:
    out = []
    for line in lines:
        role, _, content = line.partition(":")
        out.append(
            {"role": "user" if role.strip() == "user" else "assistant", "content": content.strip()}
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N follow-up turns")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    base = Path(args.shared) / "data/doc2dial"
    if not base.exists():
        print(f"no doc2dial data at {base}", file=sys.stderr)
        return 2
    docs = json.loads((base / "doc2dial_dev_docs.json").read_text())
    turns = [
        json.loads(x) for x in (base / "doc2dial_dev_turns.jsonl").read_text().splitlines() if x
    ]
    turns = [t for t in turns if t["history"]]
    if args.limit:
        turns = turns[: args.limit]
    embedder = SentenceTransformerEmbedder()
    bots: dict[str, Assistant] = {}
    hits = {"with history": 0, "without history": 0}
    answered = {"with history": 0, "without history": 0}
    for t in turns:
        doc_id = t["doc"]
        if doc_id not in bots:
            d = docs[doc_id]
            bots[doc_id] = Assistant.from_documents(
                [Document(doc_id, d["title"], d["text"], "doc2dial")], embedder=embedder
            )
        bot = bots[doc_id]
        gold = (t["answer_start"], t["answer_start"] + len(t["answer"]))
        question = t["question"].partition(":")[2].strip()
        for name, history in (("with history", to_history(t["history"])), ("without history", [])):
            ans = bot.ask(question, history)
            answered[name] += not ans.abstained
            if any(c.start < gold[1] and gold[0] < c.end for c in ans.citations):
                hits[name] += 1
    n = len(turns)
    for name in hits:
        print(
            f"{name}: citation overlaps gold span {hits[name]}/{n} = {hits[name] / n:.1%} "
            f"(answered {answered[name] / n:.1%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
