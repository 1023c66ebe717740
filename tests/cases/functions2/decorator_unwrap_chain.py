# functions2: decorators that record __wrapped__, manual unwrap loop, metadata copying helper written by hand
def wraps(original):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print("log:", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
def doubled(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k) * 2
    return wrapper
@logged
@doubled
def area(w, h=1):
    "area of a rectangle"
    return w * h
area.unit = "m2"
print(area(3, h=4), area.__name__, area.__qualname__, area.__doc__, area.unit)
def unwrap(f):
    chain = [f]
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
        chain.append(f)
    return chain
chain = unwrap(area)
print(len(chain), [c.__name__ for c in chain], chain[-1](3, 4))
print(area.__wrapped__(2, 2), area.__wrapped__.__wrapped__(2, 2))
print(area.__code__.co_name, chain[-1].__code__.co_name, area.__code__.co_varnames)
@doubled
def original():
    pass
original.tag = 1
print("tag" in doubled(original).__dict__)
