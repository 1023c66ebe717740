# exceptions: hierarchy via isinstance and except ordering - ArithmeticError, LookupError, Exception, BaseException
def make(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [1][5]
    if kind == 2:
        return {"a": 1}["b"]
    if kind == 3:
        return 2.0 ** 5000
    if kind == 4:
        return int("q")
    if kind == 5:
        return len(5)
    if kind == 6:
        return undefined_global
    if kind == 7:
        assert 1 == 2, "assertion text"
    if kind == 8:
        raise StopIteration
    if kind == 9:
        raise RuntimeError("rt")
    if kind == 10:
        return (5).nope
    if kind == 11:
        import _no_such_module_anywhere
    return "ok"
for k in range(13):
    try:
        print(k, "result", make(k))
    except ArithmeticError as e:
        print(k, "ArithmeticError branch:", type(e).__name__, e)
    except LookupError as e:
        print(k, "LookupError branch:", type(e).__name__, e)
    except Exception as e:
        print(k, "Exception branch:", type(e).__name__, e)
checks = [ZeroDivisionError("x"), OverflowError("x"), IndexError("x"), KeyError("x"), ValueError("x"),
          TypeError("x"), NameError("x"), UnboundLocalError("x"), AttributeError("x"), RecursionError("x"),
          AssertionError("x"), StopIteration("x"), RuntimeError("x"), ImportError("x"), ModuleNotFoundError("x")]
for e in checks:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ArithmeticError),
          isinstance(e, LookupError), isinstance(e, RuntimeError), isinstance(e, NameError), isinstance(e, ImportError))
print(isinstance(Exception("x"), BaseException), isinstance(BaseException("x"), Exception))
try:
    raise BaseException("base")
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", e)
try:
    raise ModuleNotFoundError("mnf")
except ImportError as e:
    print("ImportError branch", type(e).__name__, e)
