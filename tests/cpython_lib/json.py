# CPython's Lib `json` (or pyx's own, which wins) imported and used.
import json
print(json.dumps({'a':[1,2.5,None]}, sort_keys=True), json.loads('[1, {"b": true}]'), json.dumps('\u00e9'))
