# statements: capture patterns, wildcard, bindings visible after match, unmatched captures stay unbound
def f(v):
    match v:
        case 0:
            return "zero"
        case x:
            return "captured %r" % (x,)
print(f(0), f(5), f("s"), f([1]))
match [1, 2]:
    case [first, _]:
        print("first is", first)
print("first still bound after match:", first)
match 42:
    case _:
        print("wildcard always matches")
try:
    print(_)
except NameError as e:
    print("wildcard does not bind:", e)
def g(v):
    match v:
        case [a, b]:
            return ("pair", a, b)
        case other:
            return ("other", other)
print(g((1, 2)), g([3]), g("ab"))
def unmatched():
    match 5:
        case [zz]:
            pass
    try:
        return zz
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unmatched())
subject_evals = []
def subject():
    subject_evals.append(1)
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("subject evaluated", len(subject_evals), "time(s), n =", n)
