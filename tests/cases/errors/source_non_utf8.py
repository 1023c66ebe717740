# Bytes that are not UTF-8, with no coding declaration.
x = "ÿ"
print(x)
