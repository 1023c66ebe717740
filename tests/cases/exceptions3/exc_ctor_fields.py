for a in [('m',(1,2)),('m',(1,2,3,4,5,6,7)),('m',[1,2,3,4]),('m','abcd'), (), ('a', 2), (1, 'two', 3.0)]:
    try:
        e=SyntaxError(*a); print(repr(e), str(e), e.filename, e.lineno, e.end_offset, e.args, e.msg)
    except Exception as x: print(type(x).__name__, x)
print(str(SyntaxError('m',('a/b.py',None,1,'t'))), str(SyntaxError('m',(None,3,1,'t'))), str(SyntaxError('m',(5,3,1,'t'))), str(SyntaxError(None,('f',True,1,'t'))))
e=SyntaxError('x'); e.lineno=4; print(str(e)); e.filename='q/r'; print(str(e))
print(SyntaxError('m').print_file_and_line)
print(str(IndentationError('bad', ('f.py', 3, 1, 'x'))), str(TabError('t')))
class MySE(SyntaxError):
    pass
print(str(MySE('m', ('z.py', 9, 1, ''))))
class MySE2(SyntaxError):
    def __init__(self):
        pass
print(repr(str(MySE2())))
for a in [(1,b'',0,0,''),('u','s',0,0,''),('u',b'',0,0,1),('u',bytearray(b'ab'),0,1,'r'), ('u',b'x','0',1,'r'), ('u', b'xy', 0, 2, 'r')]:
    try:
        e=UnicodeDecodeError(*a); print(repr(e), str(e), e.object)
    except Exception as x: print(type(x).__name__, x)
for a in [(1,'',0,0,''),('u',b's',0,0,''),('u','x',0,1,'r'), ('u','x',5,1,'r'), ('u','xyz',0,3,'r'),('u','x',0,0,'r')]:
    try:
        e=UnicodeEncodeError(*a); print(repr(e), str(e), e.object)
    except Exception as x: print(type(x).__name__, x)
for a in [('abc',1,2,'r'),('abc',0,3,'r'),(b'a',1,2,'r'),('\u20ac',0,1,'r')]:
    try:
        e=UnicodeTranslateError(*a); print(repr(e), str(e), e.object, e.encoding, e.start)
    except Exception as x: print(type(x).__name__, x)
e=UnicodeDecodeError('u',b'ab',0,1,'r'); e.start=1; e.reason='z'; e.end=2; print(str(e), e.args)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    e.reason = "changed"
    print(str(e))
for args in [(11, 'w', 5), (11, 'w', 3.0), (11, 'w', None), (11, 'w', 'f'), (2, 'x', None), (2, 'x', None, None, 'g'), (2, 'x', 'f', None, 'g'), (1, 2, 3, 4, 5, 6), (11, 'w', True)]:
    try:
        e = OSError(*args)
        print(type(e).__name__, e.args, str(e), e.filename, e.filename2, getattr(e, 'characters_written', '-'))
    except Exception as x:
        print(type(x).__name__, x)
    try:
        e = BlockingIOError(*args)
        print(type(e).__name__, e.args, str(e), e.filename, getattr(e, 'characters_written', '-'))
    except Exception as x:
        print(type(x).__name__, x)
class MyOSError(OSError):
    pass
e = MyOSError(2, 'x', 'f')
print(type(e).__name__, e.args, str(e))
