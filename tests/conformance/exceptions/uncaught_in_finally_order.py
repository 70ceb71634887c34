try:
    print("body")
    raise ValueError("first")
finally:
    print("finally runs")
