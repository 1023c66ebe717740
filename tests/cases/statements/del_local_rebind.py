# statements: deleting locals/globals and rebinding them, del inside loops, del of loop variable, del of cell vars
def f():
    x = 1
    del x
    x = 2
    return x
print(f())
def loop_del():
    out = []
    for i in range(3):
        tmp = i * 10
        out.append(tmp)
        del tmp
    return out, "tmp" in locals(), i
print(loop_del())
def del_loop_var():
    for i in range(3):
        pass
    del i
    try:
        return i
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(del_loop_var())
g = "global"
def del_global():
    global g
    del g
del_global()
try:
    g
except NameError as e:
    print(type(e).__name__, e)
g = "rebound"
print(g)
def cell_del():
    v = 1
    def read():
        return v
    first = read()
    del v
    v = 3
    return first, read()
print(cell_del())
def nonlocal_del():
    w = "w"
    def kill():
        nonlocal w
        del w
    kill()
    try:
        return w
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
items = [1, 2, 3]
alias = items
del items
print(alias)
