# exceptions2: implicit __context__ chaining when raising inside except/finally blocks and nested handlers
def in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
try:
    in_except()
except KeyError as e:
    print(type(e).__name__, repr(e.__context__), e.__cause__, e.__suppress_context__)
def in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    in_finally()
except TypeError as e:
    print(type(e).__name__, repr(e.__context__))
def nested():
    try:
        raise A("a")
    except A:
        try:
            raise B("b")
        except B:
            raise C("c")
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    nested()
except C as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
def handled_then_raise():
    try:
        raise A("handled")
    except A:
        pass
    raise B("after handler")
try:
    handled_then_raise()
except B as e:
    print("context after completed handler:", e.__context__)
def reraise_same():
    try:
        raise A("same")
    except A as a:
        raise a
try:
    reraise_same()
except A as e:
    print("re-raising same object keeps context None:", e.__context__)
def cycle():
    try:
        raise A("x")
    except A as a:
        try:
            raise B("y")
        except B as b:
            raise a
try:
    cycle()
except A as e:
    print("cycle broken:", repr(e.__context__), repr(e.__context__.__context__))
