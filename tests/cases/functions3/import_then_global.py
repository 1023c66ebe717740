# functions3: a name bound by import may be declared global or nonlocal
# afterwards (CPython allows it; other bindings are errors).
def f():
    import sys
    global sys
    return sys.maxsize > 0
print(f(), "sys" in globals())
def g():
    from sys import maxsize as m
    global m
print(g(), m > 0)
def h():
    m2 = 1
    def inner():
        import sys as m2
        nonlocal m2
    inner()
    return type(m2).__name__
print(h())
