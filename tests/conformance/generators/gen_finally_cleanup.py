log = []
def resource():
    log.append("open")
    try:
        for i in range(10):
            yield i
    finally:
        log.append("close")
for v in resource():
    if v == 2:
        break
print(log)
g = resource()
next(g)
g.close()
print(log)
def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested_finally()
next(n)
n.close()
print("done")
