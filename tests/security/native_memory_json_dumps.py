# config: max_memory=64M max_time=60
# expect: limit=memory
# One json.dumps whose text (about 100 MB: a 1 kB string shared 100,000
# times) cannot fit the cap: the encoder checks the cap before its buffer
# grows, so the process never holds the text.
import json
s = json.dumps(['x' * 1000] * 100000)
print("ESCAPED", len(s))
