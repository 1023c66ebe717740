# functions2: recursion-heavy hot paths: fib, tree building/summing, memoised recursion with dict
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(22))
def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), depth, build(depth - 1))
def total(node):
    if node is None:
        return 0
    left, v, right = node
    return total(left) + v + total(right)
tree = build(12)
print(total(tree))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = paths(r - 1, c) + paths(r, c - 1)
    return memo[key]
print(paths(16, 16), len(memo))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(sum(gcd(i, 360) for i in range(1, 3000)))
def count_down(n):
    while n:
        n = step(n)
    return "done"
def step(n):
    return n - 1
print(count_down(5000))
