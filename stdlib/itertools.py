"""Functions creating iterators for efficient looping (pyx)."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


class count:
    def __init__(self, start=0, step=1):
        for v, n in ((start, 'start'), (step, 'step')):
            if not hasattr(v, '__add__') or isinstance(v, (str, bytes)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._idx = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                x = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(x)
                return x
        if not self._saved:
            raise StopIteration
        x = self._saved[self._idx]
        self._idx = (self._idx + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            object = args[0]
        elif 'object' in kwargs:
            object = kwargs.pop('object')
        else:
            raise TypeError("repeat() missing required argument 'object' "
                            "(pos 1)")
        times = args[1] if len(args) > 1 else kwargs.pop('times', None)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        func = _add
    for element in it:
        total = func(total, element)
        yield total


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


_MARK = object()


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._id = None

    def __iter__(self):
        return self

    def _key(self, v):
        return v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        self._id = object()
        if self._currkey is _MARK:
            self._currvalue = next(self._it)
            self._currkey = self._key(self._currvalue)
        else:
            while self._currkey == self._tgtkey:
                self._currvalue = next(self._it)
                self._currkey = self._key(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                self._id = None
                return
            self._currkey = self._key(self._currvalue)


def _check_islice_arg(v, msg):
    if v is None:
        return None
    try:
        i = v.__index__() if not isinstance(v, int) else v
    except AttributeError:
        raise ValueError(msg) from None
    if i < 0:
        raise ValueError(msg)
    return i


def islice(iterable, *args):
    s = slice(*args)
    start = _check_islice_arg(
        s.start, 'Indices for islice() must be None or an integer: '
        '0 <= x <= sys.maxsize.')
    stop = _check_islice_arg(
        s.stop, 'Stop argument for islice() must be None or an integer: '
        '0 <= x <= sys.maxsize.')
    step = s.step
    if step is None:
        step = 1
    else:
        step = _check_islice_arg(
            step, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
    return _islice(iter(iterable), start or 0, stop, step)


def _islice(it, start, stop, step):
    cnt = 0
    nexti = start
    while True:
        while cnt < nexti:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            x = next(it)
        except StopIteration:
            return
        cnt += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield x


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


# The values a tee's iterators have not all consumed yet, in a chain of
# blocks of _TEE_BLOCK values (as CPython does): one block object per
# _TEE_BLOCK values, not one per value, so a tee one of whose iterators
# runs far ahead costs about a list slot per buffered value.
_TEE_BLOCK = 57


class _TeeLink:
    __slots__ = ('values', 'next')

    def __init__(self):
        self.values = []
        self.next = None


class _tee:
    def __init__(self, it, link, index=0):
        self._it = it
        self._link = link
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        i = self._index
        if i == _TEE_BLOCK:
            nxt = link.next
            if nxt is None:
                nxt = link.next = _TeeLink()
            self._link = link = nxt
            self._index = i = 0
        values = link.values
        if i == len(values):
            values.append(next(self._it))
        self._index = i + 1
        return values[i]

    def __copy__(self):
        return _tee(self._it, self._link, self._index)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if any(len(p) == 0 for p in pools):
        return
    idx = [0] * n
    while True:
        yield tuple(pools[i][idx[i]] for i in range(n))
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, len(pool), r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
