print(int(True), int(False), float(True), str(True), bool("False"), bool(0.0), bool("0"), bool(int("0")))
print([bool(x) for x in (0, 0.0, 0j, "", (), [], {}, set(), None, range(0), b"")])
print(True + 1, True * 1.5, True / 2, True // 2, -True, abs(-False), round(True), divmod(True, 2))
print(isinstance(False, int), type(False + False).__name__, False == 0 == 0.0 == 0j)
