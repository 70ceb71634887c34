def f():
    total_sum = 1
    return total_sun
f()
