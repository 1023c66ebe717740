# exceptions2: the built-in exception hierarchy: issubclass relations and __mro__ of common exceptions
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, ModuleNotFoundError,
            RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, UnboundLocalError, TimeoutError, BrokenPipeError, ConnectionRefusedError, OverflowError,
            FloatingPointError, IndentationError, TabError, DeprecationWarning, BaseExceptionGroup, ExceptionGroup]:
    print(chain(cls))
print(OSError is IOError, OSError is EnvironmentError, issubclass(bool, int))
print(issubclass(KeyError, LookupError), issubclass(LookupError, KeyError), issubclass(Warning, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
try:
    {}["k"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    [][1]
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
