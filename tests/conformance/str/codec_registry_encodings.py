# Encodings pyx has no native codec for go through the codec registry, as
# str.encode, bytes.decode and str(b, encoding) do in CPython.
print(str(br'\u0663\u0661\u0664 ', 'raw-unicode-escape'))
print(b'\\u00e9\\n'.decode('unicode_escape'))
print(b'\\u00e9'.decode('raw_unicode_escape'))
print('\xe9\n'.encode('unicode-escape'))
print('\u20ac'.encode('raw-unicode-escape'))
for enc in ('rot13', 'hex', 'base64', 'no-such-codec'):
    try:
        'abc'.encode(enc)
    except LookupError as e:
        print('encode LookupError', e)
    try:
        b'abc'.decode(enc)
    except LookupError as e:
        print('decode LookupError', e)
print(str(b'caf\xe9', 'latin-1'), 'x'.encode('utf-8'))
