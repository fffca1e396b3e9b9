"""`invoke serve`'s next build, started ahead of time: a Pelican process with its modules imported, waiting.

Run as a script, it imports what every build imports (Pelican, its readers, generators and writers,
Jinja, Markdown, Babel, this plugin), then reads one line from standard input: the JSON list of the
arguments of `python -m pelican`. It then runs Pelican's command line exactly as `python -m pelican`
does, and exits with its status; at the end of input without a line, it exits 0 and builds nothing.
The editor's save no longer waits for these imports, some 0.2 to 0.3 s of every rebuild.

What it imported is only as fresh as the files were when it started: `Warm.build` uses it only when
nothing but announcements changed since then, and runs a fresh process otherwise.
"""

import json
import os
import runpy
import signal
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve()
PLUGINS = SCRIPT.parent.parent


def said(status):
    """A Pelican run's exit status, told in French when a signal killed it (e.g. SIGXFSZ: a file size limit)."""
    if status < 0:
        print(f"Pelican arrêté par le signal {signal.Signals(-status).name}.", file=sys.stderr, flush=True)
    return status


def cold(python, args, cwd):
    """`python -m pelican ARGS` in a new process that dies with this one; return its exit status."""
    from .lifecycle import die_with_parent

    command = [str(python), "-m", "pelican", *args]
    return said(subprocess.run(command, cwd=cwd, preexec_fn=die_with_parent).returncode)  # noqa: PLW1509


class Warm:
    """One Pelican process started ahead of time for one part of the site; None until started."""

    def __init__(self, python, cwd):
        self.python, self.cwd, self.process = python, cwd, None

    def start(self):
        """Start the waiting process (any previous one discarded); it dies with this one."""
        from .lifecycle import die_with_parent

        self.discard()
        self.process = subprocess.Popen([str(self.python), str(SCRIPT)], stdin=subprocess.PIPE, cwd=self.cwd,
                                        preexec_fn=die_with_parent)  # noqa: PLW1509
        return self.process

    def run(self, args):
        """Give the waiting process Pelican's arguments; return its exit status once it has built."""
        process, self.process = self.process, None
        try:
            process.stdin.write((json.dumps([str(arg) for arg in args]) + "\n").encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:  # it died while waiting: its status says how
            pass
        return said(process.wait())

    def discard(self):
        """Stop the waiting process, if any."""
        process, self.process = self.process, None
        if process is not None:
            process.kill()
            process.wait()
            if process.stdin:
                process.stdin.close()

    def build(self, args, early):
        """Run Pelican with args, then start the process for the next build; return the exit status.

        early (live.Early) is given only when nothing but content/ changed since the last build read
        its sources, before this process was started: what it imported still holds, so it builds.
        Otherwise code, templates, vocabularies or settings may have changed since it imported them:
        a fresh process builds, as `invoke build` would.
        """
        if early is not None and self.process is not None:
            status = self.run(args)
        else:
            self.discard()
            status = cold(self.python, args, self.cwd)
        self.start()
        return status


def main():
    """Import what a build needs, then build with the arguments read from standard input."""
    # As `python -m pelican`, the current folder first; the plugins, which Pelican would add, next.
    sys.path[0] = os.getcwd()
    sys.path.insert(1, str(PLUGINS))
    import pelican  # noqa: F401
    import pelican.generators  # noqa: F401
    import pelican.readers  # noqa: F401
    import pelican.writers  # noqa: F401

    import announcements.plugin  # noqa: F401

    line = sys.stdin.readline()
    if not line:
        return
    sys.argv = ["pelican", *json.loads(line)]
    runpy.run_module("pelican", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
