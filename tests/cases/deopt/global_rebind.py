# deopt: globals/builtins rebound while a function using them is hot (int -> float -> str), function object replaced
factor = 2
def scale(x):
    return x * factor
t = 0
for i in range(10000):
    t += scale(i)
print(t)
factor = 0.5
print(scale(10), scale(3))
factor = "ab"
print(scale(3))
factor = 3
u = 0
for i in range(10000):
    u += scale(i)
    if i == 5000:
        factor = 4
print(u)
def helper(x):
    return x + 1
def driver(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s
print(driver(10000))
def helper(x):
    return x * 2
print(driver(10000))
helper = lambda x: -x
print(driver(100))
def use_abs(n):
    s = 0
    for i in range(-n, n):
        s += abs(i)
    return s
print(use_abs(5000))
