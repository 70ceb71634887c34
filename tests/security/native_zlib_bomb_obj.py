# config: max_memory=256M max_time=60
# expect: limit=memory
# The same bomb through a decompression object without max_length:
# it ends at the memory cap too.
import zlib
co = zlib.compressobj(9, zlib.DEFLATED, -15)
block = co.compress(b'\0' * (1 << 20)) + co.flush(zlib.Z_FULL_FLUSH)
bomb = block * 1024 + co.flush()
d = zlib.decompressobj(-15)
d.decompress(bomb)
print("ESCAPED: finished")
