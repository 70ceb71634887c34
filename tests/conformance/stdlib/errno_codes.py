# errno: the Linux numbers, errorcode, and the aliases of a number.
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[13])
print(errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode) > 100, all(getattr(errno, n) == k for k, n in errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.startswith('E'))[:8])
