#!/usr/bin/env python3
"""dramatis-cli tag --jsonl as the map step of a real distributed scheduler.

    dask_stream.py DRAMATIS_CLI [--count 300] [--partitions 6]

Dask's `distributed` runs a LocalCluster of 2 worker processes on this machine; each task pipes one
partition of generated requests through `dramatis-cli tag --jsonl`, as a cluster's workers would on their
machines. The gathered results, sorted by id, must hold the same mentions and entities as one process tagging
the whole stream. Exits 77 (ctest's skip) when the module is missing, unless DRAMATIS_REQUIRE_DATA=1 (CI),
where that is a failure.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

FIRST = ["Ilse", "Tobin", "Ros", "Petra", "Anselm", "Maud", "Kit", "Oona", "Bertil", "Sancha"]
LAST = ["Marrow", "Keszler", "Adeyemi", "Lund", "Quarrie", "Pellow", "Havard", "Strand", "Ormsby"]
COMPANIES = ["Fenwick Rail", "Orla Foods", "Kestrel Mining", "Brightwater Grid", "Calder Textiles"]
PLACES = ["Dunmore", "Calloway", "Bressay", "Kelsworth", "Porthcarrow"]
VERBS = ["announced", "denied", "postponed", "welcomed", "questioned"]
THINGS = ["a new depot", "the wage talks", "job cuts", "a pilot scheme", "the safety review"]


def requests(count, seed=11):
    """Made-up articles (our own templates), one JSON request each, some of them bad on purpose."""
    rng = random.Random(seed)
    for i in range(count):
        if i % 50 == 17:
            yield json.dumps({"id": f"r{i:04d}", "text": 12})  # a bad request: an error line
            continue
        sentences = []
        for _ in range(rng.randint(2, 8)):
            person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            sentences.append(f"{person} of {rng.choice(COMPANIES)} {rng.choice(VERBS)} "
                             f"{rng.choice(THINGS)} in {rng.choice(PLACES)} on Monday.")
        yield json.dumps({"id": f"r{i:04d}", "title": f"Report {i}", "date": "2026-02-03",
                          "text": " ".join(sentences)})


def tag(cli, lines, db):
    """Runs one `tag --jsonl` over `lines`: a worker's map step. Returns its result lines and its pid."""
    done = subprocess.run([cli, "tag", "--jsonl", "--db", db], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True, timeout=120)
    return done.stdout.splitlines(), os.getpid()


def essentials(line):
    """What must not depend on where a request was tagged."""
    r = json.loads(line)
    if "error" in r:
        return r["id"], ("error", r["error"])
    return r["id"], ([(m["start"], m["end"], m["type"], m["entity"]) for m in r["mentions"]],
                     [(e["name"], e["type"], e["mentions"]) for e in r["entities"]])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--partitions", type=int, default=6)
    args = parser.parse_args()
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        if os.environ.get("DRAMATIS_REQUIRE_DATA") == "1":
            print(f"FAIL: Dask's distributed module is missing ({e}); install python3-distributed")
            return 1
        print(f"SKIP: Dask's distributed module is missing ({e}); install python3-distributed to run this")
        return 77

    lines = list(requests(args.count))
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "none.sqlite")  # no analyst's lexicon: both runs tag alike
        single, _ = tag(args.cli, lines, db)
        size = -(-len(lines) // args.partitions)
        parts = [lines[i:i + size] for i in range(0, len(lines), size)]
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          local_directory=tmp) as cluster, Client(cluster) as client:
            futures = client.map(tag, [args.cli] * len(parts), parts, [db] * len(parts), pure=False)
            gathered = client.gather(futures)

    pids = {pid for _, pid in gathered}
    if os.getpid() in pids:
        print("FAIL: a partition ran in the test's own process, not on a worker")
        return 1
    distributed = [line for out, _ in gathered for line in out]
    if len(single) != len(lines) or len(distributed) != len(lines):
        print(f"FAIL: {len(lines)} requests gave {len(single)} lines alone, {len(distributed)} on the cluster")
        return 1
    # One process keeps the input order; the cluster's partitions come back in any order.
    alone = [essentials(line) for line in single]
    if [i for i, _ in alone] != [json.loads(line)["id"] for line in lines]:
        print("FAIL: one process did not keep the input order")
        return 1
    spread = sorted(essentials(line) for line in distributed)
    if sorted(alone) != spread:
        diff = next(i for i, (a, b) in enumerate(zip(sorted(alone), spread)) if a != b)
        print(f"FAIL: results differ first at {spread[diff][0]}")
        return 1
    errors = sum(1 for _, r in alone if r[0] == "error")
    mentions = sum(len(r[0]) for _, r in alone if r[0] != "error")
    print(f"ok: {len(lines)} requests in {len(parts)} partitions on {len(pids)} worker processes: "
          f"{mentions} mentions, {errors} error lines, the same as one process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
