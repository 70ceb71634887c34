for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("---")
n = 0
while True:
    n += 1
    try:
        try:
            if n == 2:
                continue
            if n == 4:
                break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("exited at", n)
