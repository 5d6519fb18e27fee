# Pipes between processes (one child's stdout as the next one's stdin),
# check_output, getoutput/getstatusoutput and os.popen.
import os
import subprocess

PIPE, STDOUT = subprocess.PIPE, subprocess.STDOUT

p1 = subprocess.Popen(['printf', 'c\\nb\\na\\nb\\n'], stdout=PIPE)
p2 = subprocess.Popen(['sort', '-u'], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print(out, p1.wait(), p2.returncode)

# Three stages, with text at the end.
p1 = subprocess.Popen(['echo', 'hello pipeline'], stdout=PIPE)
p2 = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=p1.stdout, stdout=PIPE)
p3 = subprocess.Popen(['cat'], stdin=p2.stdout, stdout=PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
print(repr(p3.communicate()[0]), [p.wait() for p in (p1, p2, p3)])

# A pipe made by hand: the write end is the child's stdout.
r, w = os.pipe()
p = subprocess.Popen(['echo', 'by hand'], stdout=w)
os.close(w)
print(os.read(r, 100), p.wait())
os.close(r)
r, w = os.pipe()
os.write(w, b'fed by hand\n')
os.close(w)
print(subprocess.run(['cat'], stdin=r, stdout=PIPE).stdout)
os.close(r)

# The first process ends before the second has read everything.
p1 = subprocess.Popen(['head', '-c', '100000', '/dev/zero'], stdout=PIPE)
p2 = subprocess.Popen(['wc', '-c'], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
print(p2.communicate()[0].strip(), p1.wait(), p2.returncode)

# check_output
print(subprocess.check_output(['echo', 'co']))
print(subprocess.check_output(['echo', 'co text'], text=True))
print(subprocess.check_output(['cat'], input=b'in'))
print(subprocess.check_output('echo err >&2; echo out', shell=True, stderr=STDOUT))
print(subprocess.check_output(['true']))
try:
    subprocess.check_output(['sh', '-c', 'echo o; exit 9'])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stdout, e)

# getoutput / getstatusoutput: shell commands, stderr merged, the final
# newline stripped.
print(repr(subprocess.getoutput('echo one; echo two')))
print(subprocess.getstatusoutput('echo x; exit 3'))
print(subprocess.getstatusoutput('exit 0'))
print(subprocess.getstatusoutput('echo to-err >&2'))
print(subprocess.getstatusoutput('kill -9 $$'))
print(repr(subprocess.getoutput('printf "two newlines\\n\\n"')))

# os.popen, built on subprocess.
with os.popen('echo popen') as f:
    print(repr(f.read()))
f = os.popen('exit 3')
print(f.read(), f.close())
print(os.popen('true').close())
f = os.popen('cat > /dev/null', 'w')
f.write('ignored\n')
print(f.close())
