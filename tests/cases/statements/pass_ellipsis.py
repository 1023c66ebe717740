# statements: pass and ... as empty bodies, Ellipsis identity and uses, empty classes/functions/loops
def nothing():
    pass
def stub():
    ...
class Empty:
    pass
class Stub:
    ...
print(nothing(), stub(), Empty.__name__, Stub.__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(Ellipsis))
print(bool(...), [...], {...: "ellipsis key"}[...])
x = [1, 2, 3]
print(x[...] if False else "lists reject Ellipsis index")
try:
    x[...]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __getitem__(self, k):
        return k
print(Idx()[...], Idx()[1, ..., 2])
print(type(...)() is ... if False else "skip", ... == ..., ... != None)
