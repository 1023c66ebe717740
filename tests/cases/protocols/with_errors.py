# protocols: objects lacking __enter__/__exit__ in with statement, special method lookup on type, bad __exit__ signature
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        print("NoExit.__enter__ should not run")
        return self
class Neither:
    pass
for cls in (NoEnter, NoExit, Neither):
    try:
        with cls():
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)
class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: print("instance __enter__")
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with BadExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterRaises():
        pass
except KeyError as e:
    print(type(e).__name__, e)
class Late:
    def __enter__(self):
        return "late"
    def __exit__(self, *a):
        print("Late exit")
with Late() as v:
    print(v)
