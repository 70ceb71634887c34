x = None
y = x + 1  # add one
