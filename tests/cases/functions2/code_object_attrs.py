# functions2: code object introspection: arg counts, varnames, names, qualname, first line, consts of simple funcs
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a + b
    local2 = 5
    return local1 + local2
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(co.co_firstlineno, type(co.co_code).__name__, co.co_filename.endswith("code_object_attrs.py"))
def g():
    x = 1
    def h():
        return x
    return h
print(g.__code__.co_cellvars, g().__code__.co_freevars, g().__code__.co_qualname)
class C:
    def m(self):
        pass
    class D:
        def n(self):
            pass
print(C.m.__code__.co_qualname, C.D.n.__code__.co_qualname, C.D.n.__code__.co_varnames)
lam = lambda x, *y: x
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)
def uses_globals():
    return len(print_name) + GLOBAL_CONST
print(sorted(uses_globals.__code__.co_names))
def no_args():
    return 1
print(no_args.__code__.co_argcount, no_args.__code__.co_varnames, no_args.__code__.co_nlocals)
c2 = compile("x = 1\ny = x + 2", "<s>", "exec")
print(c2.co_name, c2.co_filename, sorted(c2.co_names))
ns = {}
exec(c2, ns)
print(ns["y"])
