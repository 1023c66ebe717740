# exceptions2: except* control flow: clause order, exc_info inside clauses, else/finally, raising from several clauses
import sys
def body(exc):
    if exc is not None:
        raise exc
def run(exc):
    try:
        body(exc)
    except* ValueError as g:
        print("  V:", repr(g), "exc_info is the part:", sys.exc_info()[1] is g)
    except* (TypeError, KeyError) as g:
        print("  T/K:", repr(g))
    else:
        print("  else")
    finally:
        print("  finally")
for exc in [None, ValueError(1), ExceptionGroup("g", [KeyError(2), ValueError(3)]),
            ExceptionGroup("g", [ExceptionGroup("h", [TypeError(4)])])]:
    print("run", repr(exc))
    run(exc)
print("several clauses raise:")
try:
    try:
        raise ExceptionGroup("src", [ValueError("a"), TypeError("b"), OSError("c")])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")
except ExceptionGroup as e:
    print(repr(e))
    print([repr(x.__context__) for x in e.exceptions[:2]])
print("raise group from clause:")
try:
    try:
        raise ExceptionGroup("src", [ValueError("a")])
    except* ValueError as g:
        raise ExceptionGroup("new", [RuntimeError("r")]) from g
except ExceptionGroup as e:
    print(repr(e), repr(e.__cause__))
print("naked exception re-raised with bare raise:")
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(type(e).__name__, repr(e))
print("handled part leaves no exception:")
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError:
    pass
print(sys.exc_info())
def in_function():
    try:
        raise ExceptionGroup("f", [ValueError(1), TypeError(2)])
    except* ValueError:
        return_value = "handled V"
    return return_value
try:
    in_function()
except* TypeError as g:
    print("outer except* got:", repr(g))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print("derived:", type(g).__name__, repr(g))
except* TypeError as g:
    print("derived:", type(g).__name__, repr(g))
try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for src in ["for x in y:\n    try:\n        pass\n    except* E:\n        break",
            "def f():\n    try:\n        pass\n    except* E:\n        return 1",
            "for x in y:\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n        continue",
            "try:\n    pass\nexcept* E:\n    for x in y:\n        break\n    def h():\n        return 2"]:
    try:
        compile(src, "<star>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
