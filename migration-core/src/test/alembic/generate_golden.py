"""Generates src/test/resources/alembic-golden.txt from Alembic itself.

Run with the Debian package of Alembic 1.8.1 (apt-get install python3-alembic):

    /usr/bin/python3 migration-core/src/test/alembic/generate_golden.py > \
        migration-core/src/test/resources/alembic-golden.txt

Random revision graphs (merges, branch labels, dependencies, shuffled load order) are planned by
Alembic's own RevisionMap and step classes; each case records the order in which revisions run and
the rows of the version table after every step, or the error. Cases where the engine deliberately
differs from Alembic (see ALEMBIC-SEMANTICS: ambiguous downgrade -N, dependencies naming ancestors,
walks past base in history, Alembic's own assertion failures) are left out.
"""
import random
import sys
import warnings

warnings.simplefilter("ignore")

from alembic.runtime import migration
from alembic.script import revision as R
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap
from alembic.util import CommandError


class _Module:
    def upgrade(self):
        pass

    def downgrade(self):
        pass


def revision_map(spec):
    revisions = []
    for rid, downs, deps, labels in spec:
        down = tuple(downs) if len(downs) > 1 else (downs[0] if downs else None)
        rev = Revision(rid, down, dependencies=tuple(deps) or None, branch_labels=tuple(labels) or None)
        rev.module = _Module()
        revisions.append(rev)
    return RevisionMap(lambda: revisions)


class Rows(migration.HeadMaintainer):
    """Alembic's head maintainer over an in-memory table; a miss is Alembic failing."""

    def __init__(self, heads):
        self.heads = set(heads)

    def _insert_version(self, version):
        if version in self.heads:
            raise AssertionError("duplicate row")
        self.heads.add(version)

    def _delete_version(self, version):
        if version not in self.heads:
            raise AssertionError("no row")
        self.heads.remove(version)

    def _update_version(self, from_, to_):
        if from_ not in self.heads:
            raise AssertionError("no row")
        self.heads.remove(from_)
        self.heads.add(to_)


def command_error(fn, ancestor=None, start=None, end=None, multiple_heads=None):
    """What Alembic's command layer prints for a revision error."""
    try:
        return fn()
    except R.RangeNotAncestorError as rna:
        text = ancestor or ("Requested range %(start)s:%(end)s does not refer to "
                            "ancestor/descendant revisions along the same branch")
        raise CommandError(text % {"start": start or rna.lower, "end": end or rna.upper})
    except R.MultipleHeads as mh:
        text = multiple_heads or (
            "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a "
            "specific target revision, '<branchname>@%(head_arg)s' to narrow to a specific head, "
            "or 'heads' for all heads")
        raise CommandError(text % {"head_arg": end or mh.argument})
    except R.ResolutionError as re_:
        raise CommandError("RESOLUTION")
    except R.RevisionError as err:
        raise CommandError(err.args[0])


def run(m, op, target, current):
    if op == "hist":
        lower, upper = target.split(":")
        revs = command_error(lambda: list(m.iterate_revisions(
            upper or "heads", lower or "base", inclusive=True, assert_relative_length=False)),
            start=lower or "base", end=upper or "heads")
        return "H " + " ".join(r.revision for r in revs)
    if op == "stamp":
        scripts = ScriptDirectory.__new__(ScriptDirectory)
        scripts.revision_map = m
        try:
            steps = scripts._stamp_revs(tuple(target.split(",")), tuple(current))
        except CommandError as e:
            if "Can't locate" in str(e):
                raise CommandError("RESOLUTION")
            raise
    elif op == "up":
        revs = command_error(lambda: list(m.iterate_revisions(target, tuple(current), implicit_base=True)),
                             ancestor="Destination %(end)s is not a valid upgrade target from current head(s)",
                             end=target)
        steps = [migration.RevisionStep(m, r, True) for r in reversed(revs)]
    else:
        revs = command_error(lambda: list(m.iterate_revisions(tuple(current), target, select_for_downgrade=True)),
                             ancestor="Destination %(end)s is not a valid downgrade target from current head(s)",
                             end=target)
        steps = [migration.RevisionStep(m, r, False) for r in revs]
    rows = Rows(current)
    out = []
    for step in steps:
        rows.update_to_step(step)
        name = step.revision.revision if op != "stamp" else "-"
        out.append("%s{%s}" % (name, ",".join(sorted(rows.heads))))
    return "P " + " ".join(out) + " => " + ",".join(sorted(rows.heads))


