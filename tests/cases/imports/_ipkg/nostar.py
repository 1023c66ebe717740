a = 1
_hidden = 2
b = 3
