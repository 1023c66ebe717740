# numbers: the @ and @= operators: __matmul__, __rmatmul__, __imatmul__, fallbacks and errors
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return ("rmatmul", other)
    def __repr__(self):
        return "M(%r)" % (self.rows,)
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, 5 @ a, "s" @ b)
a @= b
print(a)
class I(M):
    def __imatmul__(self, other):
        print("imatmul")
        self.rows = [[0]]
        return self
i = I([[1]])
i @= b
print(i)
for x, y in [(1, 2), ([1], [2]), (1.0, 1j), (a, 3)]:
    try:
        x @ y
    except TypeError as e:
        print(type(e).__name__, e)
try:
    n = 1
    n @= 2
except TypeError as e:
    print(type(e).__name__, e)
