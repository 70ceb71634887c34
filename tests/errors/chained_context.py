try:
    {}['k']
except KeyError:
    x = 1 / 0
