# csv dialect, reader and writer objects refuse copy and pickle (TypeError).
import copy
import csv
import io
import pickle

for name in sorted(csv.list_dialects()):
    d = csv.get_dialect(name)
    for f in (copy.copy, copy.deepcopy, lambda o: pickle.dumps(o, 0), lambda o: pickle.dumps(o, 4)):
        try:
            f(d)
            print(name, 'copied')
        except TypeError as e:
            print(name, 'TypeError', e)
for obj in (csv.reader(['a,b']), csv.writer(io.StringIO())):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
print('__doc__' in csv.__all__)
