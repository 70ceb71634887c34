name = "Zoë"
print(f"{name:>6}|{name:<6}|{name:^7}|", f"{name!a}", f"{name!r}", len(f"{name:*^9}"))
print("{:─^20}".format(" 中文 "), "{:>5}".format("日本"), "%-4s|" % "ñ")
print(f"{'€':>3}{1.5:>6.2f}", f"{'😀' * 3:.2}", format("ß", "^5"))
