def attempt(values):
    for v in values:
        try:
            r = 10 // v
        except ZeroDivisionError:
            print("skip zero")
            continue
        else:
            if r == 5:
                print("found 5, stop")
                break
            print("result", r)
        finally:
            print("done with", v)
    else:
        print("loop completed")
attempt([1, 0, 2, 3])
attempt([0, 3])
