# errors: uncaught NameError for a name used inside a function (no close-match suggestion)
def compute(n):
    result = 0
    for i in range(n):
        result += i
    print("computed", result)
    return result + qqqqzzz_missing
compute(10)
