# config: max_steps=2000000
# expect: limit=steps
# One json.loads over a 12 MB document is work the step limit sees: the
# decoder charges steps as it goes, so it stops inside the call.
import json
doc = '[' + '0,' * 6000000 + '0]'
v = json.loads(doc)
print("ESCAPED", len(v))
