# config: max_memory=128M max_time=60
# expect: limit=memory
# A 24 MB document of empty arrays decodes into some 8 million lists,
# far more than the cap: the decoder stops at the cap.
import json
doc = '[' + '[],' * 8000000 + '[]]'
v = json.loads(doc)
print("ESCAPED", len(v))
