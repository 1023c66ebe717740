e = ValueError(1)
e.x = 5
print(vars(e))
print(e.__dict__)
class M(Exception): pass
m = M()
m.y = 1
print(m.__dict__, vars(m))
e.__dict__["z"] = 3
print(e.z, sorted(vars(e)))
del e.x
print(vars(e))
try:
    vars(5)
except TypeError as x:
    print("TypeError", x)
