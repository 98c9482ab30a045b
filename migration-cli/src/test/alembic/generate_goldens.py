"""Records what Alembic 1.8.1 prints for the golden graph, for GoldenOutputTests.

Run by hand when the graph or the recorded commands change:

    /usr/bin/python3 migration-cli/src/test/alembic/generate_goldens.py

For each graph it writes the revisions twice, as Alembic .py files in a scratch project and as SQL
revision files in src/test/resources/golden/<graph>/revisions, with the same file names, messages
and dates; then runs each command with Alembic (file listing sorted, as ours loads files in sorted
name order) against a SQLite database and stores the output in
src/test/resources/golden/<graph>/alembic, with the scratch folder replaced by {revisions}, the
.py extension by .sql and the database URL by {url}; commands.txt lists the commands. The tests
compare the command line's output with these files; they need no Python.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources", "golden")

# id, down revisions, branch labels, depends_on, message, minute
BRANCHED = [
    ("1975ea83b712", [], [], [], "create sessions", 30),
    ("27c6a30d7c24", ["1975ea83b712"], [], [], "add claude_session_id to sessions", 31),
    ("3b6a0e4ce6b9", ["27c6a30d7c24"], ["feat_x"], [], "feature x", 32),
    ("4fe1e2a0b1a7", ["27c6a30d7c24"], [], [], "feature y", 33),
    ("52d5b5f0ad84", ["3b6a0e4ce6b9", "4fe1e2a0b1a7"], [], [], "merge feature x and y", 34),
    ("6d3b1bd3a8b2", ["52d5b5f0ad84"], [], ["9e2f6f0d4ac5"], "after merge", 36),
    ("7b3e7d1f9c61", [], ["audit"], [], "audit base", 37),
    ("8c1fa02c5e93", ["7b3e7d1f9c61"], [], ["27c6a30d7c24"], "audit depends on core", 38),
    ("9e2f6f0d4ac5", [], [], [], "standalone lookup tables", 35),
]

# name of the golden file, database state (None: no database), command
BRANCHED_COMMANDS = [
    ("heads", None, ["heads"]),
    ("heads-v", None, ["heads", "-v"]),
    ("heads-resolve-dependencies", None, ["heads", "--resolve-dependencies"]),
    ("branches", None, ["branches"]),
    ("branches-v", None, ["branches", "-v"]),
    ("history", None, ["history"]),
    ("history-v", None, ["history", "-v"]),
    ("history-r-from-27c6", None, ["history", "-r", "27c6a30d7c24:"]),
    ("history-r-to-27c6", None, ["history", "-r", ":27c6a30d7c24"]),
    ("history-r-1975-52d5", None, ["history", "-r", "1975ea83b712:52d5b5f0ad84"]),
    ("history-r-feat_x", None, ["history", "-r", "base:feat_x@head"]),
    ("show-52d5", None, ["show", "52d5b5f0ad84"]),
    ("show-27c6", None, ["show", "27c6"]),
    ("show-6d3b", None, ["show", "6d3b1bd3a8b2"]),
    ("show-heads", None, ["show", "heads"]),
    ("show-head-fails", None, ["show", "head"]),
    ("current-empty", [], ["current"]),
    ("current-27c6", ["27c6a30d7c24"], ["current"]),
    ("current-52d5", ["52d5b5f0ad84"], ["current"]),
    ("current-52d5-v", ["52d5b5f0ad84"], ["current", "-v"]),
    ("current-3b6a-4fe1", ["3b6a0e4ce6b9", "4fe1e2a0b1a7"], ["current"]),
    ("history-i-52d5", ["52d5b5f0ad84"], ["history", "-i"]),
    ("history-v-i-52d5", ["52d5b5f0ad84"], ["history", "-v", "-i"]),
    ("history-r-current-52d5", ["52d5b5f0ad84"], ["history", "-r", "current:"]),
    ("history-r-to-current-27c6", ["27c6a30d7c24"], ["history", "-r", ":current"]),
    ("show-current-52d5", ["52d5b5f0ad84"], ["show", "current"]),
    ("history-r-minus-3-fails", None, ["history", "--rev-range=-3:"]),
    ("history-r-feat_x-minus-1", None, ["history", "--rev-range=feat_x@-1:"]),
]

LINEAR = [
    ("a1", [], [], [], "one", 1),
    ("b2", ["a1"], [], [], "two", 2),
    ("c3", ["b2"], [], [], "three", 3),
    ("d4", ["c3"], [], [], "four", 4),
]

LINEAR_COMMANDS = [
    ("history-r-minus-1", None, ["history", "--rev-range=-1:"]),
    ("history-r-minus-3", None, ["history", "--rev-range=-3:"]),
    ("history-r-to-minus-2-fails", None, ["history", "--rev-range=:-2"]),
    ("history-r-b2-plus-1", None, ["history", "--rev-range=b2:+1"]),
    ("history-r-current-b2", ["b2"], ["history", "--rev-range=current:"]),
    ("history-r-current-plus-1-b2", ["b2"], ["history", "--rev-range=current:+1"]),
    ("current-b2-v", ["b2"], ["current", "-v"]),
    ("heads-v", None, ["heads", "-v"]),
    ("branches-none", None, ["branches"]),
]

GRAPHS = [("branched", BRANCHED, BRANCHED_COMMANDS), ("linear", LINEAR, LINEAR_COMMANDS)]

RUNNER = """
import os, sys
_listdir = os.listdir
os.listdir = lambda p='.': sorted(_listdir(p))
from alembic.config import main
main(prog="alembic")
"""


def file_name(rev):
    rid, _, _, _, message, minute = rev
    return "20241024_14%02d_%s_%s" % (minute, rid, message.replace(" ", "_").lower())


def create_date(rev):
    return "2024-10-24 14:%02d:00" % rev[5]


def py_source(rev):
    rid, downs, labels, deps, message, _ = rev
    revises = ", ".join(downs)
    def scalar(items):
        if not items:
            return "None"
        return repr(items[0]) if len(items) == 1 else repr(tuple(items))
    return (
        '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n'
        "revision = %r\ndown_revision = %s\nbranch_labels = %s\ndepends_on = %s\n\n\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    ) % (message, rid, revises, create_date(rev), rid, scalar(downs), scalar(labels), scalar(deps))


def sql_source(rev):
    rid, downs, labels, deps, message, _ = rev
    lines = ["-- revision: %s" % rid, "-- down_revision: %s" % (", ".join(downs) if downs else "none")]
    if labels:
        lines.append("-- branch_labels: %s" % ", ".join(labels))
    if deps:
        lines.append("-- depends_on: %s" % ", ".join(deps))
    lines += ["-- message: %s" % message, "-- create_date: %s" % create_date(rev), "", "-- upgrade", "",
              "-- downgrade", ""]
    return "\n".join(lines)


def main():
    for name, graph, commands in GRAPHS:
        record(os.path.join(RESOURCES, name), graph, commands)


def record(folder, graph, commands):
    scratch = tempfile.mkdtemp(prefix="alembic-golden-")
    try:
        subprocess.run([sys.executable, "-m", "alembic", "init", "alembic"], cwd=scratch, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        database = os.path.join(scratch, "golden.db")
        ini = os.path.join(scratch, "alembic.ini")
        with open(ini) as f:
            text = f.read().replace("driver://user:pass@localhost/dbname", "sqlite:///" + database)
        with open(ini, "w") as f:
            f.write(text)
        versions = os.path.join(scratch, "alembic", "versions")
        sql_folder = os.path.join(folder, "revisions")
        alembic_folder = os.path.join(folder, "alembic")
        shutil.rmtree(sql_folder, ignore_errors=True)
        shutil.rmtree(alembic_folder, ignore_errors=True)
        os.makedirs(sql_folder)
        os.makedirs(alembic_folder)
        for rev in graph:
            with open(os.path.join(versions, file_name(rev) + ".py"), "w") as f:
                f.write(py_source(rev))
            with open(os.path.join(sql_folder, file_name(rev) + ".sql"), "w") as f:
                f.write(sql_source(rev))
        with open(os.path.join(sql_folder, "index.txt"), "w") as f:
            f.write("\n".join(sorted(file_name(rev) + ".sql" for rev in graph)) + "\n")
        runner = os.path.join(scratch, "run_alembic.py")
        with open(runner, "w") as f:
            f.write(RUNNER)
        def alembic(args):
            # Alembic prints a branch point's children in the order of a set of strings: fix the
            # hash seed, so that the recorded order is stable (and, for this graph, load order).
            env = dict(os.environ, PYTHONHASHSEED="1")
            return subprocess.run([sys.executable, runner] + args, cwd=scratch, capture_output=True, text=True,
                                  env=env)
        index = []
        for name, state, command in commands:
            if state is not None:
                # One revision at a time, so that the rows come back in load order: Alembic prints
                # the current revisions in the order the database returns its rows.
                revisions = state or ["base"]
                alembic(["stamp", "--purge", revisions[0]])
                for revision in revisions[1:]:
                    alembic(["stamp", revision])
            result = alembic(command)
            output = result.stdout
            output = output.replace(versions + "/", "{revisions}/").replace(".py\n", ".sql\n")
            output = output.replace("sqlite:///" + database, "{url}")
            with open(os.path.join(alembic_folder, name + ".txt"), "w") as f:
                f.write(output)
            failed = 1 if result.returncode != 0 else 0
            index.append("%s|%s|%d|%s" % (name, "" if state is None else " ".join(state or ["base"]), failed,
                                          " ".join(command)))
            print("%-28s exit %d, %d lines" % (name, result.returncode, output.count("\n")))
        with open(os.path.join(alembic_folder, "commands.txt"), "w") as f:
            f.write("# name|database state (stamped first; empty: no database)|failed|command\n")
            f.write("\n".join(index) + "\n")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
