def greet(who):
    return "hi " + who
