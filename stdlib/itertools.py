"""Functions creating iterators for efficient looping (pyx).

Every iterator here is a class, as CPython's are types: the arguments are
checked (and the input iterators made) when it is built, it can be
subclassed, and it pickles and copies part-way through (`__reduce__` and
`__setstate__` in the shapes CPython 3.11 uses, so pickles cross between
the two).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MARK = object()


def _no_keywords(cls, base, kwargs):
    # As CPython's C types: keyword arguments are refused unless a
    # subclass brings its own __init__ to take them.
    if kwargs and (cls is base or cls.__init__ is base.__init__):
        raise TypeError('%s() takes no keyword arguments' % base.__name__)


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


def _state_tuple(state, what):
    if not isinstance(state, tuple):
        raise TypeError('state is not a tuple')
    return state


class count:
    def __new__(cls, start=0, step=1):
        for v in (start, step):
            if not hasattr(type(v), '__add__') or isinstance(v, (str, bytes)):
                raise TypeError('a number is required')
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, self._step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._n,))
        return (type(self), (self._n, self._step))


class cycle:
    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, cycle, kwargs)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                x = next(self._it)
            except StopIteration:
                self._it = None
            else:
                if not self._firstpass:
                    self._saved.append(x)
                return x
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return x

    def __reduce__(self):
        if self._it is None:
            it = iter(self._saved)
            if self._index:
                it.__setstate__(self._index)
            return (type(self), (it,), (self._saved, True))
        return (type(self), (self._it,), (self._saved, self._firstpass))

    def __setstate__(self, state):
        state = _state_tuple(state, 'cycle')
        if len(state) != 2 or not isinstance(state[0], list):
            raise TypeError('cycle state must be (list, int)')
        saved, firstpass = state
        self._saved = saved
        self._firstpass = _index(firstpass) != 0
        self._index = 0


class repeat:
    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            object_ = args[0]
        elif 'object' in kwargs:
            object_ = kwargs.pop('object')
        else:
            raise TypeError("repeat() missing required argument 'object' "
                            "(pos 1)")
        times = args[1] if len(args) > 1 else kwargs.pop('times', None)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        self = object.__new__(cls)
        self._obj = object_
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times
        return self

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
        name = type(self).__name__
        if self._times is None:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._times))


def _add(a, b):
    return a + b


class accumulate:
    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _MARK
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        if self._total is _MARK:
            self._total = x
        else:
            f = self._func
            self._total = f(self._total, x) if f is not None else self._total + x
        return self._total

    def __reduce__(self):
        cls = type(self)
        if self._initial is not None:
            return (cls, (chain((self._initial,), self._it), self._func), None)
        if self._total is None:
            # A state of None means "no state" to pickle, so a running
            # total of None rides in front of the input instead, and an
            # islice drops the value it yields again.
            again = cls(chain((None,), self._it), self._func)
            return (islice, (again, 1, None))
        if self._total is not _MARK:
            return (cls, (self._it, self._func), self._total)
        return (cls, (self._it, self._func))

    def __setstate__(self, state):
        self._total = state


class chain:
    def __new__(cls, *iterables, **kwargs):
        _no_keywords(cls, chain, kwargs)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable):
        self = object.__new__(cls)
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
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __reduce__(self):
        if self._source is not None:
            if self._active is not None:
                return (type(self), (), (self._source, self._active))
            return (type(self), (), (self._source,))
        return (type(self), ())

    def __setstate__(self, state):
        state = _state_tuple(state, 'chain')
        if not 1 <= len(state) <= 2:
            raise TypeError('chain state must be a tuple of 1 or 2 iterators')
        for it in state:
            if not hasattr(type(it), '__next__'):
                raise TypeError('Arguments must be iterators.')
        self._source = state[0]
        self._active = state[1] if len(state) == 2 else None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            d = next(data)
            if next(selectors):
                return d

    def __reduce__(self):
        return (type(self), (self._data, self._selectors))


class dropwhile:
    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, dropwhile, kwargs)
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._start = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._start:
                return x
            if not self._pred(x):
                self._start = True
                return x

    def __reduce__(self):
        return (type(self), (self._pred, self._it), self._start)

    def __setstate__(self, state):
        self._start = bool(state)


class takewhile:
    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, takewhile, kwargs)
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stop = True
        raise StopIteration

    def __reduce__(self):
        return (type(self), (self._pred, self._it), self._stop)

    def __setstate__(self, state):
        self._stop = bool(state)


class filterfalse:
    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, filterfalse, kwargs)
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        f = self._func
        while True:
            x = next(self._it)
            if not (bool(x) if f is None else f(x)):
                return x

    def __reduce__(self):
        return (type(self), (self._func, self._it))


class starmap:
    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, starmap, kwargs)
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)

    def __reduce__(self):
        return (type(self), (self._func, self._it))


class pairwise:
    def __new__(cls, iterable, /):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = _MARK
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MARK:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
            # Set before the next read: a re-entrant call sees it.
            self._old = old
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARK
            raise
        self._old = new
        return (old, new)


class _grouper:
    def __new__(cls, parent, tgtkey):
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self
        return self

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARK:
            gb._step()
        if not self._tgtkey == gb._currkey:
            raise StopIteration
        v = gb._currvalue
        gb._currvalue = _MARK
        return v

    def __reduce__(self):
        if self._parent._currgrouper is not self:
            return (iter, ((),))
        return (type(self), (self._parent, self._tgtkey))




class groupby:
    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
        self._currkey = k

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _MARK:
                pass
            elif self._tgtkey is _MARK:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)

    def __reduce__(self):
        cls = type(self)
        if self._tgtkey is not _MARK and self._currkey is not _MARK \
                and self._currvalue is not _MARK:
            return (cls, (self._it, self._keyfunc),
                    (self._currkey, self._currvalue, self._tgtkey))
        return (cls, (self._it, self._keyfunc))

    def __setstate__(self, state):
        state = _state_tuple(state, 'groupby')
        self._currkey, self._currvalue, self._tgtkey = state
        self._currgrouper = None


def _islice_arg(v, msg):
    if v is None:
        return None
    try:
        i = _index(v)
    except TypeError:
        raise ValueError(msg) from None
    if i < 0:
        raise ValueError(msg)
    return i


class islice:
    def __new__(cls, iterable, *args, **kwargs):
        _no_keywords(cls, islice, kwargs)
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        s = slice(*args)
        start = _islice_arg(
            s.start, 'Indices for islice() must be None or an integer: '
            '0 <= x <= sys.maxsize.')
        stop = _islice_arg(
            s.stop, 'Stop argument for islice() must be None or an integer: '
            '0 <= x <= sys.maxsize.')
        step = _islice_arg(
            s.step, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = 1 if step is None else step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop is not None and self._next > stop):
            self._next = stop
        return x

    def __reduce__(self):
        cls = type(self)
        if self._it is None:
            return (cls, (iter([]), 0), 0)
        return (cls, (self._it, self._next, self._stop, self._step), self._cnt)

    def __setstate__(self, state):
        self._cnt = _index(state)


# The values a tee's iterators have not all consumed yet, in a chain of
# blocks of _TEE_BLOCK values (as CPython does): one block object per
# _TEE_BLOCK values, not one per value, so a tee one of whose iterators
# runs far ahead costs about a list slot per buffered value.
_TEE_BLOCK = 57


class _TeeLink:
    __slots__ = ('values', 'next', 'it', 'running', '__weakref__')

    def __init__(self, it):
        self.running = False
        self.values = []
        self.next = None
        self.it = it

    def __reduce__(self):
        return (_tee_link, (self.it, self.values, self.next))


def _tee_link(it, values, nxt):
    link = _TeeLink(it)
    link.values = list(values)
    link.next = nxt
    return link


class _tee:
    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._link = _TeeLink(it)
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        i = self._index
        if i == _TEE_BLOCK:
            nxt = link.next
            if nxt is None:
                nxt = link.next = _TeeLink(link.it)
            self._link = link = nxt
            self._index = i = 0
        values = link.values
        if i == len(values):
            if link.it is None:
                raise StopIteration
            if link.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            link.running = True
            try:
                x = next(link.it)
            finally:
                link.running = False
            values.append(x)
        self._index = i + 1
        return values[i]

    def __copy__(self):
        new = object.__new__(type(self))
        new._link = self._link
        new._index = self._index
        return new

    def __reduce__(self):
        return (type(self), ((),), (self._link, self._index))

    def __setstate__(self, state):
        state = _state_tuple(state, '_tee')
        link, index = state
        if not isinstance(link, _TeeLink):
            raise TypeError('state is not a _tee_dataobject')
        index = _index(index)
        if not 0 <= index <= _TEE_BLOCK:
            raise ValueError('Index out of range')
        self._link = link
        self._index = index


_tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    def __new__(cls, *args, fillvalue=None):
        self = object.__new__(cls)
        self._its = [iter(it) for it in args]
        self._active = len(self._its)
        self._fill = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                value = self._fill
            values.append(value)
        return tuple(values)

    def __reduce__(self):
        args = tuple(() if it is None else it for it in self._its)
        if self._its and not self._active:
            args = ((),) * len(self._its)
        return (type(self), args, self._fill)

    def __setstate__(self, state):
        self._fill = state


class product:
    def __new__(cls, *args, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self = object.__new__(cls)
        self._pools = tuple(tuple(pool) for pool in args) * repeat
        self._indices = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any(not p for p in pools):
                self._stopped = True
                raise StopIteration
            self._indices = [0] * len(pools)
        else:
            idx = self._indices
            i = len(pools) - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
        return tuple(pools[i][j] for i, j in enumerate(self._indices))

    def __reduce__(self):
        cls = type(self)
        if self._stopped:
            return (cls, ((),))
        if self._indices is None:
            return (cls, self._pools)
        return (cls, self._pools, tuple(self._indices))

    def __setstate__(self, state):
        state = _state_tuple(state, 'product')
        pools = self._pools
        if len(state) != len(pools):
            raise ValueError('invalid arguments')
        idx = []
        for pool, v in zip(pools, state):
            v = _index(v)
            if not pool:
                self._stopped = True
                return
            idx.append(min(max(v, 0), len(pool) - 1))
        self._indices = idx


class combinations:
    def __new__(cls, iterable, r):
        self = object.__new__(cls)
        self._pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = None
        self._stopped = r > len(self._pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            idx = self._indices
            for i in reversed(range(r)):
                if idx[i] != i + n - r:
                    break
            else:
                self._stopped = True
                raise StopIteration
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        return tuple(pool[i] for i in self._indices)

    def __reduce__(self):
        cls = type(self)
        if self._indices is None and not self._stopped:
            return (cls, (self._pool, self._r))
        if self._stopped:
            return (cls, ((), self._r))
        return (cls, (self._pool, self._r), tuple(self._indices))

    def __setstate__(self, state):
        state = _state_tuple(state, 'combinations')
        r, n = self._r, len(self._pool)
        if len(state) != r:
            raise ValueError('invalid arguments')
        idx = []
        for i, v in enumerate(state):
            v = _index(v)
            idx.append(min(max(v, 0), i + n - r))
        self._indices = idx


class combinations_with_replacement:
    def __new__(cls, iterable, r):
        self = object.__new__(cls)
        self._pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = None
        self._stopped = not self._pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            idx = self._indices
            for i in reversed(range(r)):
                if idx[i] != n - 1:
                    break
            else:
                self._stopped = True
                raise StopIteration
            idx[i:] = [idx[i] + 1] * (r - i)
        return tuple(pool[i] for i in self._indices)

    def __reduce__(self):
        cls = type(self)
        if self._indices is None and not self._stopped:
            return (cls, (self._pool, self._r))
        if self._stopped:
            return (cls, ((), self._r))
        return (cls, (self._pool, self._r), tuple(self._indices))

    def __setstate__(self, state):
        state = _state_tuple(state, 'combinations_with_replacement')
        r, n = self._r, len(self._pool)
        if len(state) != r:
            raise ValueError('invalid arguments')
        idx = []
        top = 0
        for v in state:
            v = min(max(_index(v), 0), n - 1)
            top = max(top, v)
            idx.append(top)
        self._indices = idx


class permutations:
    def __new__(cls, iterable, r=None):
        self = object.__new__(cls)
        pool = self._pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        indices, cycles = self._indices, self._cycles
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        if n == 0:
            self._stopped = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        cls = type(self)
        if self._stopped:
            return (cls, ((), self._r))
        if not self._started:
            return (cls, (self._pool, self._r))
        return (cls, (self._pool, self._r),
                (tuple(self._indices), tuple(self._cycles)))

    def __setstate__(self, state):
        state = _state_tuple(state, 'permutations')
        if len(state) != 2:
            raise ValueError('invalid arguments')
        indices, cycles = state
        n, r = len(self._pool), self._r
        if len(indices) != n or len(cycles) != r:
            raise ValueError('invalid arguments')
        self._indices = [min(max(_index(v), 0), n - 1) for v in indices]
        self._cycles = [min(max(_index(v), 1), n - i)
                        for i, v in enumerate(cycles)]
        self._started = True
