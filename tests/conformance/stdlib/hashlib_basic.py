# hashlib, hmac and secrets: digests of known inputs, the object API, and
# CPython's errors.
import hashlib, hmac, secrets

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'abc')
    if name.startswith('shake'):
        print(name, h.hexdigest(20), h.digest_size, h.block_size)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5().hexdigest(), hashlib.sha256(b'').hexdigest())
h = hashlib.sha1()
h.update(b'hello ')
c = h.copy()
h.update(bytearray(b'world'))
print(h.hexdigest(), c.hexdigest(), hashlib.sha1(b'hello world').digest() == h.digest())
big = hashlib.sha256()
for i in range(1000):
    big.update(b'x' * 1000)
print(big.hexdigest())
print(hashlib.new('SHA256', b'a').hexdigest() == hashlib.sha256(b'a').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest(), hashlib.blake2s(b'abc', digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, b'salt', 3, 10).hex())
print(hashlib.sha256(string=b'abc').hexdigest()[:16], 'md5' in hashlib.algorithms_available)

print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
m = hmac.new(b'key' * 30, digestmod=hashlib.sha256)
m.update(b'msg')
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
print(m.copy().digest() == m.digest(), hmac.digest(b'k', b'm', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('ab', 'ab'), hmac.compare_digest(b'a', b'ab'))

t = secrets.token_bytes(16)
print(type(t).__name__, len(t), len(secrets.token_bytes()), len(secrets.token_hex(8)))
u = secrets.token_urlsafe(30)
print(len(u), all(c.isalnum() or c in '-_' for c in u))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.choice('aaa'))
print(secrets.randbits(0), 0 <= secrets.randbits(5) < 32, secrets.token_bytes(16) != secrets.token_bytes(16))

for f, args in [(hashlib.new, ('nope',)), (hashlib.md5, ('text',)), (hashlib.sha1, (1,)),
                (hashlib.new, (1,)), (hashlib.pbkdf2_hmac, ('sha1', b'p', b's', 0)),
                (hashlib.pbkdf2_hmac, ('sha1', b'p', b's', 1, 0)),
                (hashlib.blake2b, ((b'',), {'digest_size': 65})),
                (hashlib.shake_128(b'').hexdigest, ()), (hashlib.shake_128(b'').digest, ('a',)),
                (hashlib.md5().digest, (1,)), (hashlib.md5().update, ()),
                (hmac.new, ('k', b'm', 'sha1')), (hmac.new, (b'k', b'm')),
                (hmac.compare_digest, ('a', b'a')), (hmac.compare_digest, ('\xe9', '\xe9')),
                (secrets.randbelow, (0,)), (secrets.choice, ([],)), (secrets.token_bytes, (-1,))]:
    kwargs = {}
    if len(args) == 2 and isinstance(args[1], dict):
        args, kwargs = args
    try:
        f(*args, **kwargs)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
