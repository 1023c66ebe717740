# generators: recursive generators with yield from: tree walks, permutations, combinations, flattening
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(["".join(p) for p in perms("abc")], sum(1 for _ in perms(list(range(6)))))
def combos(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combos(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combos("abcd", 2)), len(list(combos(range(10), 3))))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, (2, [3, [4, (5,)]]), [], [[6]]])))
def depth_gen(n):
    if n:
        yield n
        yield from depth_gen(n - 1)
print(sum(depth_gen(400)))
def powerset(s):
    if not s:
        yield []
        return
    for rest in powerset(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(map(tuple, powerset([1, 2, 3]))))
