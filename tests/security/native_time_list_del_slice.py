# config: max_memory=256M max_steps=3000000
# expect: limit=steps
# Deleting an extended slice moves the whole list once, and is charged
# for it: `del l[::2]` of 300,000 items is 300,000 steps, not one
# (and not the quadratic item-by-item removal it used to be).
for i in range(1000):
    l = [0] * 300_000
    del l[::2]
print("ESCAPED: quadratic deletes in 3 million steps")
