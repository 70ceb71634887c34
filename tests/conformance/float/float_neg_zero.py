z = -0.0
print(z, repr(z), str(z), z == 0, abs(z), -z, z + 0.0, 0.0 + z, z * -1)
print(format(z, ".1f"), f"{z}", "%.1f" % z, round(z), round(z, 1), int(z))
print(1 / float("inf") * -1, -1e-320 * 1e-10)
print((-0.0).hex(), (-0.0).as_integer_ratio(), (-0.0).is_integer())
print(max(0.0, -0.0), min(0.0, -0.0), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(format(-0.0, "z.1f") if False else "", format(-1e-10, ".2f"))
