# exceptions2: user exception hierarchies, catching by base class, handler order, attributes on instances
class AppError(Exception):
    code = 1
class DBError(AppError):
    code = 2
class ConnError(DBError):
    code = 3
    def __init__(self, host, port):
        super().__init__("cannot connect to %s:%d" % (host, port))
        self.host = host
        self.port = port
class ValidationError(AppError, ValueError):
    pass
def fail(kind):
    if kind == "conn":
        raise ConnError("db.local", 5432)
    if kind == "db":
        raise DBError("query failed")
    if kind == "val":
        raise ValidationError("bad input")
    if kind == "app":
        raise AppError()
    return "ok"
for kind in ["conn", "db", "val", "app", "none"]:
    try:
        r = fail(kind)
        print(kind, "->", r)
    except ConnError as e:
        print(kind, "ConnError", e, e.host, e.port, e.code, e.args)
    except DBError as e:
        print(kind, "DBError", e, e.code)
    except ValueError as e:
        print(kind, "ValueError branch", type(e).__name__, e, isinstance(e, AppError))
    except AppError as e:
        print(kind, "AppError", repr(e), e.code)
print([c.__name__ for c in ValidationError.__mro__])
try:
    fail("val")
except AppError as e:
    print("caught by first base:", type(e).__name__)
try:
    try:
        fail("db")
    except ConnError:
        print("not this one")
except AppError as e:
    print("outer caught", type(e).__name__, e)
class Empty(Exception):
    pass
e = Empty()
print(repr(e), str(e) == "", e.args, bool(e))
e2 = Empty("a", 2, None)
print(repr(e2), str(e2), e2.args)
