# config: max_memory=256M max_time=60
# expect: limit=memory
# Exception messages built from the repr of huge values: int() quotes the
# whole invalid literal, KeyError reprs its key, and each copy is charged.
s = "1" * (60 << 20) + "x"
keep = []
while True:
    try:
        int(s)
    except ValueError as e:
        keep.append(e)
    try:
        {}[s]
    except KeyError as e:
        keep.append(str(e))
