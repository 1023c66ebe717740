# exceptions2: assert raising AssertionError with/without message, message evaluated lazily, tuple pitfall-free
def check(v):
    assert v > 0, "value must be positive, got %r" % v
    return v
print(check(5))
try:
    check(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
def msg():
    print("message evaluated")
    return "lazy message"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
class Truthy:
    def __bool__(self):
        print("__bool__ called by assert")
        return False
try:
    assert Truthy(), "custom truth"
except AssertionError as e:
    print(e)
n = 0
for i in range(3000):
    assert i >= 0
    n += 1
print(n)
