# exceptions2: handler selection: first match wins, tuples, dynamic expressions, invalid except targets
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return "lookup-tuple"
    except LookupError:
        return "LookupError (unreachable for KeyError)"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "Exception"
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError()]:
    print(type(exc).__name__, which(exc))
handlers = (TypeError, ValueError)
try:
    int("z")
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
def pick():
    print("evaluating except expression")
    return KeyError
try:
    raise KeyError("x")
except pick() as e:
    print("caught via call", repr(e))
try:
    pass
except pick():
    pass
print("no exception: except expression not evaluated")
try:
    try:
        raise ValueError("v")
    except 42:
        print("not reached")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 42) as e:
        print("tuple with bad member still matches first:", repr(e))
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (KeyError, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except ((KeyError, (ValueError,)),):
        print("not reached: nested tuples are not allowed in except")
except TypeError as e:
    print(type(e).__name__, e)
