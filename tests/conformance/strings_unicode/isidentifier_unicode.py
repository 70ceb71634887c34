for s in ["abc", "_x1", "1abc", "café", "日本", "x-y", "", "Ωmega", "a b", "℘", "℮", "x\u0301", "ǅ", "__", "٣x", "x٣", "🐍", "None", "for"]:
    print(repr(s), s.isidentifier())
ns = {}
exec("café = 1\n日本 = 2\nΩ = café + 日本", ns)
print(ns["Ω"], sorted(k for k in ns if k != "__builtins__"))
exec("ﬁ = 5", ns)
print("fi" in ns, "ﬁ" in ns)
