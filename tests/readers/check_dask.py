#!/usr/bin/python3
"""Runs talkgraph's extract step as tasks on a Dask cluster and merges the shards; the result must equal
one `talkgraph build` over the same documents, byte for byte.

The cluster is a distributed.LocalCluster with two worker processes, the same scheduler and workers a
multi-machine cluster runs (docs/scaling.md). Each task extracts one group of files into a shard;
shards are merged in a tree (pairs with --shard-out), then into graph files.

Usage: /usr/bin/python3 check_dask.py TALKGRAPH_BINARY CORPUS_DIR   (Debian's python3-distributed)
"""
import filecmp
import os
import subprocess
import sys
import tempfile

from distributed import Client, LocalCluster


def extract(binary, files, shard):
    subprocess.run([binary, "extract", *files, "-o", shard, "-q"], check=True)
    return shard


def merge_pair(binary, a, b, out):
    subprocess.run([binary, "merge", a, b, "--shard-out", out, "-q"], check=True)
    return out


def main(binary, corpus):
    files = sorted(os.path.join(root, n) for root, _, names in os.walk(corpus) for n in names
                   if n.lower().endswith((".txt", ".md", ".markdown")))
    with tempfile.TemporaryDirectory() as work:
        groups = [files[i::4] for i in range(4)]
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            shards = [client.submit(extract, binary, g, os.path.join(work, f"shard-{i}.jsonl"), pure=False)
                      for i, g in enumerate(groups) if g]
            level = 0
            while len(shards) > 1:  # merge as a tree: merge is associative
                pairs = [shards[i:i + 2] for i in range(0, len(shards), 2)]
                shards = [client.submit(merge_pair, binary, p[0], p[1], os.path.join(work, f"merge-{level}-{i}.jsonl"))
                          if len(p) == 2 else p[0] for i, p in enumerate(pairs)]
                level += 1
            final_shard = shards[0].result()
        subprocess.run([binary, "merge", final_shard, "-o", os.path.join(work, "merged"), "-q"], check=True)
        # The same documents, named the same way, in one build.
        subprocess.run([binary, "build", *files, "-o", os.path.join(work, "single"), "-q"], check=True)
        for name in ("talkgraph.graphml", "talkgraph.dot", "talkgraph.json"):
            a, b = os.path.join(work, "merged", name), os.path.join(work, "single", name)
            assert filecmp.cmp(a, b, shallow=False), f"{name}: the Dask run differs from one build"
    print(f"dask: {len(files)} documents in {len(groups)} tasks on 2 workers; merged output equals one build")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
