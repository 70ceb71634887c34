for args in [(), (":",), (b"-",), ("ab",), ("\xe9",), (1,), (":", 2), (":", -2), (":", 0), (b"", 1)]:
    for b in [b"", b"\x01", b"\x01\x02\x03\x04\x05"]:
        try:
            print(b.hex(*args))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
