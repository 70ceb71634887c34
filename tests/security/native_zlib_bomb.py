# config: max_memory=32M max_time=10
# expect: limit=memory
# A zip bomb: 256 MB of zeros in a few hundred KB. Decompressing it must
# end at the memory cap (checked before the host buffer grows), never grow
# the host past it. Streaming with max_length stays within the cap.
import zlib
c = zlib.compressobj(9)
chunk = b'\0' * (1 << 20)
parts = [c.compress(chunk) for _ in range(256)]
parts.append(c.flush())
bomb = b''.join(parts)
del parts, chunk
print(len(bomb) < 1 << 20)
d = zlib.decompressobj()
seen = 0
piece = d.decompress(bomb, 1 << 20)
while piece:
    seen += len(piece)
    piece = d.decompress(d.unconsumed_tail, 1 << 20)
print('streamed', seen)
zlib.decompress(bomb)
print("ESCAPED: finished")
