# Generator, coroutine and async generator introspection: gi_frame (None once
# finished; its line and locals at the suspension point), gi_yieldfrom,
# gi_suspended, gi_running, gi_code, and the cr_*/ag_* counterparts.
# Not in the GC-stress subset: importing inspect there outlasts the timeout.
import types, sys

def gen(n):
    total = 0
    for i in range(n):
        total += i
        x = yield i
        if x:
            total += x
    return total

g = gen(3)
print('created', g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name)
f = g.gi_frame
print('created frame', type(f).__name__, f.f_lineno, f.f_code.co_name, sorted(f.f_locals.items()), f.f_back)
print(next(g))
f = g.gi_frame
print('suspended', g.gi_running, g.gi_suspended, g.gi_yieldfrom, f.f_lineno, sorted(f.f_locals.items()), f.f_back)
print(g.send(5))
print('after send', g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
for v in g: print('v', v)
print('done', g.gi_frame, g.gi_running, g.gi_suspended, g.gi_yieldfrom)

def inner():
    yield 1
    yield 2
    return 'r'

def outer():
    r = yield from inner()
    yield r

o = outer()
print(o.gi_yieldfrom)
print(next(o))
yf = o.gi_yieldfrom
print(type(yf).__name__, yf.__name__, yf.gi_suspended, yf.gi_frame.f_lineno, o.gi_frame.f_lineno)
print(next(o))
print(next(o), o.gi_yieldfrom)
print(list(o), o.gi_frame)

def lst():
    yield from [1, 2]
l = lst(); next(l)
print(type(l.gi_yieldfrom).__name__)

def selfref():
    me = yield
    print('inside', me.gi_running, me.gi_suspended, me.gi_frame.f_code.co_name, me.gi_frame.f_lineno, me.gi_yieldfrom)
    print('back', me.gi_frame.f_back.f_code.co_name)
    yield 'x'
s = selfref(); next(s); print(s.send(s))

# generator that raised
def bad():
    yield 1
    raise ValueError('boom')
b = bad(); next(b)
try: next(b)
except ValueError as e: print('raised', e, b.gi_frame, b.gi_suspended)

# closed
c = gen(3); next(c); c.close(); print('closed', c.gi_frame, c.gi_suspended)
# genexp
ge = (i*i for i in range(3))
print(ge.gi_frame.f_code.co_name, ge.gi_suspended, next(ge), sorted(k for k in ge.gi_frame.f_locals))
print('attrs readonly:')
for attr in ['gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom', 'gi_code']:
    try: setattr(ge, attr, None)
    except AttributeError as e: print(attr, type(e).__name__)

# coroutines
async def sub():
    await types.coroutine(lambda: (yield 'tick'))()
    return 7

@types.coroutine
def ticker():
    yield 'tick'

async def co():
    a = 1
    r = await sub()
    return r + a

c = co()
print('coro created', c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame.f_code.co_name, c.cr_code.co_name, c.cr_origin)
print(c.send(None))
print('coro suspended', c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__name__, c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals))
aw = c.cr_await
print(type(aw.cr_await).__name__)
try: c.send(None)
except StopIteration as e: print('stop', e.value)
print('coro done', c.cr_frame, c.cr_await, c.cr_suspended, c.cr_running)

async def agen():
    x = 1
    yield x
    await ticker()
    yield 2

ag = agen()
print('agen', ag.ag_running, ag.ag_await, ag.ag_frame.f_code.co_name, ag.ag_code.co_name)
an = ag.__anext__()
try: an.send(None)
except StopIteration as e: print('agen yielded', e.value)
print('agen suspended', ag.ag_frame.f_lineno, sorted(ag.ag_frame.f_locals), ag.ag_await)
an = ag.__anext__()
print(an.send(None), type(ag.ag_await).__name__, ag.ag_frame.f_lineno)
try: an.send(None)
except StopIteration as e: print('agen yielded', e.value)
an = ag.__anext__()
try: an.send(None)
except StopAsyncIteration: print('agen end', ag.ag_frame, ag.ag_await)

# the frame follows the generator as it advances
def counter():
    a = 1
    yield 'first'
    b = 2
    yield 'second'
cg = counter()
lines = []
while True:
    fr = cg.gi_frame
    lines.append((fr.f_lineno - cg.gi_code.co_firstlineno, sorted(fr.f_locals)) if fr else None)
    try:
        next(cg)
    except StopIteration:
        lines.append(cg.gi_frame)
        break
print(lines)

# throw() and close() while delegating
def sub2():
    try:
        yield 'a'
    except KeyError:
        yield 'caught'
def outer2():
    yield from sub2()
o2 = outer2(); next(o2)
print(o2.gi_yieldfrom.__name__, o2.throw(KeyError), o2.gi_yieldfrom.__name__)
o2.close()
print(o2.gi_yieldfrom, o2.gi_frame, o2.gi_suspended)

import inspect
def ig():
    yield 1
x = ig()
print(inspect.getgeneratorstate(x), end=' ')
next(x)
print(inspect.getgeneratorstate(x), end=' ')
print(inspect.getgeneratorlocals(x), end=' ')
x.close()
print(inspect.getgeneratorstate(x))
