# errors: SyntaxError - malformed def parameter list; nothing runs, exit 1
print("this line must not run")
def f(:
    return 1
