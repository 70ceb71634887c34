# config: max_memory=64M max_time=60
# expect: limit=memory
# A memory termination cannot be caught or delayed by finally.
try:
    try:
        x = 'a' * 10**9
    finally:
        print("FINALLY RAN")
except BaseException:
    print("CAUGHT")
while True:
    pass
