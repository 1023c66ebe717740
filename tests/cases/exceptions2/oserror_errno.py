# exceptions2: OSError constructor maps errno to subclasses; errno/strerror/filename attributes and str forms
for errno in [2, 13, 17, 20, 21, 32, 11, 4, 3, 10, 104, 111, 110, 1, 9999]:
    e = OSError(errno, "message %d" % errno)
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file", "/tmp/x")
print(type(e).__name__, e.filename, e.filename2, str(e), repr(e), e.args)
e = OSError(17, "Exists", "a", None, "b")
print(type(e).__name__, str(e), e.filename, e.filename2, e.args)
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError()
print(repr(e), e.errno, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.errno, e.args)
e = FileNotFoundError(13, "explicit subclass keeps its type")
print(type(e).__name__, e.errno)
e = IOError(2, "alias")
print(type(e).__name__)
try:
    raise OSError(2, "missing thing")
except FileNotFoundError as err:
    print("caught as FileNotFoundError:", err)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "no mapping for subclasses")).__name__)
e = BlockingIOError(11, "would block", 5)
print(e.characters_written)
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionResetError, ConnectionError))
