x = (1,
y = 3 'abc
