# with statement semantics
class CM:
    def __init__(self, name, suppress=False, enter_raises=False):
        self.name = name; self.suppress = suppress; self.enter_raises = enter_raises
    def __enter__(self):
        print("enter", self.name)
        if self.enter_raises:
            raise KeyError("enter " + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, type(tb).__name__)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("a", suppress=True):
    raise ValueError("v")
print("after suppress")
try:
    with CM("a"), CM("b", suppress=True), CM("c"):
        raise ValueError("inner")
    print("continued")
except ValueError as e:
    print("escaped", e)
try:
    with CM("a"), CM("b", enter_raises=True), CM("c"):
        print("no")
except KeyError as e:
    print("enter failed", e)
# exit return truthy objects
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
with Truthy():
    1/0
print("suppressed by list")
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return ""
try:
    with Falsy():
        1/0
except ZeroDivisionError:
    print("not suppressed")
# missing methods
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
for c in (NoEnter, NoExit, int):
    try:
        with c():
            pass
    except Exception as e:
        print(type(e).__name__, e)
# instance attributes not used
class Inst:
    pass
i = Inst(); i.__enter__ = lambda: 1; i.__exit__ = lambda *a: None
try:
    with i:
        pass
except Exception as e:
    print(type(e).__name__, e)
# return/break/continue through with
def f():
    with CM("r"):
        return "ret"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0: continue
        if i == 1: break
# exception in __exit__ replaces
class Bad:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Bad():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__context__))
# __exit__ bool() raising
class BadBool:
    def __bool__(self): raise TypeError("bad bool")
class RB:
    def __enter__(self): return self
    def __exit__(self, *a): return BadBool()
try:
    with RB():
        raise ValueError
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
# enter returns tuple unpacked
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Tup() as (a, b):
    print(a, b)
# __enter__ via __getattr__ not honored
class GA:
    def __getattr__(self, n):
        return lambda *a: print("getattr", n)
try:
    with GA():
        pass
except Exception as e:
    print(type(e).__name__, e)
# exc in with target assignment
class Obj:
    def __enter__(self): return 5
    def __exit__(self, t, v, tb):
        print("exit called with", t.__name__ if t else None)
try:
    with Obj() as (p, q):
        pass
except TypeError as e:
    print("TypeError", e)
# sys.exc_info inside __exit__
import sys
class Info:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exc_info in exit", sys.exc_info()[0])
        return True
with Info():
    raise KeyError
with Info():
    pass
# generator-based context manager by hand
class GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(t, v, tb)
        except StopIteration as exc:
            return exc is not v
        except BaseException as exc:
            if exc is v: return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def managed(x):
    print("setup", x)
    try:
        yield x * 2
    except ValueError as e:
        print("gen handled", e)
    finally:
        print("teardown", x)
with GenCM(managed(1)) as v:
    print("v", v)
with GenCM(managed(2)) as v:
    raise ValueError("boom")
try:
    with GenCM(managed(3)):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
