# functions: local vs enclosing vs global vs builtin resolution, parameters shadowing, name errors
x = "global"
def f1():
    return x
def f2():
    x = "local"
    return x
def f3():
    x = "enclosing"
    def g():
        return x
    return g()
def f4(x):
    return x
print(f1(), f2(), f3(), f4("param"), x)
def uses_later_global():
    return later
later = "defined after function"
print(uses_later_global())
def missing():
    return undefined_name_here
try:
    missing()
except NameError as e:
    print("NameError", e)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_scope():
    i = "kept"
    lst = [i for i in range(3)]
    return i, lst
print(comp_scope())
def param_default_eval(n=len("abc")):
    return n
print(param_default_eval())
y = 5
def default_captures_now(v=y):
    return v
y = 6
print(default_captures_now(), y)
def recursive_inner(n):
    def helper(k):
        if k == 0:
            return "done"
        return helper(k - 1)
    return helper(n)
print(recursive_inner(5))
