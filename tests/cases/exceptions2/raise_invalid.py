# exceptions2: raising non-exceptions, exception classes whose construction fails, raise with instances of classes
for thing in [5, "string", None, object(), [ValueError()]]:
    try:
        raise thing
    except TypeError as e:
        print(type(thing).__name__, "->", type(e).__name__, e)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
class InitFails(Exception):
    def __init__(self):
        raise KeyError("failed in __init__")
try:
    raise InitFails
except KeyError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
class NewReturnsOther(Exception):
    def __new__(cls, *a):
        return ValueError("substituted")
try:
    raise NewReturnsOther
except TypeError as e:
    print(type(e).__name__, e)
except ValueError as e:
    print("raised substituted", repr(e))
try:
    raise Exception
except Exception as e:
    print(repr(e), type(e) is Exception)
try:
    raise BaseException("base")
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException only caught by BaseException:", e)
