print("a" * 3 + "b", "-" * 0, "ab" < "b", "10" < "9", str(10) + str(9), "x" in "xyz" and "z" in "xyz")
print("%s|%s" % ("a", "b") * 2, ("%s" % "a") * 2, "{}".format(1) + "2")
print(f"{'a' + 'b'}" * 2, "abc"[::-1] == "cba", "abc" * -1 == "")
