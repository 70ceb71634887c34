values = ["1", "2", "three"]
nums = [int(v) for v in values]
print(nums)
