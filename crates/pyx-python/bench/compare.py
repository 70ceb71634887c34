"""pyx-sandbox next to pydantic-monty, in the same run: start-up, calls per
second, memory. Usage (in a venv with both installed):

    python crates/pyx-python/bench/compare.py

Prints one line per measurement; pydantic-monty's lines are skipped when it
is not installed.
"""

import os
import time

N_START = 2000
N_CALLS = 20000
N_ALIVE = 1000


def rss_kb(pid="self"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def children_rss_kb():
    me = os.getpid()
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            if int(fields["PPid"]) == me:
                total += int(fields["VmRSS"].split()[0])
        except (OSError, KeyError, ValueError):
            pass
    return total


def per_op_us(n, fn):
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) / n * 1e6


def bench_pyx():
    import pyx_sandbox as pyx

    pyx.Interpreter().eval("1 + 1")  # warm: the frozen stdlib compiles once per process
    us = per_op_us(N_START, lambda: pyx.Interpreter().eval("1 + 1"))
    print(f"pyx    new interpreter + eval('1 + 1'): {us:8.1f} us each over {N_START}")
    it = pyx.Interpreter()
    it.run("def f(x):\n    return x * 2 + 1")
    us = per_op_us(N_CALLS, lambda: it.call("f", 21))
    print(f"pyx    call('f', 21) on one interpreter: {1e6 / us:10.0f} calls/s ({us:.1f} us)")
    us = per_op_us(N_CALLS, lambda: it.eval("1 + 1"))
    print(f"pyx    eval('1 + 1') on one interpreter: {1e6 / us:10.0f} evals/s ({us:.1f} us)")
    before = rss_kb()
    alive = [pyx.Interpreter() for _ in range(N_ALIVE)]
    for i in alive:
        i.run("x = [1, 2, 3]")
    grew = rss_kb() - before
    print(f"pyx    memory: {grew / N_ALIVE:8.1f} KB per live interpreter ({N_ALIVE} alive, host RSS +{grew // 1024} MB)")
    del alive


def bench_monty():
    try:
        import pydantic_monty as monty
    except ImportError:
        print("pydantic-monty not installed: skipped")
        return
    with monty.Monty(min_processes=1, max_processes=1) as pool:
        with pool.checkout() as s:
            s.feed_run("1 + 1")
        def fresh():
            with pool.checkout() as s:
                return s.feed_run("1 + 1")
        us = per_op_us(N_START, fresh)
        print(f"monty  checkout session + feed_run('1 + 1'): {us:8.1f} us each over {N_START}")
        with pool.checkout() as s:
            s.feed_run("def f(x):\n    return x * 2 + 1")
            us = per_op_us(N_CALLS // 10, lambda: s.feed_run("f(21)"))
            print(f"monty  feed_run('f(21)') in one session: {1e6 / us:10.0f} calls/s ({us:.1f} us)")
            print(f"monty  memory: worker process RSS {children_rss_kb() // 1024} MB (one session), host RSS {rss_kb() // 1024} MB")


if __name__ == "__main__":
    bench_pyx()
    bench_monty()
