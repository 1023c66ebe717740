# support module for imports/ cases: constants, functions, module-level side effect
print("_helpers: module body running, __name__ =", __name__)
GREETING = "hello from _helpers"
LIMIT = 1000
calls = [0]
def square(x):
    calls[0] += 1
    return x * x
def greet(name, punct="!"):
    return GREETING + ", " + name + punct
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def scaled(x):
    return x * LIMIT
print("_helpers: defined", len([square, greet, fib, scaled]), "functions")
