# functions: lambda, functions as values, higher-order functions, returning functions, composition
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(sq, 9), apply(add, 3, 4), apply(max, 3, 8, 1), apply(len, "abcd"))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, sq)(12))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](7, 3))
fns = [sq, inc, dbl, abs, str]
v = -3
for fn in fns:
    v = fn(v)
    print(repr(v))
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(sq, nums), my_filter(lambda n: n % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(type(sq) == type(apply), type(sq), type(sq(2)))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
total = 0
f = lambda i: i % 7
for i in range(20000):
    total += f(i)
print(total)
