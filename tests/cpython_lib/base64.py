# CPython's Lib `base64` (or pyx's own, which wins) imported and used.
import base64
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGk='), base64.b16encode(b'\x01\xff'), base64.urlsafe_b64encode(b'\xfb\xff'))
