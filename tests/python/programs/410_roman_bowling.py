# Roman numerals both ways, and a ten-pin bowling score calculator with validation.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or any(ch not in VALUES for ch in s):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), sum(len(to_roman(n)) for n in range(1, 4000)))
for bad in (0, 4000, -5, 2.5, True, "XIV"):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ("", "IIII", "IC", "ABC", "mcmxcix", "VX"):
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError", e)


class BowlingError(Exception):
    pass


def parse_rolls(s):
    rolls = []
    for ch in s.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            if not rolls:
                raise BowlingError("spare with no previous roll")
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        elif ch.isdigit():
            rolls.append(int(ch))
        else:
            raise BowlingError(f"bad symbol {ch!r}")
    return rolls


def score(rolls):
    total = 0
    frames = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise BowlingError("missing strike bonus")
            total += 10 + sum(bonus)
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"incomplete frame {frame + 1}")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks {sum(pair)} pins")
            if sum(pair) == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("missing spare bonus")
                total += 10 + rolls[i + 2]
            else:
                total += sum(pair)
            i += 2
        frames.append(total)
    allowed = 2 if rolls[i - 1] == 10 else (1 if rolls[i - 2] + rolls[i - 1] == 10 else 0)
    if len(rolls) - i > allowed:
        raise BowlingError(f"{len(rolls) - i - allowed} extra roll(s) after frame 10")
    return total, frames


GAMES = {
    "perfect": "X X X X X X X X X X X X",
    "gutter": "-- " * 10,
    "all nines": "9- " * 10,
    "all spares": "5/ " * 10 + "5",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "dutch": "X 1/ X 2/ X 3/ X 4/ X 5/X",
    "short": "X X X",
    "too many pins": "X 78 X X X X X X X XXX",
    "bad char": "X Y",
    "leading spare": "/5",
    "extra rolls": "-- " * 10 + "5",
}
for name, text in GAMES.items():
    try:
        total, frames = score(parse_rolls(text))
        print(f"{name:14} {total:3} {frames}")
    except BowlingError as e:
        print(f"{name:14} error: {e}")
