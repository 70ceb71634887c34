def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(None or [] or {} or 0 or "last")
print(1 and [1] and "all truthy")
print([] and crash_if_evaluated)
print("s" or crash_if_evaluated)
print(0 or None, "" and 1, type(0 or 0.0).__name__)