def random_graph(rng, size):
    spec, ids, downs_of = [], [], {}

    def ancestors(rid):
        found = {rid}
        for d in downs_of[rid]:
            found |= ancestors(d)
        return found

    for i in range(size):
        rid = "r%02d" % i
        pick = rng.random()
        if not ids or pick < 0.08:
            downs = []
        elif pick < 0.25 and len(ids) >= 2:
            x, y = rng.sample(ids, 2)
            downs = [x, y] if x not in ancestors(y) and y not in ancestors(x) else [x]
        else:
            downs = [rng.choice(ids[-6:])]
        deps = []
        if ids and rng.random() < 0.08:
            dep = rng.choice(ids)
            if dep not in downs:
                deps = [dep]
        labels = ["L%d" % i] if rng.random() < 0.1 else []
        spec.append((rid, downs, deps, labels))
        downs_of[rid] = downs
        ids.append(rid)
    order = list(range(size))
    rng.shuffle(order)
    return [spec[i] for i in order]


def names_an_ancestor(spec):
    """A parent that is an ancestor of another parent: normalized differently on purpose."""
    downs = {r: d for r, d, p, l in spec}
    deps = {r: p for r, d, p, l in spec}
    labels = {x: r for r, d, p, l in spec for x in l}

    def ancestors(z, seen):
        for q in downs[z] + [labels.get(x, x) for x in deps[z]]:
            if q not in seen:
                seen.add(q)
                ancestors(q, seen)
        return seen

    for r, d, p, l in spec:
        parents = d + [labels.get(x, x) for x in p]
        for x in parents:
            for other in parents:
                if other != x and (x == other or x in ancestors(other, set())):
                    return True
    return False


def main(seed, count):
    print("# Generated by generate_golden.py from Alembic 1.8.1; do not edit by hand.")
    print("# G id:downs|depends_on|branch_labels;...   (load order)")
    print("# Q op<TAB>target<TAB>current rows<TAB>expected (P order{rows} => rows | H history | E message)")
    for k in range(count):
        rng = random.Random(seed + k)
        spec = random_graph(rng, rng.randint(2, 16))
        if names_an_ancestor(spec):
            continue
        m = revision_map(spec)
        m.heads
        ids = [s[0] for s in spec]
        lines = []
        for _ in range(5):
            try:
                result = run(m, "up", rng.choice(ids + ["heads", "head"]), [])
                current = [x for x in result.split("=> ")[1].split(",") if x]
            except (CommandError, AssertionError):
                current = []
            queries = [
                ("up", rng.choice(ids + ["heads", "head", "+1", "+2"] + [i + "+1" for i in ids[:2]])),
                ("down", rng.choice(ids + ["base", "-1", "-2"] + [i + "@-1" for i in current]
                                    + ["%s@%s" % (rng.choice(ids), rng.choice(ids))])),
                ("stamp", ",".join(rng.sample(ids + ["heads", "base", "head"], rng.choice([1, 1, 1, 2])))),
                ("hist", rng.choice(["", "base"] + ids) + ":" + rng.choice(["", "heads", "head"] + ids + ["+1"])),
            ]
            for op, target in queries:
                if op == "down" and target.startswith("-") and len(current) > 1:
                    continue  # ambiguous on purpose
                if op == "stamp" and len(set(target.split(","))) > 1:
                    continue  # several targets: Alembic fails on overlapping ones
                try:
                    expected = run(m, op, target, current)
                except CommandError as e:
                    expected = "E " + str(e)
                except (AssertionError, KeyError):
                    continue  # Alembic's own failure
                lines.append("Q %s\t%s\t%s\t%s" % (op, target, ",".join(current), expected))
        print("G " + ";".join("%s:%s|%s|%s" % (r, ",".join(d), ",".join(p), ",".join(l)) for r, d, p, l in spec))
        for line in lines:
            print(line)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20261124, int(sys.argv[2]) if len(sys.argv) > 2 else 400)
