# The errno module with OSError: constructing OSError from an errno picks the
# matching subclass, and handlers test e.errno against the constants.
import errno

CASES = [
    (errno.ENOENT, "No such file or directory"),
    (errno.EEXIST, "File exists"),
    (errno.EACCES, "Permission denied"),
    (errno.EPERM, "Operation not permitted"),
    (errno.EISDIR, "Is a directory"),
    (errno.ENOTDIR, "Not a directory"),
    (errno.EAGAIN, "Resource temporarily unavailable"),
    (errno.EPIPE, "Broken pipe"),
    (errno.ECONNREFUSED, "Connection refused"),
    (errno.ECONNRESET, "Connection reset by peer"),
    (errno.ETIMEDOUT, "Connection timed out"),
    (errno.ESRCH, "No such process"),
    (errno.ECHILD, "No child processes"),
    (errno.EINTR, "Interrupted system call"),
    (errno.EINVAL, "Invalid argument"),
]

for code, msg in CASES:
    e = OSError(code, msg, "target")
    print(errno.errorcode[code], code, type(e).__name__, str(e))


def fake_open(path):
    if path.endswith("/"):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", path)
    if path.startswith("/root"):
        raise PermissionError(errno.EACCES, "Permission denied", path)
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", path)


for p in ["/etc/", "/root/x", "missing.txt"]:
    try:
        fake_open(p)
    except OSError as e:
        if e.errno == errno.ENOENT:
            kind = "missing"
        elif e.errno in (errno.EACCES, errno.EPERM):
            kind = "denied"
        else:
            kind = errno.errorcode.get(e.errno, "?")
        print(p, kind, e.filename, isinstance(e, FileNotFoundError))

print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK)
print(sorted(k for k in errno.errorcode if k < 12))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
