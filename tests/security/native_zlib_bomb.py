# config: max_memory=256M max_time=60
# expect: limit=memory
# A zip bomb: 1 GB of zeros in about 1 MB (one full-flushed block of a
# megabyte of zeros, repeated: a valid raw DEFLATE stream). Decompressing
# it must end at the memory cap, checked before each growth of the host
# buffer, never grow the host past it. Streaming with max_length stays
# within the cap.
import zlib
co = zlib.compressobj(9, zlib.DEFLATED, -15)
block = co.compress(b'\0' * (1 << 20)) + co.flush(zlib.Z_FULL_FLUSH)
bomb = block * 1024 + co.flush()
print(len(bomb) < 2 << 20)
d = zlib.decompressobj(-15)
seen = 0
piece = d.decompress(bomb, 1 << 20)
for _ in range(64):
    seen += len(piece)
    piece = d.decompress(d.unconsumed_tail, 1 << 20)
print('streamed', seen)
zlib.decompress(bomb, -15)
print("ESCAPED: finished")
