# statements: chained comparisons evaluate middle operands once and short-circuit; mixed operators
def t(label, v):
    print("eval", label)
    return v
print(t("a", 1) < t("b", 2) < t("c", 3))
print(t("a", 3) < t("b", 2) < t("c", 1))
print(t("a", 1) == t("b", 1) != t("c", 2) is not t("d", None))
print(1 < 2 > 1 <= 1 >= 0 != 5 == 5)
x = 5
print(0 < x < 10, 0 < x > 10, x in [5] in [[5]], 1 in [1] == [1])
print((1 < 2) < 3, 1 < (2 < 3), not 1 < 2)
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("compare", self.v, "<", other.v)
        return self.v < other.v
    def __bool__(self):
        print("bool of", self.v)
        return True
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print("a" < "b" < "c" < "ca" < "d")
count = 0
for i in range(5000):
    if 100 <= i < 200 or 4000 < i <= 4010:
        count += 1
print(count)
