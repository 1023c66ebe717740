# -*- coding: latin-1 -*-
# A Latin-1 source file: one byte per character.
x = "café £"
print(x, len(x), [ord(c) for c in x])
