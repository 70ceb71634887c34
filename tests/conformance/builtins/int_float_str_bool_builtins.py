print(bool(), bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(0j), bool(None), bool(range(0)), bool(...))
print(int("7") + float("0.5"), str(7) + str(0.5), bool("False"), list(map(bool, [0, 1, -1])))
print(type(True).__name__, type(1).__name__, type(1.0).__name__, type("").__name__, type(None).__name__, type(type).__name__)
print(type(5) == int, type(5) is int, type(True) is bool, type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
class M:
    pass
print(type(M).__name__, type(M()).__name__, type(M()) is M, M.__name__, M.__qualname__, M.__module__)
