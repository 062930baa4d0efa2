#!/usr/bin/env python3
"""Writes src/SamePage.Core/Text/confusables.tsv, the table SamePage uses to tell look-alike names apart.

The table is Unicode's confusable mappings (Unicode Technical Standard #39, confusables.txt), as
Debian ships them inside python3-confusable-homoglyphs (`apt-get install python3-confusable-homoglyphs`),
whose confusables.json lists, for every character in a mapping, the characters it maps to and those
mapped to it. TS #39 maps each character to a prototype; here each group of characters that map to
one another gets one representative, so two texts have the same skeleton exactly when the standard's
skeletons are the same.

Output, one line per character that changes: the character's code point, a tab, and the code points
of what it becomes (space-separated), all in hex. Run from the repository root:

    python3 scripts/confusables-table.py [path/to/confusables.json]
"""
import json
import sys
import unicodedata

SOURCE = "/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json"
TARGET = "src/SamePage.Core/Text/confusables.tsv"
MARKS = "\u200e\u200f"  # direction marks the JSON keeps around right-to-left characters


def clean(text):
    return "".join(c for c in text if c not in MARKS)


def main():
    data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else SOURCE, encoding="utf-8"))
    parent = {}

    def find(c):
        parent.setdefault(c, c)
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    neighbours, longer = {}, {}
    for key, entries in data.items():
        key = clean(key)
        if len(key) != 1:
            continue  # a sequence others map to: its sources name it themselves
        for entry in entries:
            other = clean(entry["c"])
            if len(other) == 1:
                neighbours.setdefault(key, set()).add(other)
                neighbours.setdefault(other, set()).add(key)
                parent[find(key)] = find(other)
            elif other:
                longer[key] = other

    groups = {}
    for c in neighbours:
        groups.setdefault(find(c), []).append(c)

    def prototype(members):
        # The prototype of a group is the character the others map to: the one with most neighbours;
        # between two that map only to each other, either keeps the equality, so ASCII, then the lower one.
        return max(members, key=lambda c: (len(neighbours[c]), c.isascii(), -ord(c)))

    mapping = {}
    for members in groups.values():
        p = prototype(members)
        for c in members:
            if c != p:
                mapping[c] = p
    for c, sequence in longer.items():
        if c not in mapping:
            mapping[c] = "".join(mapping.get(x, x) for x in sequence)

    lines = []
    for c in sorted(mapping, key=ord):
        target = unicodedata.normalize("NFD", mapping[c])
        if target != c:
            lines.append("%X\t%s" % (ord(c), " ".join("%X" % ord(x) for x in target)))
    with open(TARGET, "w", encoding="ascii", newline="\n") as out:
        out.write("# Unicode confusable mappings (UTS #39, confusables.txt), one representative per group.\n")
        out.write("# Copyright (c) 1991-2022 Unicode, Inc. Distributed under the Unicode License\n")
        out.write("# (Unicode Data Files and Software); see docs/decisions/0014-look-alike-names.md.\n")
        out.write("# Made by scripts/confusables-table.py; do not edit by hand.\n")
        out.write("\n".join(lines) + "\n")
    print("%d mappings written to %s" % (len(lines), TARGET))


if __name__ == "__main__":
    main()
