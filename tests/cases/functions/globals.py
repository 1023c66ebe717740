# functions: global statement, reading globals, shadowing, UnboundLocalError, builtins shadowing
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for i in range(5):
    bump()
print("counter", counter)
def read_only():
    return counter * 2
print(read_only())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def bad():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
bad()
def make_global():
    global new_name
    new_name = "created in function"
make_global()
print(new_name)
def use_len():
    return len([1, 2, 3])
print(use_len())
def len(x):
    return "shadowed"
print(use_len(), len([1]))
del len
print(use_len())
total = 0
def hot_global():
    global total
    for i in range(20000):
        total += i
hot_global()
print(total)
x = 1
def nested_global():
    x = 2
    def inner():
        global x
        x = 3
        return x
    r = inner()
    return x, r
print(nested_global(), x)
