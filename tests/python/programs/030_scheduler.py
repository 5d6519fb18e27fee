# A small class-heavy scheduler simulation in the spirit of richards.
class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
    def run(self, quantum):
        step = min(quantum, self.work - self.done)
        self.done += step
        return step
    @property
    def finished(self):
        return self.done >= self.work
class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.queue = []
        self.log = []
        self.clock = 0
    def add(self, task):
        self.queue.append(task)
        self.queue.sort(key=lambda t: -t.priority)
    def run(self):
        while self.queue:
            task = self.queue.pop(0)
            used = task.run(self.quantum)
            self.clock += used
            if task.finished:
                self.log.append((self.clock, task.name))
            else:
                task.priority -= 1
                self.add(task)
        return self.log
s = Scheduler(3)
for i, (name, pr, work) in enumerate([("io", 5, 7), ("cpu", 3, 12), ("net", 4, 5), ("idle", 1, 2)]):
    s.add(Task(name, pr, work))
for clock, name in s.run():
    print(clock, name)
print(s.clock)
