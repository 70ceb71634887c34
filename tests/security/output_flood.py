# config: max_output=1M
# expect: limit=output
while True:
    print("x" * 1000)
