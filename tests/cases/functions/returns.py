# functions: return values (None, tuples, early return), multiple returns, return in loops, docstrings
def nothing():
    pass
def explicit_none():
    return
def pair(a, b):
    return a + b, a - b
print(nothing(), explicit_none(), pair(5, 3))
s, d = pair(10, 4)
print(s, d)
def find_first_neg(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return None
print(find_first_neg([1, 2, -3, -4]), find_first_neg([1]))
def documented(x):
    "A docstring is just an expression statement."
    return x * 2
print(documented(21))
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0
print([sign(v) for v in [-5, 0, 7, -0.0, 2 ** 80]])
def stats(xs):
    n = len(xs)
    if n == 0:
        return {"n": 0}
    mean = sum(xs) / n
    return {"n": n, "min": min(xs), "max": max(xs), "mean": mean}
print(stats([]), stats([3, 1, 4, 1, 5, 9, 2, 6]))
def nested_return(n):
    i = 0
    while True:
        for j in range(n):
            if i * j > 20:
                return i, j
        i += 1
print(nested_return(10))
def fn_returning_fn(k):
    def g(x):
        return x ** k
    return g
cube = fn_returning_fn(3)
print(cube(3), fn_returning_fn(2)(12))
