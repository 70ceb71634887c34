(x
if y:
  pass
