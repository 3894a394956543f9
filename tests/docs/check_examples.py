#!/usr/bin/env python3
"""Runs the examples of the user documentation and checks what they print.

Usage: check_examples.py --claudelang BINARY [--path DIR]... [--root DIR] FILE.md...

The conventions (docs/README.md repeats them for writers):

- A ```claudelang block followed by an ```output block (blank lines between are fine) is a
  program: it is written to a scratch directory as example.cl (or the name given by
  `file=NAME` in the info string) and run with `claudelang run`. Its stdout must equal the
  output block. If the output block's last line is an error line, `error[KIND]` optionally
  preceded by `FILE:LINE:COL: `, the run must fail with exit status 1 and the first line of
  stderr must show that KIND (and that position, when one is given); the message after the
  kind is not compared, a different one is reported as a note.
- A ```claudelang block whose lines carry `; => VALUE` or `; error[KIND]` comments is a list
  of expressions. Each marked line ends one piece; the piece is evaluated with
  `claudelang eval` after every earlier piece of the block that did not fail, and the last
  line eval prints (the written form of the value) must be VALUE, or eval must fail with KIND.
- A ```claudelang block with `file=NAME` and neither output nor markers is a module: it is only
  written to the scratch directory, for the programs after it to import.
- Any other ```claudelang block is an error: every example in the checked pages is run.
- Info-string options: `args="--seed 7"` adds flags to run/eval; `env="NAME=VALUE ..."` sets
  environment variables.
- A ```console block is a shell session: lines starting with `$ ` are commands, the other lines
  their combined stdout and stderr. The commands run one after another in one bash process, in
  the scratch directory, with the `--path` directories first on PATH.
- A ```c block with `from=PATH` must appear verbatim in that file (relative to --root), so the
  C shown in the embedding guide is the C that is built and tested.
- Every relative link `[text](target)` outside code blocks must name an existing file, and
  its `#anchor`, if any, a heading of that page (GitHub's rules for heading anchors).

Every page gets its own scratch directory, shared by its blocks in page order. The process
environment is kept except CLAUDELANG_PATH, which an example sets itself when it wants one.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

TIMEOUT = 20
FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*(.*)$")
ERROR_LINE = re.compile(r"^(?:(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): )?"
                        r"error\[(?P<kind>[a-z-]+)\](?::\s*(?P<message>.*))?$")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
VALUE_MARK = re.compile(r";\s*=>\s?(?P<value>.*)$")
ERROR_MARK = re.compile(r";\s*(?P<error>error\[[a-z-]+\].*)$")


def slug(heading):
    """The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


def prose_lines(path):
    """The lines of a Markdown file outside fenced code blocks, with their numbers."""
    fence = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f.read().split("\n"), 1):
            m = FENCE.match(line)
            if m and (fence is None or m.group(2).startswith(fence)):
                fence = m.group(2) if fence is None else None
            elif fence is None:
                yield number, line


