# hashlib.file_digest: in-memory binary files are hashed whole; what is not
# a binary file open for reading is a ValueError.
import hashlib
import io

data = b"pyx" * 5000
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest())
d = hashlib.file_digest(io.BytesIO(data), hashlib.md5)
print(d.name, d.hexdigest(), d.hexdigest() == hashlib.md5(data).hexdigest())
for bad in [None, io.StringIO("text"), 42]:
    try:
        hashlib.file_digest(bad, "sha1")
    except ValueError as e:
        # (a StringIO's repr shows its address: only its type is printed)
        print(type(bad).__name__, "ValueError:",
              e if not isinstance(bad, io.StringIO) else "")
