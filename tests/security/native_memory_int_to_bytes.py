# config: max_memory=256M max_time=60
# expect: limit=memory
# int.to_bytes with a huge length would allocate the whole buffer at once.
(1).to_bytes(10 ** 10, "big")
