# test: sigint-after=2.0 timeout=20
import sys
print("looping", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("interrupted")
print("clean exit")
