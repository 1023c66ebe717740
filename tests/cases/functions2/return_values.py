# functions2: implicit None, tuple packing/unpacking of returns, early returns from loops, return in try/finally
def nothing():
    pass
def bare():
    return
def pack():
    return 1, "two", [3]
def star_ret():
    a = [1, 2]
    return *a, 3
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1
print(nothing(), bare(), pack(), star_ret(), type(pack()).__name__)
a, b, c = pack()
print(a, b, c)
print(find("abcdef", "d"), find("abc", "z"))
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
print(finally_override())
def finally_observes():
    log = []
    try:
        log.append("in try")
        return log
    finally:
        log.append("in finally")
print(finally_observes())
def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return None
print(nested_loops(5), nested_loops(2))
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def multiple_exits(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    while x > 10:
        x //= 2
        if x == 12:
            return "hit 12"
    return "small %d" % x
print([multiple_exits(v) for v in (-1, 0, 5, 25, 100)])
def ret_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit runs before caller sees value")
    with CM():
        return "from with"
print(ret_in_with())
