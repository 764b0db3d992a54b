"""How well `vtrack extract` reads real plans: extract each document of a corpus and compare
its tasks with the document's hand-written answer key.

    python bench/extract_score.py [CORPUS_DIR] [--verbose]

CORPUS_DIR (default tests/corpus) holds SLUG.txt (or .docx/.html/.xlsx/.pdf) beside
SLUG.expected.yaml; the keys' format is in its README.md. For each document it prints the
tasks keyed and found, and how many owner lists, leads and deadlines match; then the totals.
The headline figure counts, like the corpus README, an owner point for each keyed task with
owners and a deadline point for each keyed task.

What matches:
- a keyed task is the extracted task with the same number (the k-th one with that number
  where numbering restarts per section);
- owners: the same names in the same order, as printed or as the key's `owners_clean`
  (simplified, residue-free), with or without the key's `implied_owners` (carried forward
  by 下同 or 以下均需…); bracket and space forms, traditional and simplified characters and
  the pinyin notes a page printed after characters (各鄉(xiāng)鎮(zhèn)) are not told apart;
- lead: where the key names a lead, the task's lead (its first owner when it names none);
  where the key names none, the task names no lead of its own;
- deadline: the same `due` (or none), `ongoing` and `repeat`.
"""
import datetime
import functools
import os
import re
import sys
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "tests", "corpus")
SUFFIXES = (".txt", ".docx", ".html", ".htm", ".xlsx", ".pdf")


@dataclass
class DocScore:
    slug: str
    layouts: str = ""
    keyed: int = 0
    found: int = 0
    matched: int = 0
    owners: list = field(default_factory=lambda: [0, 0])  # right, counted
    leads: list = field(default_factory=lambda: [0, 0])
    deadlines: list = field(default_factory=lambda: [0, 0])
    misses: list = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0  # in extract() alone, not in reading the key

    @property
    def points(self):
        return self.owners[0] + self.deadlines[0], self.owners[1] + self.deadlines[1]


_FORMS = str.maketrans("（）【】〔〕［］，；：", "()[][][],;:")


def _name(text):
    # (as the extractor is imported: late)
    from vtrack.extract.text import to_simplified, without_pinyin_notes
    # a key may print a name in traditional characters where vtrack gives it simplified
    # (converted whatever it holds: 市衛生健康委 has none of the characters that tell a page),
    # and with the pinyin notes of the page it was copied from, which vtrack drops as it reads
    # (各鄉(xiāng)鎮(zhèn) is 各乡镇)
    name = without_pinyin_notes(re.sub(r"\s+", "", str(text)))
    return to_simplified(name.translate(_FORMS), at_least=0)


def _names(names):
    return [_name(n) for n in names or []]


def owners_match(got, key):
    got = _names(got)
    printed = [_names(key.get("owners"))]
    if key.get("owners_clean"):
        printed.append(_names(key["owners_clean"]))
    implied = _names(key.get("implied_owners"))
    wanted = printed + [p + [n for n in implied if n not in p] for p in printed]
    return got in wanted


def lead_match(task, key):
    want = _names(key.get("lead"))
    explicit = _names(task.get("lead"))
    if not want:
        return not explicit or explicit == _names(task["owners"][:1])
    effective = explicit or _names(task["owners"][:1])
    cleans = [want]
    if key.get("owners_clean") and key.get("owners"):
        table = dict(zip(_names(key["owners"]), _names(key["owners_clean"]), strict=False))
        cleans.append([table.get(n, n) for n in want])
    return effective in cleans


def _date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def deadline_match(task, key):
    return (_date(task.get("due")) == _date(key.get("due"))
            and bool(task.get("ongoing")) == bool(key.get("ongoing"))
            and (task.get("repeat") or None) == (key.get("repeat") or None))


def _document(corpus, slug):
    for suffix in SUFFIXES:
        path = os.path.join(corpus, slug + suffix)
        if os.path.exists(path):
            return path
    return None


def _layouts(key_path):
    """The layout letters the corpus README gives the document (A-H), if any."""
    readme = os.path.join(os.path.dirname(key_path), "README.md")
    slug = os.path.basename(key_path).removesuffix(".expected.yaml")
    return _layouts_of(readme).get(slug, "")


@functools.lru_cache(maxsize=4)
def _layouts_of(readme):
    """Each slug's layout letters in a corpus README's table, read once a process (read again
    for each of thousands of documents, the README cost more than extracting them)."""
    table = {}
    try:
        with open(readme, encoding="utf-8") as f:
            for line in f:
                cells = [c.strip() for c in line.split("|")]
                if len(cells) > 4:
                    table.setdefault(cells[0], cells[4])
    except OSError:
        pass
    return table


def score_document(corpus, key_path):
    import yaml

    from vtrack.errors import VtrackError
    from vtrack.extract import extract

    slug = os.path.basename(key_path).removesuffix(".expected.yaml")
    result = DocScore(slug, layouts=_layouts(key_path))
    with open(key_path, encoding="utf-8") as f:
        keys = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    result.keyed = len(keys)
    path = _document(corpus, slug)
    tasks = []
    if path is None:
        result.error = "no document"
    else:
        started = time.perf_counter()
        try:
            plan, _ = extract(path, "doc")
            tasks = [_record(task) for task in plan.tasks]
        except VtrackError as e:
            result.error = str(e)
        result.seconds = time.perf_counter() - started
    result.found = len(tasks)
    by_seq = {}
    for task in tasks:
        by_seq.setdefault(task.get("seq"), []).append(task)
    used = {}
    for key in keys:
        seq = _number(key.get("seq"))
        k = used.get(seq, 0)
        used[seq] = k + 1
        candidates = by_seq.get(seq, [])
        task = candidates[k] if k < len(candidates) else None
        checks = []
        if key.get("owners"):
            checks.append(("owners", result.owners,
                           task is not None and owners_match(task["owners"], key)))
        checks.append(("lead", result.leads, task is not None and lead_match(task, key)))
        checks.append(("deadline", result.deadlines,
                       task is not None and deadline_match(task, key)))
        if task is not None:
            result.matched += 1
        for what, tally, right in checks:
            tally[1] += 1
            tally[0] += right
            if not right:
                result.misses.append(_miss(seq, what, task, key))
    return result


