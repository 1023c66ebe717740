# globals(), locals() and vars() in module and function scopes.
counter = 0


def bump():
    g = globals()
    g["counter"] = g["counter"] + 1
    return g is globals()


print(bump(), counter)


def local_view(a, b=2, *rest, **kw):
    c = a + b
    snap = locals()
    d = 4
    print(sorted(snap))
    print(sorted(locals()))
    del d
    print(sorted(locals()), snap is locals())
    return snap


local_view(1)
local_view(1, 2, 3, x=4)


def with_cells():
    x = 1

    def inner():
        return x + y

    y = 2
    print(sorted(locals()))
    return inner


def free_vars():
    n = 10

    def inner():
        m = n
        return sorted(locals().items())

    return inner()


with_cells()
print(free_vars())

print(vars() is globals(), locals() is globals())
print(sorted([k for k in globals() if not k.startswith("__")]))


def exec_into_locals():
    exec("made = 41")
    return locals()["made"] + 1


print(exec_into_locals())

import math

print(vars(math)["pi"] == math.pi, "sqrt" in vars(math))


def f():
    pass


f.tag = "t"
print(vars(f))
try:
    vars(3)
except TypeError as e:
    print(e)
try:
    locals(1)
except TypeError as e:
    print(e)
