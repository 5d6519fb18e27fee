# return/break/continue in finally overriding pending returns and exceptions
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def ret_swallow_exc():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
print(ret_swallow_exc())

def ret_swallow_except_exc():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        return "finally wins over except"
print(ret_swallow_except_exc())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at %d" % i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def return_int_then_modify():
    x = 1
    try:
        return x
    finally:
        x = 100
print(return_int_then_modify())

def nested_finally_returns():
    try:
        try:
            return "inner try"
        finally:
            return "inner finally"
    finally:
        print("outer finally sees pending return")
print(nested_finally_returns())

def finally_order():
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                print("f1")
        finally:
            print("f2")
    except ValueError as e:
        print("caught", e)
    finally:
        print("f3")
finally_order()

def exception_replaced_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exception_replaced_in_finally()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

def counter_with_finally():
    count = 0
    for i in range(10):
        try:
            if i % 2:
                continue
            if i > 6:
                break
        finally:
            count += 1
    return count, i
print(counter_with_finally())

# finally runs when a generator-based for loop returns
def first_positive(xs):
    for x in xs:
        try:
            if x > 0:
                return x
        finally:
            print("checked", x)
print(first_positive([-1, 0, 5, 7]))

# while loop with finally and else
def while_else():
    i = 0
    while i < 2:
        try:
            i += 1
        finally:
            print("iter", i)
    else:
        print("while else")
    return i
print(while_else())
