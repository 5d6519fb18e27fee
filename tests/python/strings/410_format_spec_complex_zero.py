import math
nan=float('nan'); nn=-nan; nn2=math.copysign(nan,-1)
for v,s in [(nn2,"f"),(nn2,""),(nn2,"+"),(nan,"+"),(1,"04,"),(1,"05,"),(1,"03,"),(1234,"0=10,"),(1234,"x=10,"),(-1234,"010,"),(255,"#010_x"),(1e16,"010,"),(-0.0001,"z.2f"),(-0.0001,"z.2e"),(-0.0,"z"),(-0.0,"zg"),(-1e-9,"z.3g"),(float('-inf'),"z"),(1.5,"#g"),(1.0,"#"),(1.0,"#.3"),(10**30,".2e"),(2**1024,"f") if False else (1,"d"),(1e-300,".400f") if False else (1,"d"),(1.0,"g"),(0.0001,""),(1e-5,".3"),(123456.0,".3"),(1+2j,"+"),(1j,"+"),(-1j,""),(complex(-0.0,1),""),(complex(0.0,-0.0),""),(1+2j,"e"),(1.5+2.5j,".1f"),(1+2j,"^12"),(1+2j,"*<12.1f"),(complex(float('inf'),nan),""),(1+2j,"n"),(1+2j,"#"),(1+2j,",.2f"),(12345.5+1j,","),(1+2j,"z"),(1+2j,"_"),(True,"x"),(True,"c"),(3,"%"),(3,"e"),(3,".2f"),(10**400,"e") if False else (1,"d"),(1,"#o"),(-5,"#b"),(5,"=+5"),(5,"^+6")]:
    try: print(repr(s), repr(format(v, s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
try: print(format(10**400, "e"))
except Exception as e: print(type(e).__name__, e)
print(format(1e300, "f")[:20], len(format(1e300, "f")))
print(format(2.5, ".100f"))
