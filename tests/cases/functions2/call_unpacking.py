# functions2: call sites with several * and ** unpackings, mixed with positional/keyword args, evaluation order
def show(*args, **kwargs):
    return args, kwargs
def trace(label, value):
    print("eval", label)
    return value
print(show(*[1, 2], *(3,), *"ab"))
print(show(0, *[1], 2, *[3, 4], 5))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *[2], x=1, **{"y": 2}, z=3, **{"w": 4}))
print(show(*trace("star1", [1]), trace("pos", 2), *trace("star2", [3]), k=trace("kw", 4), **trace("dstar", {"m": 5})))
print(show(*range(3), *{}, *set(), **{}))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2], 3), three(1, *[2, 3]), three(*[1], **{"c": 3, "b": 2}), three(c=1, *[2, 3]))
try:
    three(*[1, 2], a=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
args = [1, 2, 3]
kwargs = {}
print(three(*args, **kwargs))
gen = (i for i in range(3))
print(three(*gen))
d = {"b": 5, "c": 6}
print(three(4, **d), d)
print(show(*[[1]], **{"x": [2]}))
