# config: max_memory=40M
# expect: ok
# `"[%s]" % text` of a large text (pprint's _safe_repr ends each container
# so): the argument goes into the result as it is. Laid out character by
# character (4 bytes each) and charged four times over, an 8 MB text was
# refused under 40M; CPython needs about 16 MB for this program.
text = "ab" * (4 * 1024 * 1024)
r = "[%s]" % text
assert len(r) == len(text) + 2 and r[0] == "[" and r[-1] == "]"
r = "%s%s" % (r, "!")
assert len(r) == len(text) + 3
print("done")
