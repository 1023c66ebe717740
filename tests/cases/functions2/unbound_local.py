# functions2: UnboundLocalError / NameError messages for locals, free variables, globals and deleted names
x = "global"
def reads_before_assign():
    print(x)
    x = 1
try:
    reads_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted_local():
    y = 1
    del y
    return y
try:
    deleted_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return z
    try:
        return inner()
    finally:
        z = 5
try:
    free_unbound()
except NameError as e:
    print(type(e).__name__, e)
def missing_global():
    return not_defined_anywhere
try:
    missing_global()
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "")
def aug_unbound():
    counter += 1
counter = 0
try:
    aug_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        v = "set"
    return v
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def del_twice():
    w = 1
    del w
    del w
try:
    del_twice()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del never_bound_global
except NameError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
