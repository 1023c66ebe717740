# errors: SyntaxError - unclosed parenthesis; nothing runs, exit 1
print("this line must not run")
x = (1 +
