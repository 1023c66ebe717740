# functions3: decorators (test_decorators): evaluation order, PEP 614
# expressions, decorated classes, a failing decorator, line numbers.
def trace(label):
    print("make", label)
    def deco(f):
        print("apply", label, f.__name__)
        return f
    return deco
@trace("a")
@trace("b")
def fn(): return "fn"
print(fn())
def count(f):
    f.count = 0
    def wrapper(*a, **k):
        wrapper.count += 1
        return f(*a, **k)
    wrapper.count = 0
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper
@count
def add(a, b): return a + b
add(1, 2); add(3, 4)
print(add.count, add.__name__, add.__wrapped__.__name__)
# PEP 614 arbitrary expressions
decos = {"x": lambda f: (lambda: "decorated " + f())}
@decos["x"]
def g(): return "g"
print(g())
@(lambda f: f)
def h(): return "h"
print(h())
class A:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return "prop"
    @p.setter
    def p(self, v): print("set", v)
print(A.s(), A.c(), A().p)
A().p = 3
@trace("cls")
class B: pass
print(B.__name__)
def deco_order():
    order = []
    def d(n):
        order.append(("eval", n))
        def inner(f):
            order.append(("call", n))
            return f
        return inner
    @d(1)
    @d(2)
    @d(3)
    def f(): pass
    return order
print(deco_order())
def replace(f): return 42
@replace
def r(): pass
print(r)
# decorator that raises
def boom(f): raise ValueError("deco failed")
try:
    @boom
    def x(): pass
except ValueError as e: print(e)
try:
    x
except NameError as e: print(e)
# decorator line numbers in tracebacks
import sys
def bad(f): return 1 / 0
try:
    @bad
    def y(): pass
except ZeroDivisionError as e:
    print("lineno", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
# first line number of decorated function
def ident(f): return f
@ident
def z(): pass
print(z.__code__.co_firstlineno)
@ident
class Z: pass
