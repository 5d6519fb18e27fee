# %-formatting: negative * width means left-justify
print("[%*s]" % (-4, "x"))
print("[%*d]" % (-5, 42))
print("[%-*d]" % (-5, 42))
print("[%*.*f]" % (-8, 2, 3.14159))
print("[%0*d]" % (-5, 7))
