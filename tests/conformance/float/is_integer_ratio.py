for v in [0.0, 1.0, -2.0, 0.5, 1e100, 0.1, -0.75, 2.5, 1 / 3]:
    print(v, v.is_integer(), v.as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print((3.5).real, (3.5).imag, (3.5).conjugate())
