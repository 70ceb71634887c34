samples = ["0", "9", "²", "³", "¼", "Ⅻ", "٣", "൧", "〇", "一", "①", "1.0", "-1", "x"]
for s in samples:
    try:
        v = int(s)
    except ValueError:
        v = "err"
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), v)
