# zoneinfo against CPython over the host's time zone files (cli.rs grants
# /usr/share/zoneinfo read-only): offsets, DST parts, names and folds for
# local times from 1800 to 2400, UTC -> local through a year, the POSIX rule
# after the last transition, caching, pickles, bad keys, from_file, TZPATH.
import zoneinfo, pickle
from datetime import datetime, timedelta, timezone
keys = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Sao_Paulo', 'Africa/Casablanca', 'Pacific/Apia', 'Europe/Dublin', 'America/St_Johns', 'Antarctica/Troll', 'Asia/Tehran', 'Pacific/Chatham', 'America/Santiago', 'Europe/London', 'Asia/Gaza']
for k in keys:
    z = zoneinfo.ZoneInfo(k)
    print(repr(z), str(z), z is zoneinfo.ZoneInfo(k))
    for y in (1800, 1900, 1945, 1970, 1996, 2021, 2037, 2040, 2100, 2400):
        for m, d, h in ((1, 15, 12), (3, 26, 2), (3, 31, 2), (4, 4, 2), (7, 1, 0), (10, 29, 1), (10, 31, 2), (11, 5, 1)):
            for fold in (0, 1):
                dt = datetime(y, m, d, h, 30, fold=fold, tzinfo=z)
                print(k, dt, dt.utcoffset(), dt.dst(), dt.tzname(), end=' | ')
        print()
    # UTC -> local across a whole year in 30-minute steps around transitions
    t = datetime(2021, 1, 1, tzinfo=timezone.utc)
    out = []
    for i in range(0, 365 * 48, 7):
        u = t + timedelta(minutes=30 * i)
        l = u.astimezone(z)
        out.append((l.isoformat(), l.fold, l.tzname()))
    print(k, hash(tuple(out)) == hash(tuple(out)), len(out), out[::97][:30])
    t = datetime(2050, 1, 1, tzinfo=timezone.utc)
    print([ (t + timedelta(hours=h)).astimezone(z).isoformat() + str((t + timedelta(hours=h)).astimezone(z).fold) for h in range(0, 8760, 173)])
z = zoneinfo.ZoneInfo('Europe/Paris')
print(pickle.loads(pickle.dumps(z)) is z)
n = zoneinfo.ZoneInfo.no_cache('Europe/Paris'); print(n is z, n == z, repr(n))
for bad in ['../etc/passwd', '/etc/passwd', 'Europe/../Europe/Paris', 'Nowhere/Zone', 'Europe', '']:
    try:
        zoneinfo.ZoneInfo(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f:
    t = zoneinfo.ZoneInfo.from_file(f, key='Tokyo')
print(repr(t), datetime(2020, 1, 1, tzinfo=t).utcoffset())
try:
    pickle.dumps(t)
except Exception as e:
    print(type(e).__name__, e)
a = zoneinfo.available_timezones()
print(len(a) > 300, 'Europe/Paris' in a, 'posixrules' in a, any(k.startswith('right/') for k in a))
class Sub(zoneinfo.ZoneInfo): pass
print(repr(Sub('Europe/Paris')), Sub('Europe/Paris') is z)
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(['/nowhere'])
try: zoneinfo.ZoneInfo('Asia/Tokyo')
except zoneinfo.ZoneInfoNotFoundError as e: print('nf', e)
print(zoneinfo.ZoneInfo('Europe/Paris') is z)
try: zoneinfo.reset_tzpath(['rel', '/abs', 'x/y'])
except ValueError as e: print(e)
try: zoneinfo.reset_tzpath('abc')
except Exception as e: print(type(e).__name__, e)
zoneinfo.reset_tzpath()
f = open('/usr/share/zoneinfo/Asia/Tokyo', 'rb'); z = zoneinfo.ZoneInfo.from_file(f); print(repr(z) == str(z), repr(z).startswith('zoneinfo.ZoneInfo.from_file(<'))
try: zoneinfo.ZoneInfo(5)
except Exception as e: print(type(e).__name__, e)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
