# A generator still suspended at exit is closed: its finally block runs
# after the program's last line, as CPython does when it clears the module.
def g(tag):
    try:
        yield 1
    finally:
        print("finally", tag)
keep = g("at exit")
next(keep)
print("end")
