# generator attributes and states
import sys
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return 99

g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
print(g.gi_frame.f_lineno if g.gi_frame else None)
print(next(g))
print(g.gi_frame.f_lineno)
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value, e.args, repr(e))
print(g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value, e.args)

class C:
    def meth(self):
        yield 1
    @staticmethod
    def sm():
        yield 2
g = C().meth()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
def nested():
    def inner():
        yield
    return inner()
print(nested().__qualname__)

# send non-None to a just-started generator
g = gen()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))

# gi_running inside generator
def running():
    yield me.gi_running
me = running()
print(next(me))

# generator already executing
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)

# close on unstarted
g = gen()
print(g.close())
print(g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("closed stop", e.args)

# throw into unstarted
g = gen()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(g.gi_frame)

# throw type, value, tb forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
c = catcher(); next(c)
c.throw(ValueError)
c.throw(ValueError, 3)
c.throw(ValueError, (1, 2))
c.throw(ValueError("x"))
c.throw(ValueError, None)
try:
    c.throw(ValueError("x"), 4)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(int)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(ValueError, 1, 5)
except TypeError as e:
    print("TypeError", e)
c.close()
print(c.gi_frame)
