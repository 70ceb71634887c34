def boom():
    raise ValueError('bad')

x = 1 + boom()
