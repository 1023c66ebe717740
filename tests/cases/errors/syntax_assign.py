# errors: SyntaxError - assignment to a literal; nothing runs, exit 1
print("this line must not run")
1 = x
