# functions2: closures, cell variables, __closure__ cell_contents, co_freevars/co_cellvars, late binding
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(10)
print(get(), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print([c.cell_contents for c in inc.__closure__], get.__closure__[0] is inc.__closure__[0])
inc2, get2 = make_counter()
inc2()
print(get(), get2())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
def late():
    x = 1
    def f():
        return x
    x = 2
    return f
print(late()())
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        return inner
    return middle()
fn = outer()
print(fn(), fn(), fn.__code__.co_freevars)
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def param_captured(p):
    return lambda: p * 2
print(param_captured(21)(), param_captured.__code__.co_cellvars)
def cell_then_delete():
    v = "value"
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(cell_then_delete())
adders = {}
for n in (1, 5, 10):
    def adder(x, n=n):
        return x + n
    adders[n] = adder
print([adders[k](100) for k in sorted(adders)])
