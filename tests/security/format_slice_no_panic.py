# config: max_memory=256M max_time=10
# expect: ok
# Widths and precisions past Rust's formatter limit (65,535) and slice
# steps near 2**63 once ended the host with a Rust panic ("internal
# error", exit 70). Each now gives CPython's result or its exception.
p = 70000
checks = [
    (len(format(1.5, ".70000f")), 70002),
    (len(f"{1.5:.{p}g}"), 3),
    (len(f"{1.5:#.{p}g}"), 70001),
    (len(f"{'x':{p}}"), 70000),
    (len("{:.70000e}".format(2.0)), 70006),
    (len("%.*f" % (p, 1.5)), 70002),
    (len("%*s" % (p, "a")), 70000),
    (len("%.*d" % (p, 3)), 70000),
    (len(b"%.*f" % (p, 1.5)), 70002),
    (len(b"%*s" % (p, b"a")), 70000),
    (len(format(complex(1, 2), ".70000e")), 140014),
    ("ab"[1::2**63 - 1], "b"),
    ("ab"[::-2**63], "b"),
    ("h\u00e9llo"[::2**63 - 1], "h"),
    ([1, 2][1::2**63 - 1], [2]),
    ((1, 2)[::-2**63], (2,)),
    (b"ab"[1::2**63 - 1], b"b"),
]
for i, (got, want) in enumerate(checks):
    assert got == want, (i, got, want)
for bad in [(2**31, 1.5), (2**63, 1.5)]:
    try:
        "%.*f" % bad
        print("ESCAPED: no OverflowError")
    except OverflowError:
        pass
for spec in [".2147483648f", "9999999999999", ".99999999999999999999f"]:
    try:
        format(1.5, spec)
        print("ESCAPED: no error for", spec)
    except (ValueError, MemoryError):
        pass
print("done")
