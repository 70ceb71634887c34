import pprint

data = {"name": "pyx", "versions": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "c": "x" * 40},
        "tuple": tuple("abcdefghijklmnopqrstuvwxyz"), "set": set(range(25)), "fs": frozenset({1, 2, 3})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True)
pprint.pprint([list(range(10))] * 4, width=30, compact=True)
print(pprint.pformat({"b": 1, "a": 2, "c": [3] * 30}, sort_dicts=False))
pprint.pp({"z": 1, "y": list(range(30)), "x": 3})
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([10 ** 12] * 8, underscore_numbers=True)
pprint.pprint((1,))
pprint.pprint(("a" * 50, "b" * 50))
pprint.pprint([[]] * 3)
pprint.pprint({}), pprint.pprint([]), pprint.pprint(()), pprint.pprint(set())
print(pprint.pformat("short"))
long = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(long)
pprint.pprint([long])
pprint.pprint({"text": long}, width=50)
pprint.pprint("line one\nline two is somewhat longer than the first\n" * 3, width=30)
pprint.pprint(b"\x00\x01\x02abcdefghijklmnopqrstuvwxyz" * 4)
pprint.pprint(bytearray(b"0123456789" * 10))
pprint.pprint([b"ab" * 40])
