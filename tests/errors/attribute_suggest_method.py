s = 'abc'
t = s.uper()
