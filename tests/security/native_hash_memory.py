# config: max_memory=64M max_time=60
# expect: limit=memory
# Huge outputs asked of natives are refused before a byte is taken:
# a SHAKE digest of 256 MB (the first to hit the cap), then secrets of a GB.
import hashlib, secrets
try:
    hashlib.shake_256(b'x').digest(1 << 28)
except OverflowError:
    pass
secrets.token_bytes(1 << 30)
print("ESCAPED: finished")
