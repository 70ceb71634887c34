import difflib

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "before.txt", "after.txt")))
print("".join(difflib.unified_diff(a, b, n=1, fromfiledate="d1", tofiledate="d2")))
print("".join(difflib.context_diff(a, b, "before.txt", "after.txt")))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(a, a)))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, list(range(40)), list(range(10)) + [99] + list(range(11, 40))).get_grouped_opcodes(2)))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "with", "wheal", "where", "when"], n=2, cutoff=0.7))
for args in [("x", [], 0), ("x", [], 3, 1.5)]:
    try:
        difflib.get_close_matches(*args)
    except ValueError as e:
        print("ValueError:", e)

delta = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError:", e)
print(list(difflib.ndiff(["\tabc def\n"], ["\tabc  deg\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"f", b"g")))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print("TypeError:", e)
d = difflib.Differ()
print(list(d.compare(["same\n", "abcdefg\n"], ["same\n", "abcXefg\n", "new\n"])))
