# statements: chained assignment a = b = expr: expression evaluated once, targets assigned left to right, shared object
def value():
    print("value() called")
    return []
a = b = c = value()
a.append(1)
print(a, b, c, a is b is c)
class Rec:
    def __setattr__(self, name, v):
        print("set", name)
        object.__setattr__(self, name, v)
r = Rec()
r.x = r.y = r.z = 5
print(r.x, r.y, r.z)
class Items:
    def __setitem__(self, k, v):
        print("setitem", k, v)
it = Items()
it[1] = it[2] = "v"
x = y = 0
x += 1
print(x, y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
lst2 = [10, 20, 30]
j = 0
lst2[j] = j = 2
print(j, lst2)
p, q = r2 = (1, 2)
print(p, q, r2)
first, *_ = whole = "abc"
print(first, whole)
