# generators: PEP 479: StopIteration raised inside a generator body becomes RuntimeError with __cause__
def bad():
    yield 1
    raise StopIteration("inner stop")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__, "context is cause:", e.__context__ is e.__cause__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def safe():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "ended cleanly"
        yield v
s = safe()
print(list(s))
def return_is_fine():
    yield 1
    return 2
print(list(return_is_fine()))
def subclass_of_stop():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass_of_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
gen_expr = (next(iter([])) for _ in range(3))
try:
    list(gen_expr)
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e)
try:
    [next(iter([])) for _ in range(3)]
except StopIteration:
    print("list comprehension lets StopIteration through")
def stop_in_for():
    for x in [1]:
        yield x
    raise StopIteration
try:
    for v in stop_in_for():
        print("v", v)
except RuntimeError as e:
    print(type(e).__name__, e)
