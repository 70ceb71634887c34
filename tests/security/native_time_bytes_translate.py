# config: max_memory=256M max_time=1
# expect: limit=time
# bytes.translate and bytearray.translate over 16 MB, again and again.
table = bytes(range(255, -1, -1))
b = bytes(16 << 20)
ba = bytearray(b)
while True:
    b.translate(table)
    ba.translate(table, b"\x01")
