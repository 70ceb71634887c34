# _thread.interrupt_main: signal numbers are checked; SIGINT raises
# KeyboardInterrupt, a signal Python does not handle does nothing.
import _thread
import time

for signum in (-1, 0, 65, 1000000):
    try:
        _thread.interrupt_main(signum)
    except ValueError as e:
        print(signum, 'ValueError', e)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(_thread.interrupt_main(15))
try:
    _thread.interrupt_main('2')
except TypeError as e:
    print('TypeError', e)
print(time._STRUCT_TM_ITEMS)
lock = _thread.allocate_lock()
print(repr(lock).startswith('<unlocked _thread.lock object at 0x'))
lock.acquire()
print(repr(lock).startswith('<locked _thread.lock object at 0x'))
