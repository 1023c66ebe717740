# functions2: lambdas: defaults, kw-only, varargs, immediate invocation, conditional bodies, nested lambdas
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: "iife")())
add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, sorted(kw))
print(add(1), add(1, 2, 3, 4, k=5, z=1))
pick = lambda flag: "yes" if flag else "no"
print(pick(1), pick(0))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([table[op](6, 3) for op in "+-*"])
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
fact = (lambda f: lambda n: f(f, n))(lambda self, n: 1 if n < 2 else n * self(self, n - 1))
print(fact(10))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
noargs = lambda: None
print(noargs(), type(noargs).__name__, noargs.__code__.co_argcount)
gen_lambda = lambda: (yield 1)
g = gen_lambda()
print(type(g).__name__, next(g))
walrus = lambda: (y := 5) * y
print(walrus())
