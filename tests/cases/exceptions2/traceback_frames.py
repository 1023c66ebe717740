# exceptions2: traceback objects through calls, generators, with blocks and re-raises; frame attributes
import sys
def chain(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def inner():
    raise KeyError("inner")
def middle():
    try:
        inner()
    except KeyError:
        raise
def outer():
    middle()
try:
    outer()
except KeyError as e:
    print("bare raise keeps one entry per frame:", chain(e.__traceback__))
    print("exc_info tb is __traceback__:", sys.exc_info()[2] is e.__traceback__)
    print("same object on each access:", e.__traceback__ is e.__traceback__)
    print("tb_next types:", type(e.__traceback__.tb_next).__name__, type(e.__traceback__.tb_frame).__name__)
    print("f_globals is module globals:", e.__traceback__.tb_frame.f_globals is globals())
    print("innermost frame line:", e.__traceback__.tb_next.tb_next.tb_next.tb_frame.f_lineno)
def raiser(exc):
    raise exc
err = ValueError("again")
for i in range(3):
    try:
        raiser(err)
    except ValueError as e:
        print("round", i, "entries:", len(chain(e.__traceback__)))
def gen():
    try:
        yield 1
    except TypeError as e:
        print("thrown into generator:", chain(e.__traceback__))
        raise
g = gen()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("after leaving generator:", chain(e.__traceback__))
class Exit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("__exit__ tb chain:", chain(tb), tb is ev.__traceback__)
        return True
def in_with():
    with Exit():
        inner()
in_with()
e = RuntimeError("manual")
try:
    raise ZeroDivisionError
except ZeroDivisionError as z:
    e.__traceback__ = z.__traceback__
print("assigned:", chain(e.__traceback__))
e.__traceback__ = None
print("cleared:", e.__traceback__)
try:
    e.with_traceback(42)
except TypeError as t:
    print(type(t).__name__, t)
try:
    g2 = gen()
    next(g2)
    g2.throw(TypeError, TypeError("x"), "not a tb")
except TypeError as t:
    print(type(t).__name__, t)
def suspended():
    a = 1
    yield a
    b = 2
    yield b
s = suspended()
print("unstarted frame line:", s.gi_frame.f_lineno, s.gi_frame.f_code.co_name)
next(s)
f = s.gi_frame
print("suspended:", f.f_lineno, sorted(f.f_locals.items()), f.f_back)
next(s)
print("frame follows generator:", f.f_lineno, sorted(f.f_locals.items()))
