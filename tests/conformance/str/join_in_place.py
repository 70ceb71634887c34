# sep.join of a list or tuple is built in place; every error as CPython.
class S(str): pass
print(repr(','.join([])), repr(','.join(['a'])), ','.join(('a', 'b')), 'é'.join(['x', S('y'), 'z']), type(''.join([S('q')])))
for bad in (['a', 1], ('a', None, 'b'), [b'x'], 5, [['a']]):
    try: print(','.join(bad))
    except TypeError as e: print('TypeError:', e)
print('-'.join(iter(['a', 'b'])), '-'.join({'k': 1}), '-'.join('abc'))
try: 'x'.join(['a'] * 3, 1)
except TypeError as e: print('TypeError:', e)
try: str.join(5, ['a'])
except TypeError as e: print('TypeError:', e)
print(str.join(S('+'), ['a', 'b']))
