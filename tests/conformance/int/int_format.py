n = 1234567
print(format(n, ","), format(n, "_"), format(n, "_x"), format(-n, ","))
print(format(n, ">12"), format(n, "<12") + "|", format(n, "^12") + "|")
print(format(n, "+"), format(-n, "+"), format(n, " "), format(n, "=+12"))
print(format(n, "012,"), format(n, "e"), format(n, ".2e"), format(n, "f"))
print(format(n, "%"), format(42, "c"), format(n, "n"))
print(f"{n:*^20,}", f"{n:#_b}")
print(f"{0:#x}", f"{-0:d}", f"{10**20:,}")
try:
    format(n, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(n, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1 << 30, "c")
except OverflowError as e:
    print("OverflowError:", e)
