# config: max_memory=64M
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
