VALUE = 42
print("helper_mod loaded as", __name__)
def double(x):
    return 2 * x
