# yield from delegation
class Sub:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 10)
        return self.i
def d():
    r = yield from Sub()
    print("sub returned", r)
    r = yield from [7, 8]
    print("list returned", r)
    return "done"
g = d()
print(list(g))

def inner():
    try:
        while True:
            x = yield
            print("inner got", x)
    except ValueError as e:
        print("inner caught", e)
        return "handled"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer r", r)
    yield "after"
g = outer()
next(g)
print(type(g.gi_yieldfrom).__name__, getattr(g.gi_yieldfrom, "__name__", None))
g.send(1); g.send(2)
print(g.throw(ValueError("v")))
print(type(g.gi_yieldfrom).__name__, getattr(g.gi_yieldfrom, "__name__", None))

g = outer(); next(g)
g.close()
print("closed", g.gi_frame)

# throw to iterator without throw method
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def o2():
    yield from NoThrow()
g = o2(); next(g)
try:
    g.throw(KeyError, "x")
except KeyError as e:
    print("KeyError", e)
# close on iterator without close
g = o2(); next(g); g.close(); print("closed ok")

# close with subiterator that has close
class WithClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("WithClose.close called")
    def throw(self, *a): print("throw called", a); return 42
def o3():
    yield from WithClose()
g = o3(); next(g); print(g.throw(ValueError("v"))); g.close()

# send to iterator without send
def o4():
    yield from iter([1, 2, 3])
g = o4(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# yield from non-iterable
def o5():
    yield from 5
try:
    next(o5())
except TypeError as e:
    print("TypeError", e)

# yield from generator that raises StopIteration explicitly
def inner2():
    yield 1
    return 5
def o6():
    x = yield from inner2()
    y = yield from inner2()
    return x + y
g = o6()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# nested delegation chain with throw
def level(n):
    if n == 0:
        try:
            yield "bottom"
        except Exception as e:
            yield "caught at bottom: %r" % e
    else:
        r = yield from level(n - 1)
g = level(3)
print(next(g))
print(g.throw(IndexError(3)))
y = g.gi_yieldfrom
depth = 0
while y is not None:
    depth += 1
    y = y.gi_yieldfrom
print("depth", depth)

# yield from an already running generator
def self_ref():
    yield from gen_self
gen_self = self_ref()
try:
    next(gen_self)
except ValueError as e:
    print("ValueError", e)

# StopIteration inside subgen with value passing up through close
def sub_ret():
    try:
        yield
    except GeneratorExit:
        return 5
def parent():
    r = yield from sub_ret()
    print("parent got", r)
    yield
g = parent(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
