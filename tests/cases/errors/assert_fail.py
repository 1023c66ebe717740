# errors: uncaught AssertionError with a message from inside a function
def check(values):
    for v in values:
        assert v >= 0, "negative value: " + str(v)
        print("ok", v)
check([3, 1, 0, -2, 5])
