print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "hello".replace("xyz", "Q"), "".replace("", "x"), "abab".replace("ab", "ba", 0))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1",)), "ab".join(["", "", ""]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("".join(str(i) for i in range(10)))
print("x".join({"k": 1, "j": 2}))
