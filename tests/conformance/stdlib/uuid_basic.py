import uuid, pickle, copy

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for kw in [dict(hex="12345678123456781234567812345678"), dict(bytes=u.bytes), dict(bytes_le=u.bytes_le),
           dict(fields=u.fields), dict(int=u.int), dict(hex="urn:uuid:12345678-1234-5678-1234-567812345678")]:
    print(uuid.UUID(**kw) == u, end=" ")
print()
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=1 << 127 | 1 << 126).variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(int(u) == u.int, hash(u) == hash(uuid.UUID(str(u))), u == str(u), {u: 1}[uuid.UUID(bytes=u.bytes)])
print(pickle.loads(pickle.dumps(u)) == u, copy.deepcopy(u) == u, str(uuid.UUID(str(u).upper())))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=9),
            lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48)), lambda: setattr(u, "int", 5),
            lambda: uuid.UUID(fields=(1, 2))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = uuid.uuid4(), uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), type(a) is uuid.UUID)
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode())
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown, u.is_safe)
