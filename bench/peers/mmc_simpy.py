# The benchmark's M/M/10 queue (λ = 9/min, mean service 1 min, ρ = 0.9) in SimPy 3, written as its documentation does; prints JSON.
#
# usage: mmc_simpy.py CUSTOMERS REPEATS   (best wall time of REPEATS runs, after a small warm-up run)
import json
import random
import sys
import time

import simpy

SERVERS = 10
LAMBDA = 9.0  # arrivals per minute
MEAN_SERVICE = 1.0  # minutes


def customer(env, booths, waits):
    arrived = env.now
    with booths.request() as req:
        yield req
        waits.append(env.now - arrived)
        yield env.timeout(random.expovariate(1.0 / MEAN_SERVICE))


def source(env, customers, booths, waits):
    for _ in range(customers):
        env.process(customer(env, booths, waits))
        yield env.timeout(random.expovariate(LAMBDA))


def run(customers, seed):
    random.seed(seed)
    env = simpy.Environment()
    booths = simpy.Resource(env, capacity=SERVERS)
    waits = []
    env.process(source(env, customers, booths, waits))
    env.run()
    return sum(waits) / len(waits)


def main():
    customers = int(sys.argv[1])
    repeats = int(sys.argv[2])
    run(10_000, 0)
    best = float("inf")
    mean_wait = float("nan")
    for i in range(repeats):
        t0 = time.perf_counter()
        mean_wait = run(customers, 1 + i)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"simpy": simpy.__version__, "python": sys.version.split()[0], "customers": customers,
                      "repeats": repeats, "wallSeconds": round(best, 3), "meanWaitMinutes": mean_wait}))


main()
