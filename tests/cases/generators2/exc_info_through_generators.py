# sys.exc_info / sys.exception interplay with generators, coroutines and with
import sys
def show(tag):
    print(tag, repr(sys.exception()), sys.exc_info()[0])
def gen():
    show("gen start")
    try:
        raise KeyError("in gen")
    except KeyError:
        show("gen handler")
        yield
        show("gen handler resumed")
    show("gen after")
    yield
try:
    raise ValueError("outer")
except ValueError:
    g = gen()
    next(g)
    show("outer after first next")
next(g)
show("top")
next(g, None)
class CM:
    def __enter__(self):
        show("enter")
    def __exit__(self, *a):
        show("exit")
with CM():
    pass
try:
    with CM():
        raise IndexError("body")
except IndexError:
    pass
async def co():
    show("coro")
    try:
        raise TypeError("in coro")
    except TypeError:
        show("coro handler")
c = co()
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    try:
        c.send(None)
    except StopIteration:
        pass
    show("after coro")
def f():
    show("in f")
try:
    raise OSError(2, "x")
except OSError:
    f()
    try:
        raise KeyError("nested")
    except KeyError:
        show("nested")
    show("restored")
show("end")
def gen():
    try:
        raise KeyError("in gen")
    except KeyError as k:
        yield repr(k.__context__)
    try:
        raise IndexError("second")
    except IndexError as i:
        yield repr(i.__context__)
g = gen()
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
print(next(g))
def deep():
    yield
    try:
        1 / 0
    except ZeroDivisionError as z:
        yield repr(z.__context__)
def mid():
    yield from deep()
m = mid()
next(m)
try:
    raise OSError("outer of mid")
except OSError:
    print(next(m))
