# generators: comprehensions inside nested functions and methods see enclosing function locals and globals
G = "global"
def outer(factor):
    local = [1, 2, 3]
    def inner():
        return [v * factor for v in local if v != 2]
    return inner(), [G + str(v) for v in local], {k: factor for k in "ab"}
print(outer(10))
class K:
    scale = 3
    def method(self, items):
        return [i * self.scale for i in items], [i * K.scale for i in items]
print(K().method([1, 2]))
def nested_comp(n):
    return [[(i, j, n) for j in range(i)] for i in range(n)]
print(nested_comp(3))
def comp_in_lambda():
    k = 7
    f = lambda xs: [x + k for x in xs]
    return f([1, 2])
print(comp_in_lambda())
def rebinding_after():
    fns = [lambda: x for x in range(2)]
    x = "outer x"
    return [f() for f in fns], x
print(rebinding_after())
def comp_calls_outer_function():
    def double(v):
        return v * 2
    return [double(v) for v in range(3)]
print(comp_calls_outer_function())
