# functions2: stacked decorators application order (bottom-up) and call order (outside-in), wrappers
def deco(name):
    print("making decorator", name)
    def apply(fn):
        print("applying", name, "to", fn.__name__)
        def wrapper(*a, **k):
            print("enter", name)
            r = fn(*a, **k)
            print("exit", name)
            return "%s(%s)" % (name, r)
        wrapper.__name__ = fn.__name__ + "_" + name
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    print("base runs", x)
    return x
print(base.__name__)
print(base(5))
def plain(fn):
    print("plain decorator sees", fn.__name__)
    return fn
@plain
@plain
def twice():
    return "twice"
print(twice())
def counter(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counter
def add(a, b):
    return a + b
for i in range(10):
    add(i, i)
print(add.calls, add(1, 2), add.calls)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
@lambda fn: fn.__name__.upper()
def lam():
    pass
print(lam)
buttons = {"go": lambda f: f}
@buttons["go"]
def clicked():
    return "clicked"
print(clicked())
