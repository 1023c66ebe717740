# generators: yield as an expression in many positions; `yield a, b` yields a tuple; precedence with parens
def g():
    x = yield 1, 2
    print("x =", x)
    y = (yield) or "default"
    print("y =", y)
    print("as argument:", (yield "arg"))
    lst = [0, 0]
    lst[(yield "index")] = (yield "value")
    print("lst =", lst)
    total = (yield "a") + (yield "b")
    print("total =", total)
    return (yield "in return")
gen = g()
print(next(gen))
print(gen.send("X"))
print(gen.send(None))
print(gen.send("ARG"))
print(gen.send("V"))
print(gen.send(1))
print(gen.send(10))
print(gen.send(20))
try:
    gen.send("R")
except StopIteration as e:
    print("returned", e.value)
def cond():
    v = "yes" if (yield "q") else "no"
    yield v
c = cond()
print(next(c), c.send(0))
def in_dict():
    d = {(yield "key"): (yield "val")}
    yield d
dg = in_dict()
print(next(dg), dg.send("K"), dg.send("V"))
def yield_lambda():
    f = lambda: (yield "from lambda")
    yield type(f()).__name__
    yield list(f())
print(list(yield_lambda()))
