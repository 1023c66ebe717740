# functions2: a hand-written partial() class and closure-based currying, keyword merging and overriding
class partial:
    def __init__(self, fn, *args, **kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
    def __call__(self, *args, **kwargs):
        merged = dict(self.kwargs)
        merged.update(kwargs)
        return self.fn(*self.args, *args, **merged)
    def __repr__(self):
        return "partial(%s, %r, %r)" % (self.fn.__name__, self.args, self.kwargs)
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), two_to(10, mod=1000), square)
print(partial(partial(power, 3), 4)())
try:
    two_to(3, exp=4)
except TypeError as e:
    print(type(e).__name__, e)
print(square(base=7), square(7, exp=3))
def curry(fn, n):
    def step(args):
        if len(args) == n:
            return fn(*args)
        return lambda x: step(args + (x,))
    return step(())
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3("a")("b")("c"))
to_int = partial(int, base=2)
print(to_int("1010"), list(map(partial(power, exp=3), [1, 2, 3])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
