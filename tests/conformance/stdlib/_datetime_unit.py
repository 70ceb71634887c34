"""pyx-specific datetime behaviour: no clock unless the host provides one."""
import datetime

for f in (datetime.datetime.now, datetime.datetime.utcnow, datetime.date.today):
    try:
        f()
        raise AssertionError('clock should be absent')
    except RuntimeError as e:
        assert 'clock' in str(e), e
# Pure computations still work, with local time = UTC when the host gives
# no offset.
assert datetime.datetime.fromtimestamp(0) == datetime.datetime(1970, 1, 1)
assert datetime.datetime(1970, 1, 2).timestamp() == 86400
print('datetime-unit: ok')
