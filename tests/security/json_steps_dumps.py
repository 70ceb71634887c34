# config: max_steps=2000000
# expect: limit=steps
# One json.dumps of 6 million numbers is work the step limit sees: the
# encoder charges steps as it goes, so it stops inside the call.
import json
s = json.dumps([0] * 6000000)
print("ESCAPED", len(s))
