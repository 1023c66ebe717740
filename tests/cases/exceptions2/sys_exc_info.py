# exceptions2: sys.exc_info() inside handlers, nested handlers, after handlers, in finally and in called functions
import sys
def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None)
show("outside")
try:
    raise ValueError("v")
except ValueError:
    show("in handler")
    try:
        raise KeyError("k")
    except KeyError:
        show("nested handler")
    show("back in outer handler")
show("after handlers")
try:
    raise TypeError("t")
except TypeError:
    def helper():
        show("in function called from handler")
    helper()
try:
    try:
        raise IndexError("i")
    finally:
        show("in finally during propagation")
except IndexError:
    pass
try:
    pass
finally:
    show("in finally without exception")
def gen():
    try:
        raise OSError("in gen")
    except OSError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
show("caller while generator suspended in handler")
print(next(g))
try:
    raise RuntimeError("r")
except RuntimeError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
print(sys.exc_info())
