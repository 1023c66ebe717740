# exceptions2: catching BaseException-only classes (SystemExit, KeyboardInterrupt, GeneratorExit) and custom ones
class Abort(BaseException):
    pass
for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit(), Abort("stop")]:
    try:
        try:
            raise exc
        except Exception:
            print("Exception handler (wrong)")
    except BaseException as e:
        print(type(e).__name__, "caught by BaseException", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code:", e.code)
def gen():
    try:
        yield 1
    except BaseException as e:
        print("generator saw", type(e).__name__)
        raise
g = gen()
next(g)
g.close()
try:
    try:
        raise Abort("inner")
    finally:
        print("finally runs for BaseException too")
except Abort as e:
    print("Abort:", e)
print(issubclass(Abort, Exception), Abort.__mro__[1].__name__)
