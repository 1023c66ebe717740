# protocols: missing __getitem__/__setitem__/__delitem__ error messages on user and builtin types
class Nothing:
    pass
class GetOnly:
    def __getitem__(self, k):
        return k
n = Nothing()
g = GetOnly()
def run(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
def set_n():
    n[0] = 1
def del_n():
    del n[0]
def set_g():
    g[0] = 1
def del_g():
    del g[0]
def set_t():
    t = (1,)
    t[0] = 2
def del_s():
    s = "abc"
    del s[0]
def set_s():
    s = "abc"
    s[0] = "x"
def del_fs():
    f = frozenset()
    del f[0]
run("get Nothing", lambda: n[0])
run("set Nothing", set_n)
run("del Nothing", del_n)
run("get GetOnly", lambda: g[0])
run("set GetOnly", set_g)
run("del GetOnly", del_g)
run("set tuple", set_t)
run("del str", del_s)
run("set str", set_s)
run("del frozenset", del_fs)
five, none, aset = 5, None, {1}
gen = (x for x in [])
run("get int", lambda: five[0])
run("get None", lambda: none[0])
run("get set", lambda: aset[0])
run("get func", lambda: run[0])
run("get type", lambda: Nothing[0])
run("get generator", lambda: gen[0])
try:
    [1][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "a"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst = [1]
    lst[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
