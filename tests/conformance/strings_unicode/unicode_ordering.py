chars = ["a", "B", "é", "Z", "z", "ä", "日", "😀", "\u00e9", "e\u0301"]
print(sorted(chars))
print([ord(c[0]) for c in sorted(chars)])
print(max("héllo"), min("Hé"), "é" > "z", "Z" < "a", "😀" > "日")
print(sorted(["résumé", "resume", "Resume", "résume"]))
