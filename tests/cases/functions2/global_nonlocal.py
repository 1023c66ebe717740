# functions2: global and nonlocal statements, creating globals from functions, nonlocal across levels
total = 0
def add(n):
    global total
    total += n
    return total
add(5); add(7)
print(total)
def create():
    global created_later
    created_later = "made inside"
create()
print(created_later)
def shadow():
    total = "local"
    return total
print(shadow(), total)
def outer():
    v = 0
    def bump():
        nonlocal v
        v += 1
    for _ in range(5):
        bump()
    return v
print(outer())
def three_levels():
    a = "a0"
    def lvl2():
        def lvl3():
            nonlocal a
            a = "a3"
        lvl3()
        return a
    r = lvl2()
    return r, a
print(three_levels())
def nonlocal_shadow():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner-set"
        inner()
        return x
    return mid(), x
print(nonlocal_shadow())
def global_in_nested():
    def inner():
        global total
        total = -1
    inner()
global_in_nested()
print(total)
def read_global_list():
    lst_global.append(1)
lst_global = []
read_global_list()
read_global_list()
print(lst_global)
def g2():
    global total
    del total
g2()
try:
    total
except NameError as e:
    print(type(e).__name__, e)
