# functions2: direct and mutual recursion, recursion depth a few hundred, accumulator parameters
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30), len(str(fact(300))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301), is_even(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def flatten(x, out=None):
    if out is None:
        out = []
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(10)
print(len(m), m[:5], m[-1])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(800))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcdef")))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
