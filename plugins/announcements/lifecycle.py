"""Runs that are killed leave nothing behind: children die with their parent, leftovers are cleared.

A build may be stopped at any instant (Ctrl+C, a CI job cancelled, `kill -9`). Its child processes
(Pelican, Pagefind) are asked to die with it, and each scratch folder carries the number of the
process that made it, so that the next run removes those whose owner is gone, and only those.
"""

import contextlib
import ctypes
import errno
import os
import shutil
import signal
import sys
from pathlib import Path

_PR_SET_PDEATHSIG = 1
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # no C library to call: the fallbacks below apply
        return None


def die_with_parent():
    """For subprocess's preexec_fn: the child is killed when its parent dies (Linux; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def scratch_prefix(prefix):
    """A scratch folder's name start that says which process owns it: « .output-1234- »."""
    return f"{prefix}{os.getpid()}-"


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to clean
        return True
    return True


def clear_leftovers(folder, prefix):
    """Remove folder/prefix<pid>-… entries whose process is gone; return their names."""
    removed = []
    for path in Path(folder).glob(f"{prefix}*"):
        owner = path.name[len(prefix):].split("-", 1)[0]
        if owner.isdigit() and not _alive(int(owner)):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            removed.append(path.name)
    return removed


def exchange(one, other):
    """Swap two paths in one step (Linux renameat2): at every instant each name exists.

    Raises OSError(ENOSYS) where the system cannot: the caller then renames twice.
    """
    libc = _libc()
    renameat2 = getattr(libc, "renameat2", None) if libc is not None else None
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 indisponible")
    if renameat2(_AT_FDCWD, os.fsencode(one), _AT_FDCWD, os.fsencode(other), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def umask():
    """The process's file-mode mask (os.umask can only be read by setting it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
