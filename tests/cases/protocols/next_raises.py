# protocols: exceptions raised by __next__ propagate out of for/list()/sum(); StopIteration value ignored by for
class Failing:
    def __init__(self, fail_at):
        self.i = 0
        self.fail_at = fail_at
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError("failed at %d" % self.i)
        if self.i > 5:
            raise StopIteration("value ignored")
        return self.i
seen = []
try:
    for x in Failing(3):
        seen.append(x)
except ValueError as e:
    print(type(e).__name__, e, seen)
print(list(Failing(99)))
try:
    sum(Failing(5))
except ValueError as e:
    print(type(e).__name__, e)
try:
    [x * 2 for x in Failing(2)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = Failing(3)
except ValueError as e:
    print(type(e).__name__, e)
f = Failing(2)
try:
    list(f)
except ValueError:
    pass
print("continue after failure:", list(f))
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
for _ in StopWithValue():
    print("never")
else:
    print("for-else ran")
try:
    next(StopWithValue())
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
class LookupInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("index error is not StopIteration")
try:
    list(LookupInNext())
except IndexError as e:
    print(type(e).__name__, e)
