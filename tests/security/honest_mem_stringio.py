# config: max_memory=16M
# expect: ok
# Many short writes to a StringIO (as pprint.pformat and logging make): the
# buffer holds under 1 MB of text. Kept as one string object per write (about
# 100 bytes each) it was killed at 16M; writes are now folded
# into one piece every 256.
import io
s = io.StringIO()
for i in range(200000):
    s.write(str(i % 10000))
v = s.getvalue()
assert len(v) == 777800, len(v)
b = io.BytesIO()
for i in range(100000):
    b.write(b"xy")
assert len(b.getvalue()) == 200000
print("done")
