"""A small asyncio: an event loop written in Python over a virtual clock
(pyx pure-Python implementation, written from the asyncio documentation).

Coroutines are driven with ``send``/``throw``; anything whose ``__await__``
yields a Future works (the awaitable protocol).  Scheduling order follows
CPython's loop (ready queue FIFO, timers in a heap keyed by due time,
future callbacks scheduled with call_soon).

Deliberate differences from CPython:
- No real time and no I/O.  ``sleep(seconds)`` and timers run on a virtual
  clock: when nothing is ready, the clock jumps to the next timer, so
  ``await asyncio.sleep(3600)`` finishes at once.  ``loop.time()`` starts
  at 0.0.
- If nothing is ready and no timer is pending while a future is awaited,
  the program could never proceed (CPython would block forever); this loop
  raises ``RuntimeError('event loop deadlock: ...')`` instead.
- No threads, subprocesses, sockets, executors or signal handlers.
"""

import collections
import heapq
import sys
import weakref

__all__ = (
    'run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for',
    'wait', 'as_completed', 'shield', 'timeout', 'current_task',
    'all_tasks', 'get_running_loop', 'get_event_loop', 'new_event_loop',
    'set_event_loop', 'iscoroutine', 'iscoroutinefunction', 'Future',
    'Task', 'TaskGroup', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty',
    'QueueFull', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore',
    'Condition', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'AbstractEventLoop', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy',
)


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_current_tasks = {}


# ------------------------------------------------------------------ handles

class Handle:
    """A callback scheduled on the loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback scheduled for a (virtual) time."""

    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args)
        return NotImplemented

    __hash__ = object.__hash__


# --------------------------------------------------------------------- loop

class AbstractEventLoop:
    """Base class of event loops."""


