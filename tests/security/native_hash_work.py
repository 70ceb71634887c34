# config: max_memory=64M max_time=2
# expect: limit=time
# A billion PBKDF2 rounds in one native call: the work is charged round
# by round, so the time limit stops it inside the call.
import hashlib
hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 10**9)
print("ESCAPED: finished")