def anchors(path):
    """The heading anchors of a Markdown file."""
    seen = {}
    result = set()
    for _, line in prose_lines(path):
        m = HEADING.match(line)
        if m:
            base = slug(m.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            result.add(base if count == 0 else f"{base}-{count}")
    return result


def broken_links(page):
    """Yields (line, target, reason) for each relative link that leads nowhere."""
    for number, line in prose_lines(page):
        for target in LINK.findall(re.sub(r"`[^`]*`", "", line)):
            if re.match(r"^[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            file = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
            if not os.path.exists(file):
                yield number, target, "no such file"
            elif anchor and file.endswith(".md") and anchor not in anchors(file):
                yield number, target, "no such heading"


class Block:
    """One fenced code block: its language, options, text and first line number."""

    def __init__(self, language, options, lines, line):
        self.language = language
        self.options = options
        self.lines = lines
        self.line = line

    @property
    def text(self):
        return "".join(line + "\n" for line in self.lines)


def parse_options(info):
    """Splits an info string such as `claudelang file=a.cl args="--seed 1"`."""
    words = shlex.split(info) if info else []
    language = words[0] if words else ""
    options = {}
    for word in words[1:]:
        key, _, value = word.partition("=")
        options[key] = value
    return language, options


def read_blocks(path):
    """Returns the fenced code blocks of a Markdown file, in order."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = len(m.group(1)), m.group(2), m.group(3)
        language, options = parse_options(info)
        body = []
        j = i + 1
        while j < len(lines):
            closing = lines[j].strip()
            if closing.startswith(fence[0] * len(fence)) and closing.strip(fence[0]) == "":
                break
            text = lines[j]
            body.append(text[indent:] if text[:indent].strip() == "" else text)
            j += 1
        blocks.append(Block(language, options, body, i + 1))
        i = j + 1
    return blocks


class Checker:
    """Runs the blocks of one page and collects failures."""

    def __init__(self, args, page):
        self.args = args
        self.page = page
        self.failures = 0
        self.checked = 0
        self.scratch = tempfile.mkdtemp(prefix="cl-docs-")

    def fail(self, block, message, expected=None, actual=None):
        self.failures += 1
        print(f"{self.page}:{block.line}: {message}")
        if expected is not None:
            print("  expected:\n" + indent_text(expected))
            print("  actual:\n" + indent_text(actual))

    def note(self, block, message):
        print(f"{self.page}:{block.line}: note: {message}")

    def environment(self, block):
        env = dict(os.environ)
        env.pop("CLAUDELANG_PATH", None)
        env["PATH"] = os.pathsep.join(self.args.path + [env.get("PATH", "")])
        for item in shlex.split(block.options.get("env", "")):
            key, _, value = item.partition("=")
            env[key] = value
        return env

    def execute(self, block, argv, stdin=subprocess.DEVNULL):
        try:
            return subprocess.run(argv, cwd=self.scratch, env=self.environment(block),
                                  stdin=stdin, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return None

    def flags(self, block):
        return shlex.split(block.options.get("args", ""))

    def write_file(self, name, text):
        target = os.path.join(self.scratch, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)

    def check_program(self, block, output):
        """A claudelang block and the output block after it."""
        self.checked += 1
        name = block.options.get("file", "example.cl")
        self.write_file(name, block.text)
        result = self.execute(block, [self.args.claudelang, "run"] + self.flags(block) + [name])
        if result is None:
            return self.fail(block, f"timed out after {TIMEOUT} s")
        expected = list(output.lines)
        while expected and expected[-1] == "":
            expected.pop()
        error = ERROR_LINE.match(expected[-1]) if expected else None
        if error:
            expected.pop()
        stdout = result.stdout.decode("utf-8", "replace")
        stderr = result.stderr.decode("utf-8", "replace")
        want = "".join(line + "\n" for line in expected)
        if stdout != want:
            self.fail(block, "the program printed something else", want, stdout)
        if error:
            self.check_error(block, error, result.returncode, stderr)
        elif result.returncode != 0:
            self.fail(block, f"the program failed (exit status {result.returncode})",
                      "no error", stderr)

    def check_error(self, block, error, status, stderr):
        first = stderr.split("\n", 1)[0]
        got = ERROR_LINE.match(first)
        if status != 1:
            return self.fail(block, f"expected an error (exit status 1), got status {status}",
                             error.group(0), stderr)
        if not got or got.group("file") is None:
            return self.fail(block, "the first line of stderr is not an error line "
                             "FILE:LINE:COL: error[KIND]: MESSAGE", error.group(0), first)
        for field in ("file", "line", "col", "kind"):
            if error.group(field) is not None and error.group(field) != got.group(field):
                return self.fail(block, f"the error line differs in its {field}",
                                 error.group(0), first)
        if error.group("message") and error.group("message") != got.group("message"):
            self.note(block, f"message is now: {got.group('message')}")

    def check_expressions(self, block):
        """A claudelang block with `; =>` and `; error[...]` markers."""
        pieces, current = [], []
        for line in block.lines:
            current.append(line)
            value, error = VALUE_MARK.search(line), ERROR_MARK.search(line)
            if value or error:
                pieces.append(("".join(l + "\n" for l in current), value, error))
                current = []
        if any(l.strip() and not l.strip().startswith(";") for l in current):
            self.fail(block, "code after the last `; =>` marker is never checked")
        program = ""
        for source, value, error in pieces:
            self.checked += 1
            result = self.execute(block, [self.args.claudelang, "eval"] + self.flags(block)
                                  + ["--", program + source])
            if result is None:
                self.fail(block, f"timed out after {TIMEOUT} s: {source.strip()}")
                continue
            stdout = result.stdout.decode("utf-8", "replace")
            stderr = result.stderr.decode("utf-8", "replace")
            if error:
                expected = ERROR_LINE.match(error.group("error").strip())
                if not expected:
                    self.fail(block, "the marker is not an error line error[KIND]: MESSAGE: "
                              + error.group("error"))
                    continue
                self.check_error(block, expected, result.returncode, stderr)
                continue
            if result.returncode != 0:
                self.fail(block, f"evaluating {source.strip()!r} failed", value.group("value"),
                          stderr)
                continue
            last = stdout.rstrip("\n").split("\n")[-1]
            if last != value.group("value").strip():
                self.fail(block, f"wrong value of {source.strip()!r}",
                          value.group("value").strip(), last)
            program += source

    def check_console(self, block):
        """A shell session: `$ command` lines and their output."""
        self.checked += 1
        commands, expected = [], []
        for line in block.lines:
            if line.startswith("$ "):
                commands.append(line[2:])
            else:
                expected.append(line)
        while expected and expected[-1] == "":
            expected.pop()
        script = "exec 2>&1\n" + "\n".join(commands) + "\n"
        result = self.execute(block, ["bash", "-c", script])
        if result is None:
            return self.fail(block, f"timed out after {TIMEOUT} s")
        got = result.stdout.decode("utf-8", "replace").rstrip("\n")
        want = "\n".join(expected)
        if got != want:
            self.fail(block, "the session printed something else", want, got)

    def check_excerpt(self, block):
        """A C block that must be a verbatim part of a file of the tree."""
        self.checked += 1
        path = os.path.join(self.args.root, block.options["from"])
        try:
            with open(path, encoding="utf-8") as f:
                whole = f.read()
        except OSError as e:
            return self.fail(block, f"cannot read {path}: {e}")
        if block.text not in whole:
            self.fail(block, f"this code is not a verbatim part of {block.options['from']}")

    def check_links(self):
        for number, target, reason in broken_links(self.page):
            self.failures += 1
            print(f"{self.page}:{number}: broken link {target}: {reason}")

    def run(self):
        self.check_links()
        blocks = read_blocks(self.page)
        i = 0
        while i < len(blocks):
            block = blocks[i]
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if block.language == "claudelang":
                if following and following.language == "output":
                    self.check_program(block, following)
                    i += 1
                elif any(VALUE_MARK.search(l) or ERROR_MARK.search(l) for l in block.lines):
                    self.check_expressions(block)
                elif "file" in block.options:
                    self.write_file(block.options["file"], block.text)
                else:
                    self.fail(block, "a claudelang block that is neither run nor checked")
            elif block.language == "output":
                self.fail(block, "an output block without a claudelang block before it")
            elif block.language == "console":
                self.check_console(block)
            elif "from" in block.options:
                self.check_excerpt(block)
            i += 1
        return self.failures


def indent_text(text):
    return "\n".join("    | " + line for line in text.rstrip("\n").split("\n"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claudelang", required=True, help="the claudelang binary")
    parser.add_argument("--path", action="append", default=[],
                        help="a directory to put first on PATH for console blocks")
    parser.add_argument("--root", default=".", help="the source tree, for from= excerpts")
    parser.add_argument("pages", nargs="+", help="Markdown files")
    args = parser.parse_args()
    args.claudelang = os.path.abspath(args.claudelang)
    args.path = [os.path.abspath(p) for p in args.path]
    args.path.insert(0, os.path.dirname(args.claudelang))
    failures = checked = 0
    for page in args.pages:
        checker = Checker(args, page)
        failures += checker.run()
        checked += checker.checked
        subprocess.run(["rm", "-rf", checker.scratch])
    print(f"{checked} examples checked, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