class _VirtualLoop(AbstractEventLoop):
    _clock_resolution = 1e-09

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._time = 0.0
        self._stopping = False
        self._closed = False
        self._running = False
        self._tasks = []
        self._exception_handler = None
        # Async generators started while this loop ran: closed by
        # shutdown_asyncgens() if still unfinished then.
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def time(self):
        """The loop's virtual time, in seconds."""
        return self._time

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def stop(self):
        self._stopping = True

    def _run_once(self):
        while self._scheduled and self._scheduled[0]._cancelled:
            heapq.heappop(self._scheduled)
        if not self._ready and not self._stopping:
            if not self._scheduled:
                raise RuntimeError('event loop deadlock: nothing is ready '
                                   'and no timer is pending (pyx virtual '
                                   'clock)')
            if self._scheduled[0]._when > self._time:
                self._time = self._scheduled[0]._when
        end_time = self._time + self._clock_resolution
        while self._scheduled:
            h = self._scheduled[0]
            if h._when >= end_time:
                break
            h = heapq.heappop(self._scheduled)
            if not h._cancelled:
                self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another '
                               'loop is running')
        self._running = True
        _running_loop = self
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn("asynchronous generator %r was scheduled after "
                          "loop.shutdown_asyncgens() call" % (agen,),
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator collected unfinished: close it on the loop,
        # where its `finally` blocks may await.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def done_cb(fut):
            fut._loop.stop()

        future.add_done_callback(done_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(done_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    async def shutdown_asyncgens(self):
        """Close every async generator still open that this loop started."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing],
                               return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               'asynchronous generator %r' % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            self._exception_handler(self, context)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


class AbstractEventLoopPolicy:
    """How `get_event_loop`, `set_event_loop` and `new_event_loop` find
    and make loops; replaced with `set_event_loop_policy`."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop (there are no OS threads), made on first use; its
    loops run on the virtual clock."""

    def __init__(self):
        self._loop = None

    def get_event_loop(self):
        if self._loop is None or self._loop.is_closed():
            self.set_event_loop(self.new_event_loop())
        return self._loop

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._loop = loop

    def new_event_loop(self):
        return _VirtualLoop()


_policy = None


def get_event_loop_policy():
    """The current event loop policy (a DefaultEventLoopPolicy unless set)."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Set the policy; None restores a fresh default one."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _policy = policy


def new_event_loop():
    """A new event loop from the policy (virtual clock by default)."""
    return get_event_loop_policy().new_event_loop()


def get_running_loop():
    """The running event loop; RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop, else the policy's current one (made on demand)."""
    if _running_loop is not None:
        return _running_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


# ------------------------------------------------------------------- Future

def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


class Future:
    """A result that will be available later."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%r' % (self._result,))
        return '<%s %s>' % (type(self).__name__, ' '.join(info))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            # As CPython's C Future: hand out the saved original error once.
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# --------------------------------------------------------------------- Task

_task_counter = 0


class Task(Future):
    """A coroutine scheduled to run on the loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            _task_counter += 1
            name = 'Task-%d' % _task_counter
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        info = [self._state.lower(), 'name=%r' % self._name]
        coro_name = getattr(self._coro, '__qualname__', None) or \
            getattr(self._coro, '__name__', '?')
        info.append('coro=<%s()>' % coro_name)
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%r' % (self._result,))
        return '<Task %s>' % ' '.join(info)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r'
                                    % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        prev = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not self._loop:
                    err = RuntimeError('Task %r got Future %r attached to a '
                                       'different loop' % (self, result))
                    self._loop.call_soon(self._step, err)
                elif blocking:
                    if result is self:
                        err = RuntimeError('Task cannot await on itself: %r'
                                           % (self,))
                        self._loop.call_soon(self._step, err)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(
                                    msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    err = RuntimeError('yield was used instead of yield from '
                                       'in task %r with %r' % (self, result))
                    self._loop.call_soon(self._step, err)
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                err = RuntimeError('Task got bad yield: %r' % (result,))
                self._loop.call_soon(self._step, err)
        finally:
            if prev is None:
                _current_tasks.pop(self._loop, None)
            else:
                _current_tasks[self._loop] = prev

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    """The Task currently running, or None."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not-yet-finished tasks of the loop."""
    if loop is None:
        loop = get_running_loop()
    loop._tasks = [t for t in loop._tasks if not t.done()]
    return set(loop._tasks)


def iscoroutine(obj):
    """True for coroutine objects (and generator-based awaitables)."""
    return type(obj).__name__ in ('coroutine', 'generator') or \
        (hasattr(obj, 'send') and hasattr(obj, 'throw') and
         hasattr(obj, '__await__'))


def iscoroutinefunction(func):
    """True for functions defined with async def."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    code = getattr(func, '__code__', None)
    flags = getattr(code, 'co_flags', None)
    if flags is not None:
        return bool(flags & 0x80)
    return False


_is_coroutine = object()


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop."""
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or awaitable in a Task (a Future is returned as is)."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        async def _wrap(aw):
            return await aw
        return loop.create_task(_wrap(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is '
                    'required')


class _SleepZero:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend for delay (virtual) seconds, then return result."""
    if delay <= 0:
        await _SleepZero()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ------------------------------------------------------------ combinators

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; a future of the list of their results
    (in argument order)."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[key] = (arg, fut)
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key][1]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await fut with a (virtual) timeout; on timeout cancel it and raise
    TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s'
                        % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks '
                        'explicitly.')
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines yielding results in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s'
                        % type(fs).__name__)
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = collections.deque()
    waiters = collections.deque()
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.append(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.discard(f)
        done.append(f)
        while waiters and done:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        if not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        f = done.popleft()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def shield(arg):
    """Protect an awaitable from being cancelled."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class timeout:
    """async with asyncio.timeout(delay): cancel the block after delay
    (virtual) seconds and raise TimeoutError."""

    def __init__(self, delay):
        self._delay = delay
        self._task = None
        self._handle = None
        self._expired = False

    def when(self):
        return None if self._handle is None else self._handle.when()

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = get_running_loop()
            self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        if self._delay is not None:
            loop = get_running_loop()
            self._handle = loop.call_later(self._delay, self._on_timeout)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...); waits for all;
    the first failure cancels the rest and raises an ExceptionGroup."""

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._on_completed_fut = None
        self._loop = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup has been already entered')
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and \
                self._base_error is None:
            self._base_error = exc
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if et is CancelledError:
            if self._parent_cancel_requested and \
                    not self._parent_task.uncancel():
                pass
            else:
                propagate_cancellation_error = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        self._exiting = False
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.remove(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup',
                                     errors)

    _base_error = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % self)
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % self)
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % self)
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------------- run

def run(main, *, debug=None):
    """Run coroutine main on a new loop, cancel what is left, close it."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running '
                           'event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


# -------------------------------------------------------------- primitives

class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % self)
        return loop


class Lock(_LoopBound):
    """Mutex: async with lock: ..."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<%s [%s]>' % (type(self).__name__, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Event(_LoopBound):
    """An event flag tasks can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<%s [%s]>' % (type(self).__name__, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_LoopBound):
    """Condition variable over a Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_LoopBound):
    """Counter-limited access: async with sem: ..."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % (
            self._value,)
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<%s [%s]>' % (type(self).__name__, extra)

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Queue(_LoopBound):
    """FIFO queue for producer/consumer tasks."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _wait_while(self, blocked, waiters):
        """Wait, queued in `waiters`, until `blocked()` is false; on
        cancellation pass the wake-up on to the next waiter."""
        while blocked():
            waiter = self._get_loop().create_future()
            waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                waiter.cancel()
                try:
                    waiters.remove(waiter)
                except ValueError:
                    pass
                if not blocked() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Queue returning the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Queue returning the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
