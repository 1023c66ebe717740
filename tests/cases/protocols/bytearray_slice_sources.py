# protocols: bytearray slice assignment sources: numbers and strs refused, iterables converted
class N:
    def __index__(self): return 1
class It:
    def __iter__(self): return iter([65, 66])
for v in ['s', ['a'], 5, [1,300], 1.5, None, {1:2}, 2j, N(), It(), object(), True]:
  ba=bytearray(b'hello')
  try:
    ba[0:1]=v; print(ba)
  except Exception as e: print(type(e).__name__, e)
  try:
    ba[::2]=v; print(ba)
  except Exception as e: print(type(e).__name__, e)
