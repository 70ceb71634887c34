# config: max_steps=1000000
# expect: limit=steps
# except BaseException and finally cannot swallow a termination.
def loop():
    while True:
        try:
            while True:
                pass
        except BaseException:
            print("CAUGHT")
        finally:
            print("FINALLY")
loop()
