# CPython's Lib `ipaddress` (or pyx's own, which wins) imported and used.
import ipaddress
n = ipaddress.ip_network('192.168.0.0/30')
print(list(n.hosts()), ipaddress.ip_address('10.0.0.1').is_private, ipaddress.ip_address('::1'))
