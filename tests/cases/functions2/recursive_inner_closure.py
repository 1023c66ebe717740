# functions2: recursive inner functions referencing themselves through the enclosing scope, rebinding effects
def outer(n):
    def walk(k):
        if k == 0:
            return [0]
        return [k] + walk(k - 1)
    return walk(n)
print(outer(5))
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
fact = make_fact()
print(fact(10), fact.__code__.co_freevars)
def rebinding():
    def f(n):
        return "original %d" % n if n == 0 else f(n - 1)
    g = f
    def f(n):
        return "replacement %d" % n
    return g(3)
print(rebinding())
def tree_sum(tree):
    total = 0
    def visit(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                visit(child)
        else:
            total += node
    visit(tree)
    return total
print(tree_sum([1, [2, 3, [4, [5, 6]]], 7]))
def mutual():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even(100), odd(7), even.__code__.co_freevars
print(mutual())
