# config: max_memory=256M max_time=60
# expect: limit=memory
# ascii() of non-ASCII text escapes each character to 6 (or 10) bytes.
s = "\uffff" * (20 << 20)
a = ascii(s)
b = ascii([s, s])
