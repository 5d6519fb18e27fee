counts = {}
with open("_support/words.txt") as f:
    for line in f:
        for raw in line.split():
            word = raw.strip(".,;:!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, n in top:
    print(f"{word:>10} {n}")
print(len(counts), sum(counts.values()))
