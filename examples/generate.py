"""Generates the example's small, real-looking data set (deterministic: seeded).

python3 examples/generate.py  # writes examples/data/{purchases,reviews,items}.csv
"""
import csv
import datetime as dt
import os
import random

rng = random.Random(20240101)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(here, exist_ok=True)

start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
customers = [f"c{i:03d}" for i in range(1, 121)]
categories = ["books", "garden", "kitchen", "toys", "games", "music"]
items = [(f"i{i:03d}", rng.choice(categories)) for i in range(1, 61)]
base_price = {item: round(rng.uniform(3, 120), 2) for item, _ in items}


def stamp(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# Item price changes over two months.
rows = []
for item, category in items:
    t = start - dt.timedelta(days=1)
    price = base_price[item]
    for _ in range(rng.randint(1, 4)):
        rows.append((t, item, round(price, 2), category))
        t += dt.timedelta(days=rng.randint(5, 25), hours=rng.randint(0, 23))
        price *= rng.uniform(0.85, 1.15)
rows.sort()
with open(os.path.join(here, "items.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["time", "item_id", "price", "category"])
    for t, item, price, category in rows:
        w.writerow([stamp(t), item, f"{price:.2f}", category])

# Purchases: a few thousand, clustered in daytime hours.
purchases = []
for _ in range(3000):
    t = start + dt.timedelta(days=rng.randint(0, 59), hours=rng.choice(range(7, 23)), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    customer = rng.choice(customers[: rng.randint(10, len(customers))])
    item, _ = rng.choice(items)
    quantity = rng.choice([1, 1, 1, 2, 2, 3])
    amount = round(base_price[item] * quantity * rng.uniform(0.9, 1.05), 2)
    purchases.append((t, customer, item, amount, quantity))
purchases.sort()
with open(os.path.join(here, "purchases.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["time", "customer_id", "item_id", "amount", "quantity"])
    for t, customer, item, amount, quantity in purchases:
        w.writerow([stamp(t), customer, item, f"{amount:.2f}", quantity])

# Reviews: about a third of purchases get one, a day or so later.
reviews = []
for t, customer, item, _, _ in purchases:
    if rng.random() < 0.33:
        reviews.append((t + dt.timedelta(hours=rng.randint(2, 72)), customer, item, rng.choice([1, 2, 3, 4, 4, 5, 5, 5])))
reviews.sort()
with open(os.path.join(here, "reviews.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["time", "customer_id", "item_id", "stars"])
    for t, customer, item, stars in reviews:
        w.writerow([stamp(t), customer, item, stars])
