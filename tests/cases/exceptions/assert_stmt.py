# exceptions: assert with/without message, AssertionError messages, assert in functions and loops
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("empty assert", repr(e), repr(str(e)))
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("msg obj", repr(e), str(e))
def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n * 2
for v in [3, 0, -4, 10]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("failed:", e)
count = 0
for i in range(10000):
    try:
        assert i % 2500 != 0, i
        count += 1
    except AssertionError as e:
        print("assert at", e)
print(count)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message not evaluated:", calls)
