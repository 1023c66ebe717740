# control: pass statements, del of names and items, NameError/UnboundLocalError after del
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
if True:
    pass
else:
    pass
x = 10
y = [1, 2, 3, 4]
d = {"a": 1, "b": 2}
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
del y[1]
print(y)
del d["a"]
print(d)
a = b = 5
del a, b
try:
    print(a)
except NameError as e:
    print("NameError", e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
def local_del2():
    z = [1, 2]
    del z[0]
    return z
print(local_del2())
n = [1, 2, 3, 4, 5, 6]
del n[::2]
print(n)
while True:
    pass
    break
print("end")
