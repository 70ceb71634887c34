s = '1' * 5000
n = int(s)
