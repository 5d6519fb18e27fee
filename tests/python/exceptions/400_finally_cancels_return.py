# break/continue inside finally cancel a pending return (each case separately)
def break_cancels_return():
    for i in range(5):
        try:
            return "from try"
        finally:
            break
    return "loop ended i=%d" % i
print(break_cancels_return())

def continue_then_break_cancels_return():
    for i in range(5):
        try:
            return "from try"
        finally:
            if i < 2:
                continue
            break
    return "loop ended i=%d" % i
print(continue_then_break_cancels_return())

def continue_cancels_return_to_end():
    n = 0
    for i in range(3):
        try:
            n += 1
            return "from try"
        finally:
            continue
    return "loop exhausted n=%d" % n
print(continue_cancels_return_to_end())

def while_continue_cancels_return():
    i = 0
    while i < 3:
        i += 1
        try:
            return i
        finally:
            continue
    return "while done %d" % i
print(while_continue_cancels_return())
