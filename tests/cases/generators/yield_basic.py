# generators: basic yield, lazy execution interleaving, next(), StopIteration, exhausted generators
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    return
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value)
print(list(gen()))
print(list(g))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
for v in countdown(3):
    print("loop", v)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def yields_none():
    yield
    yield None
print(list(yields_none()))
a, b, c = countdown(3)
print(a, b, c)
g1, g2 = countdown(2), countdown(2)
print(next(g1), next(g1), next(g2))
print(next(countdown(0), "default"))
