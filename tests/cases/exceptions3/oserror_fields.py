# OSError subclasses and attributes
import errno
for args in [(), (1,), (errno.ENOENT, "nf"), (errno.ENOENT, "nf", "file.txt"), (errno.EEXIST, "ex", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
for code in [errno.EAGAIN, errno.EALREADY, errno.EWOULDBLOCK, errno.EINPROGRESS, errno.ECHILD, errno.EPIPE, errno.ESHUTDOWN, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EINTR, errno.EACCES, errno.EPERM, errno.ESRCH, errno.ETIMEDOUT, 9999]:
    e = OSError(code, "m")
    print(code, type(e).__name__, str(e))
print(IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError(2, "No such file", "x")
print(str(e), repr(e), e.errno)
e = FileNotFoundError("just msg")
print(str(e), repr(e), e.errno)
print(issubclass(BlockingIOError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
e = BlockingIOError(11, "w", 5)
print(e.characters_written, e.args, str(e))
class MyOS(OSError): pass
e = MyOS(2, "x")
print(type(e).__name__, str(e))
e = OSError(2, "x")
e.errno = 5
print(e.errno, e.args)
e.filename = "f"
print(str(e))
