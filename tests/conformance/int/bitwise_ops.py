vals = [0, 1, 5, -1, -5, 255, -256, 2**70, -(2**70)]
for a in vals:
    for b in (3, -3, 2**65):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a)
