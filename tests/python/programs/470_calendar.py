# Calendar routines written from scratch: leap years, weekdays, month grids, date arithmetic.
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    # Zeller-like (Sakamoto); 0 = Monday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    w = (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7   # 0 = Sunday
    return (w + 6) % 7


def to_ordinal(y, m, d):
    yy = y - 1
    days = yy * 365 + yy // 4 - yy // 100 + yy // 400
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days + d


def from_ordinal(n):
    y = 1
    while True:
        length = 366 if is_leap(y) else 365
        if n <= length:
            break
        n -= length
        y += 1
    # coarse jump would be faster; keep it simple but start near the target
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def from_ordinal_fast(n):
    y = max(1, n * 400 // 146097 - 1)
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def month_grid(y, m):
    title = f"{MONTHS[m - 1]} {y}"
    lines = [title.center(20).rstrip(), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return lines


def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} must be in 1..12")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day {d} is out of range for {MONTHS[m - 1]} {y}")
    return True


print([y for y in (1900, 1996, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
print("\n".join(month_grid(2024, 2)))
print()
left, right = month_grid(2023, 12), month_grid(2024, 1)
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ""
    b = right[i] if i < len(right) else ""
    print(f"{a:<20}   {b}")
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1, 1, 1), (9999, 12, 31)]:
    o = to_ordinal(*date)
    print(date, DAYS[weekday(*date)], o, from_ordinal_fast(o) == date)
print(from_ordinal(738000), from_ordinal_fast(738000))
print("days 1970->2038:", to_ordinal(2038, 1, 19) - to_ordinal(1970, 1, 1))
fri13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fri13), fri13[:6])
sundays = sum(1 for y in range(1901, 2001) for m in range(1, 13) if weekday(y, m, 1) == 6)
print("first-of-month sundays in 20th century:", sundays)
ok = all(from_ordinal_fast(n) > from_ordinal_fast(n - 1) for n in range(730000, 730400, 37))
print(all(to_ordinal(*from_ordinal_fast(n)) == n for n in range(1, 800000, 9973)), ok)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 5)]:
    try:
        validate(*bad)
    except ValueError as e:
        print("ValueError:", e)
start = to_ordinal(2024, 1, 31)
print([from_ordinal_fast(start + k * 30) for k in range(5)])
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
