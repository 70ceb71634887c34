def describe(event):
    match event:
        case {"type": "click", "pos": [x, y]} if x < 0 or y < 0:
            return "click off-screen"
        case {"type": "click", "pos": [x, y], "button": "left" | "right" as btn}:
            return f"{btn} click at {x},{y}"
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "batch", "events": [*events]}:
            return "batch: " + "; ".join(describe(e) for e in events)
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "malformed"
events = [
    {"type": "click", "pos": [1, 2], "button": "left"},
    {"type": "click", "pos": (5, 6)},
    {"type": "click", "pos": [-1, 0]},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "batch", "events": [{"type": "key", "key": "q"}, {"type": "scroll"}]},
    {"type": "click", "pos": "ab"},
    [],
]
for ev in events:
    print(describe(ev))
