#!/usr/bin/env python3
"""Extraction on Apache Spark: `newskb extract` as the mapper of a PySpark job.

Article paths (--files-from) or framed articles (--records, a folder of JSONL lines
{"file", "content"}) are split into partitions; each partition is piped through
`newskb extract --files-from -` (or `--stdin-records`) with RDD.pipe, and the lines it
prints are written as DIR/part-* files, each line exactly one line of `newskb extract`.
`newskb load DIR/part-*` then loads them. The README ("Scaling out") shows spark-submit.
"""
import argparse
import os
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newskb", required=True,
                        help="the newskb binary as the executors see it (installed, or ./newskb shipped with --files)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--files-from", help="a file of article paths, one per line, readable by the executors")
    source.add_argument("--records", help="a folder (or file) of JSONL records {\"file\", \"content\"}")
    parser.add_argument("--root", default=os.getcwd(),
                        help="the folder article paths are named relative to (default: the current folder)")
    parser.add_argument("--out", required=True, help="output folder (must not exist)")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions (default: Spark's)")
    parser.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])")
    args = parser.parse_args()

    conf = SparkConf().setAppName("newskb-extract")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    root = os.path.abspath(args.root)
    started = time.monotonic()
    try:
        if args.files_from:
            with open(args.files_from, encoding="utf-8") as listing:
                paths = [line.rstrip("\n") for line in listing if line.strip()]
            partitions = args.partitions or sc.defaultParallelism
            inputs = sc.parallelize(paths, partitions)
            command = [args.newskb, "extract", "--files-from", "-", "--root", root]
        else:
            inputs = sc.textFile(args.records, args.partitions or sc.defaultParallelism)
            inputs = inputs.filter(lambda line: line.strip())
            command = [args.newskb, "extract", "--stdin-records", "--root", root]
        # checkCode: a partition whose newskb exits non-zero fails the task (Spark retries it).
        # A bad article is not such a failure: newskb reports it on stderr and goes on.
        lines = inputs.pipe(" ".join(quote(part) for part in command), checkCode=True)
        lines.saveAsTextFile(args.out)
    finally:
        sc.stop()
    print(f"newskb-extract: wrote {args.out} in {time.monotonic() - started:.1f} s", file=sys.stderr)


def quote(part):
    """RDD.pipe splits its command with shlex; quote what has spaces."""
    import shlex
    return shlex.quote(part)


if __name__ == "__main__":
    main()
