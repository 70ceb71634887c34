def boom():
    raise ValueError('bad')

boom()
