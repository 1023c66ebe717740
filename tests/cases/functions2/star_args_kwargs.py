# functions2: *args and **kwargs collection: types, ordering, mutation isolation, names colliding
def collect(*args, **kwargs):
    return args, kwargs
a, k = collect()
print(type(a).__name__, type(k).__name__, a, k)
print(collect(1, 2, x=3, y=4))
print(collect(*range(3), **dict(z=1)))
def mutate(**kw):
    kw["added"] = True
    return kw
src = {"a": 1}
print(mutate(**src), src)
def mutate_args(*args):
    args = args + (99,)
    return args
lst = [1, 2]
print(mutate_args(*lst), lst)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))
def named(self, *args, **kwargs):
    return self, args, kwargs
print(named(1, 2, self_=3))
try:
    named(1, self=2)
except TypeError as e:
    print(type(e).__name__, e)
def kw_named_args(**kwargs):
    return kwargs
print(kw_named_args(args=1, kwargs=2))
def count(*a, **k):
    return len(a) + len(k)
print(count(*[1] * 50, **{"k%d" % i: i for i in range(30)}))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest("x"), first_and_rest(*"hello"))
try:
    first_and_rest()
except TypeError as e:
    print(type(e).__name__, e)
print(collect(**{"weird key": 1, "1": 2}))
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
