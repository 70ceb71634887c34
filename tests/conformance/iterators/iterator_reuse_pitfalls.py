nums = iter([1, 2, 3, 4])
print(3 in nums, list(nums))
pairs = zip(*[iter("abcdef")] * 2)
print(list(pairs))
gen = (x for x in range(3))
print(list(zip(gen, gen)))
it = iter([1, 2, 3])
for a in it:
    for b in it:
        print(a, b)
r = range(3)
print(list(zip(r, r)))
