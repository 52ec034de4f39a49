#!/usr/bin/env python3
"""Deterministic scale corpus for crash, concurrency and performance tests.

Writes COUNT articles into OUT made from the articles under --source (default corpus/):
each copy gets its own file name, a numbered title, a publication date spread over two
years, and a perturbed body (paragraphs rotated and one dropped, digits changed), so no two
files hash alike. The same arguments always give byte-identical files.

    scripts/gen-corpus.py --count 3000 /tmp/articles
    scripts/gen-corpus.py --count 3000 --variant 1 /tmp/articles   # every 10th article edited

--variant V > 0 changes the body of every 10th article (as an editor would), leaving the
others byte-identical to variant 0: an incremental re-ingest then replaces exactly those.
"""
import argparse
import datetime
import hashlib
import pathlib
import random
import re
import sys

PARAGRAPH = re.compile(r"<p>.*?</p>", re.S)


def split_article(text):
    """(front matter lines without fences, body) of a corpus article."""
    lines = text.lstrip("\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return [], text
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return lines[1:index], "\n".join(lines[index + 1:])
    return [], text


def perturb(body, rng):
    paragraphs = PARAGRAPH.findall(body)
    if len(paragraphs) < 3:
        return body + "\n<p>补充说明第%d条。</p>\n" % rng.randrange(10**6)
    shift = rng.randrange(1, len(paragraphs))
    paragraphs = paragraphs[shift:] + paragraphs[:shift]
    del paragraphs[rng.randrange(len(paragraphs))]
    changed = [re.sub(r"\d", lambda m: str((int(m.group()) + rng.randrange(1, 10)) % 10), p)
               if rng.random() < 0.3 else p for p in paragraphs]
    return "<div>\n" + "".join(changed) + "\n</div>\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variant", type=int, default=0)
    parser.add_argument("--per-folder", type=int, default=500, help="files per subfolder")
    parser.add_argument("--source", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent / "corpus")
    args = parser.parse_args()

    sources = sorted(p for p in args.source.rglob("*")
                     if p.is_file() and p.suffix in (".md", ".txt") and not p.name.lower().startswith("readme."))
    if not sources:
        sys.exit("gen-corpus: no articles under %s" % args.source)
    texts = [split_article(p.read_text(encoding="utf-8")) for p in sources]
    start = datetime.datetime(2021, 1, 1, 8, 0, 0)
    for index in range(args.count):
        rng = random.Random("%d:%d" % (args.seed, index))
        front, body = texts[index % len(texts)]
        when = start + datetime.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        kept = [line for line in front if not re.match(r"(title|date)\s*:", line)]
        title = "样本%06d：%s" % (index, next((l.split(":", 1)[1].strip().strip("'\"") for l in front
                                              if l.startswith("title:")), "无题"))
        body = perturb(body, rng)
        if args.variant and index % 10 == 0:
            body = perturb(body, random.Random("%d:%d:v%d" % (args.seed, index, args.variant)))
        text = "---\ntitle: '%s'\ndate: %s\n%s\n---\n%s" % (
            title.replace("'", "''"), when.strftime("%Y-%m-%d %H:%M:%S"), "\n".join(kept), body)
        digest = hashlib.sha1(("%d:%d" % (args.seed, index)).encode()).hexdigest()[:12]
        folder = args.out / ("batch%03d" % (index // args.per_folder))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ("%06d_%s.md" % (index, digest))).write_text(text, encoding="utf-8")
    print("gen-corpus: wrote %d articles to %s" % (args.count, args.out))


if __name__ == "__main__":
    main()
