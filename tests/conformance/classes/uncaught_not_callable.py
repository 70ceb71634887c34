class Service:
    name = "svc"
s = Service()
print(s.name)
s.name()
