# A finally body run on the way out of return (or continue from an except
# clause) that handles exceptions itself: its handlers unwind to the try's
# depth (found by tools/progen: this segfaulted).
def f():
    try:
        return 'value'
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(f())

def g():
    for k in [0]:
        try:
            raise KeyError
        except KeyError:
            continue
        finally:
            try:
                raise ValueError
            except ValueError:
                pass
    return 'ok'
print(g())

class Suppress:
    def __enter__(self): return self
    def __exit__(self, *a): return True

def h():
    try:
        return ['value']
    finally:
        with Suppress():
            raise KeyError
print(h())

def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    return out
            finally:
                for j in range(2):
                    try:
                        out.append((i, j))
                        if j:
                            raise IndexError
                    except IndexError:
                        out.append('caught')
        finally:
            out.append('outer')
print(nested())

def in_except():
    try:
        raise TypeError
    except TypeError:
        try:
            return 'from except'
        finally:
            try:
                1 / 0
            except ZeroDivisionError:
                pass
print(in_except())
