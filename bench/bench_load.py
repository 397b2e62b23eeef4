"""Load: 32 concurrent clients over REST and over the Gradio queue, on loopback only.

Starts the real server (``ui.app.create_app``) on a free 127.0.0.1 port in this process,
then sends ``--clients`` simultaneous questions per round, ``--repeats`` rounds, both to
``POST /api/ask`` and to the Gradio ``ask`` endpoint through ``gradio_client``. Every
answer must equal the single-user ``bot.ask`` answer; the script fails otherwise. Prints
p50/p95 request latency under load beside the floor: the same questions asked one at a
time, in-process. Bounded in count and time; never leaves the machine.

    python bench/bench_load.py --clients 32 --repeats 3
"""

from __future__ import annotations

import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from _common import (
    ARTICLE,
    Row,
    check_repeats,
    emit,
    log,
    median,
    parser,
    percentile,
    questions,
)

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(repeats: int, clients: int) -> list[Row]:
    import httpx
    import uvicorn

    from assistant import Assistant
    from ui.app import create_app

    bot = Assistant.from_files([ARTICLE], index_dir=None)
    qs = questions()
    expected = {q: bot.ask(q).to_dict() for q in qs}
    single = []
    for q in qs * 3:
        t0 = time.perf_counter()
        bot.ask(q)
        single.append((time.perf_counter() - t0) * 1000)

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(bot), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start within 60 s")
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"

    def rest(q: str) -> float:
        t0 = time.perf_counter()
        r = httpx.post(f"{url}/api/ask", json={"question": q, "history": []}, timeout=120)
        r.raise_for_status()
        if r.json()["citations"] != expected[q]["citations"]:
            raise SystemExit(f"REST answer under load differs for {q!r}")
        return (time.perf_counter() - t0) * 1000

    from gradio_client import Client

    gradio = [Client(url + "/", verbose=False) for _ in range(min(clients, 8))]

    def via_queue(i: int, q: str) -> float:
        t0 = time.perf_counter()
        out = gradio[i % len(gradio)].predict(q, [], api_name="/ask")
        if out["citations"] != expected[q]["citations"]:
            raise SystemExit(f"Gradio answer under load differs for {q!r}")
        return (time.perf_counter() - t0) * 1000

    rows: list[Row] = []
    try:
        for name, call in (("REST", lambda i, q: rest(q)), ("Gradio queue", via_queue)):
            p50s, p95s = [], []
            for r in range(repeats):
                batch = [qs[i % len(qs)] for i in range(clients)]
                with ThreadPoolExecutor(clients) as pool:
                    lat = list(pool.map(call, range(clients), batch))
                p50s.append(percentile(lat, 50))
                p95s.append(percentile(lat, 95))
                log(
                    f"  {name} round {r + 1}: {clients} clients, p50 {p50s[-1]:.0f} ms, "
                    f"p95 {p95s[-1]:.0f} ms, all answers identical"
                )
            note = f"{clients} concurrent clients, answers identical to single-user"
            rows.append(
                Row(
                    "load", f"{name} p50", median(p50s), percentile(single, 50), "ms", repeats, note
                )
            )
            rows.append(
                Row(
                    "load", f"{name} p95", median(p95s), percentile(single, 95), "ms", repeats, note
                )
            )
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return rows


def main() -> None:
    p = parser(__doc__.splitlines()[0], repeats=3)
    p.add_argument("--clients", type=int, default=32, help="simultaneous clients (default 32)")
    args = p.parse_args()
    check_repeats(args.repeats)
    if not 1 <= args.clients <= 256:
        raise SystemExit(f"--clients={args.clients} must be between 1 and 256")
    emit(run(args.repeats, args.clients), args.json)


if __name__ == "__main__":
    main()
