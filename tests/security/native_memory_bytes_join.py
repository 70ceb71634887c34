# config: max_memory=256M max_time=60
# expect: limit=memory
# bytes.join of a repeated big piece.
piece = b"z" * (8 << 20)
s = b"".join([piece] * 100)
