def g():
    yield 1
    raise ValueError("mid")
for fn in (list, tuple, set, sum, sorted, min, max, any, all, enumerate, frozenset, dict.fromkeys, lambda it: "".join(map(str, it)), lambda it: dict(zip(it, it))):
    try:
        r = fn(g())
        if not isinstance(r, (int, list, tuple, set, frozenset, str, bool, dict)):
            r = list(r)
        print("no error", r)
    except ValueError as e:
        print("ValueError", e)
print(next(iter([]), "default"))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n == 4: raise KeyError("from callable")
        return self.n
try:
    print(list(iter(Counter(), 10)))
except KeyError as e:
    print("KeyError", e)
print(list(iter(Counter(), 3)))
# sorted key raising
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZDE", e)
# comparison raising in sort
class Bad:
    def __lt__(self, o): raise TypeError("no compare")
try:
    sorted([Bad(), Bad()])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
# map/filter/zip propagate
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZDE map", e)
try:
    list(filter(lambda x: x.foo, [1]))
except AttributeError as e:
    print("AttributeError", e)
try:
    list(zip([1, 2], g()))
except ValueError as e:
    print("ValueError zip", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
# dict KeyErrors
d = {}
for op in [lambda: d["k"], lambda: d.pop("k"), lambda: d.popitem(), lambda: {1}.remove(2), lambda: set().pop(), lambda: d[(1,)], lambda: d[frozenset()], lambda: [].pop(), lambda: [][0], lambda: "abc"[10], lambda: (1,)[5], lambda: [1].index(2), lambda: "abc".index("z"), lambda: int("x"), lambda: float("y"), lambda: [].remove(1), lambda: {}.fromkeys(5)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))
# iterator protocol: __next__ raising StopIteration with value in for loop
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(99)
for x in It():
    pass
print("loop ended")
# __iter__ returning non-iterator
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError", e)
class NoIter: pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
try:
    a, b = NoIter()
except TypeError as e:
    print("TypeError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
def gen_unpack():
    yield 1
    raise IndexError("during unpack")
try:
    a, b = gen_unpack()
except IndexError as e:
    print("IndexError", e)