_DIGITS = {c: k for k, c in enumerate("一二三四五六七八九", 1)}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _number(seq):
    """A key's seq as the number it prints: 3, "3", (3), 3., (三), 〔三〕, 三, 实事三, 第三条
    (第三條), 三是, 三是要, 三要, ③, ⑶, ⒊ -> 3; any other as it stands (第三阶段, 4.1.3,
    首先: a stage, a decimal level, an order in words are no item's number the reading
    gives; read as one they pair a key with another level's task of that number)."""
    if not isinstance(seq, str):
        return seq
    if re.fullmatch(r"\s*[(（]?\s*[0-9]+\s*[)）.．、]?\s*", seq):  # 3, (3), 3.
        return int(re.sub(r"\D", "", seq))
    if len(seq) == 1 and seq in _CIRCLED:
        return _CIRCLED.index(seq) + 1
    if len(seq) == 1 and "⑴" <= seq <= "⒛":  # ⑴-⒇ and ⒈-⒛
        return (ord(seq) - ord("⑴")) % 20 + 1
    # (第三條, 三項: a traditional page's article or item, keyed as printed; 三是要: 三是 with
    # its call)
    m = re.search(r"([一二三四五六七八九十]+)(?:[)）〕条項项條、]|是要?|要)?$", seq)
    if not m:
        return seq
    word = m.group(1)
    if word == "十":
        return 10
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(word, seq) if len(word) == 1 else seq


def _record(task):
    """The fields of an extracted task the score reads, as tasks.yaml holds them (and as the
    tests that share the matching read them back): a lead only where one is given."""
    return {"seq": task.seq, "owners": task.owners, "lead": task.lead or None, "due": task.due,
            "ongoing": task.ongoing, "repeat": task.repeat}


def _miss(seq, what, task, key):
    if task is None:
        return f"{seq}: no task with this number"
    if what == "owners":
        return f"{seq} owners: got {task['owners']} want {key.get('owners_clean') or key['owners']}"
    if what == "lead":
        return f"{seq} lead: got {task.get('lead')} want {key.get('lead')}"
    return (f"{seq} deadline: got {task.get('due')} {task.get('ongoing') or ''} "
            f"{task.get('repeat') or ''} want {key.get('due')} {key.get('ongoing') or ''} "
            f"{key.get('repeat') or ''}")


def score_corpus(corpus=DEFAULT_CORPUS, workers=1, nice=0):
    """Each document's DocScore, in the keys' order; workers > 1 scores them in that many
    processes (the test suite's other worker may be idle: the corpus is its longest test),
    each made that much nicer (os.nice) than this one."""
    keys = sorted(os.path.join(corpus, name) for name in os.listdir(corpus)
                  if name.endswith(".expected.yaml"))
    if workers <= 1:
        return [score_document(corpus, key) for key in keys]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(workers, initializer=os.nice, initargs=(nice,)) as pool:
        return list(pool.map(partial(score_document, corpus), keys, chunksize=64))


def _share(pair):
    right, counted = pair
    return f"{right}/{counted}" + (f" {right / counted:.0%}" if counted else "")


def report(scores, seconds, verbose=False):
    lines = [f"{'document':32} {'layouts':8} {'keyed':>5} {'found':>5} {'owners':>11} "
             f"{'leads':>11} {'deadlines':>11}"]
    for s in scores:
        lines.append(f"{s.slug:32} {s.layouts:8} {s.keyed:>5} {s.found:>5} "
                     f"{_share(s.owners):>11} {_share(s.leads):>11} {_share(s.deadlines):>11}"
                     + (f"  ({s.error})" if s.error else ""))
        if verbose:
            lines += [f"    {miss}" for miss in s.misses]
    total = lambda attr: [sum(getattr(s, attr)[i] for s in scores) for i in (0, 1)]  # noqa: E731
    points = [sum(s.points[i] for s in scores) for i in (0, 1)]
    lines.append("")
    lines.append(f"owner lists {_share(total('owners'))}, leads {_share(total('leads'))}, "
                 f"deadlines {_share(total('deadlines'))}")
    lines.append(f"points (owner lists + deadlines): {_share(points)}")
    failing = {}
    for s in scores:
        if s.points[1] and s.points[0] < s.points[1]:
            for letter in s.layouts.split(","):
                if letter:
                    failing[letter] = failing.get(letter, 0) + s.points[1] - s.points[0]
    if failing:
        lines.append("points missed by layout: " + ", ".join(
            f"{k} {v}" for k, v in sorted(failing.items(), key=lambda kv: -kv[1])))
    empty = [s.slug for s in scores if s.found == 0]
    lines.append(f"documents with no task found: {len(empty)}" + (f" ({', '.join(empty)})"
                                                                 if empty else ""))
    lines.append(f"extraction time: {seconds:.2f} s for {len(scores)} documents")
    return "\n".join(lines)


def main(argv):
    args = [a for a in argv if not a.startswith("-")]
    corpus = args[0] if args else DEFAULT_CORPUS
    scores = score_corpus(corpus)
    print(report(scores, sum(s.seconds for s in scores), verbose="--verbose" in argv))


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, ".."))
    main(sys.argv[1:])
