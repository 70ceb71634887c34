def work(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7) % 13 - (i // 3)
        if total > 1000000:
            total -= 999999
        i += 1
    return total

print(work(3000000))
