# control: if/elif/else chains, nested ifs, conditional expressions, truthiness of values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 10, 99, 100, 2 ** 70]:
    print(v, classify(v))
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"k": 1}, None, True, False]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
for i in range(6):
    s = "even" if i % 2 == 0 else "odd"
    t = "big" if i > 3 else "mid" if i > 1 else "small"
    print(i, s, t)
x = 7
if x > 5:
    if x > 6:
        if x > 7:
            print("gt7")
        else:
            print("is7")
    print("after inner")
if not x:
    print("never")
elif x:
    print("x truthy")
if x == 7: print("one-liner")
y = [x if x % 2 else -x for x in range(8)]
print(y)
fizz = []
for i in range(1, 31):
    if i % 15 == 0:
        fizz.append("FizzBuzz")
    elif i % 3 == 0:
        fizz.append("Fizz")
    elif i % 5 == 0:
        fizz.append("Buzz")
    else:
        fizz.append(str(i))
print(" ".join(fizz))
