# containers: list and dict comprehensions with if and nested for, scoping of loop var
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([[i * j for j in range(4)] for i in range(4)])
print({k: len(k) for k in ["a", "bb", "ccc"]})
print({i: i * i for i in range(6) if i % 2})
print({(i, j): i + j for i in range(2) for j in range(2)})
words = ["Apple", "bob", "Cat", "dog"]
print([w.upper() for w in words if w[0] == w[0].lower()])
x = "outer"
res = [x for x in "abc"]
print(res, x)
flat = [y for row in [[1, 2], [3], [], [4, 5, 6]] for y in row]
print(flat, sum(flat))
matrix = [[1, 2, 3], [4, 5, 6]]
transpose = [[row[i] for row in matrix] for i in range(3)]
print(transpose)
print([c for c in "hello world" if c not in "lo"])
print({v: k for k, v in {"a": 1, "b": 2}.items()})
n = 5
print([n * i for i in range(n)])
print(sum([i for i in range(10000) if i % 7 == 3]))
print(len({i % 100: i for i in range(50000)}), {i % 3: i for i in range(10)})
