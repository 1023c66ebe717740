# containers: nested lists/dicts/tuples, repr of nesting, equality/ordering of nested, matrix ops
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m, m[1], m[1][2], m[-1][-1], len(m[0]))
def matmul(a, b):
    n = len(a)
    p = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out
r = m
for i in range(5):
    r = matmul(r, m)
print(r)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m, ident)
data = {"users": [{"name": "ann", "tags": ("a", "b")}, {"name": "bob", "tags": ()}], "n": 2}
print(data)
for u in data["users"]:
    print(u["name"], len(u["tags"]), list(u["tags"]))
data["users"][1]["tags"] = data["users"][1]["tags"] + ("new",)
print(data["users"][1])
print([[1, [2]], 3] < [[1, [3]], 0], ([1], 2) == ([1], 2), [(1, 2), (1,)] > [(1, 2), ()])
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print("pop", stack.pop(), "for", ch)
print(stack, len(stack) == 0)
q = [[]] * 0 + [[], []]
q[0].append(1)
print(q)
