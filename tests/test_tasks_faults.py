"""Faults leave a clean state: a killed build leaves no process or folder behind, output/ never vanishes."""

import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from project_copy import copy_project, invoke

KEPT = 6  # announcements kept in the copy: enough for every page type, quick to build


@pytest.fixture
def project(tmp_path):
    """A copy of the project with a few announcements."""
    root = tmp_path / "projet"
    root.mkdir()
    copy_project(root)
    for path in sorted((root / "content" / "annonces").rglob("*.md"))[KEPT:]:
        path.unlink()
    return root


def _processes_under(folder):
    """Processes whose command line names the folder (Pelican, Pagefind started for it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:
                continue
            if str(folder) in command:
                found.append((entry.name, command[:120]))
    return found


def _wait(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="children die with their parent on Linux")
def test_a_killed_build_leaves_no_process_and_the_next_build_clears_its_folder(project):
    """kill -9 in the middle of `invoke build`: Pelican dies too; the next build removes the half-built folder."""
    build = subprocess.Popen([sys.executable, "-m", "invoke", "build"], cwd=project,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _wait(lambda: any(project.glob(".output-*")) and _processes_under(project / "content"), 60)
    time.sleep(0.3)
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert _wait(lambda: not _processes_under(project / "content"), 10), _processes_under(project / "content")
    assert list(project.glob(".output-*"))  # the killed run's folder is still there...
    again = invoke(project, "build")
    assert again.returncode == 0, again.stdout + again.stderr
    assert list(project.glob(".output-*")) == []  # ...and the next run cleared it
    assert (project / "output" / "index.html").is_file()


def test_output_lost_between_two_renames_is_put_back(project):
    """A run killed after moving output/ aside: the next build, even a failing one, puts it back first."""
    assert invoke(project, "build").returncode == 0
    (project / "output").rename(project / ".output-old-999999999")
    broken = project / "content" / "annonces" / "2099" / "2099-01-01-casse.md"
    broken.parent.mkdir(parents=True)
    broken.write_text("---\ntitle: Cassé\n---\n", encoding="utf-8")
    result = invoke(project, "build")
    assert result.returncode != 0
    assert (project / "output" / "index.html").is_file()
    assert not (project / ".output-old-999999999").exists()


def test_a_linked_output_keeps_its_link_and_gets_the_site(project, tmp_path):
    """output/ as a link to a web root: the link stays, the web root receives the site."""
    web_root = tmp_path / "www"
    web_root.mkdir()
    (web_root / "ancien.html").write_text("ancien", encoding="utf-8")
    (project / "output").symlink_to(web_root, target_is_directory=True)
    result = invoke(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "output").is_symlink()
    assert (web_root / "index.html").is_file() and not (web_root / "ancien.html").exists()


def test_the_built_site_can_be_read_by_a_web_server(project):
    """output/ and its folders are readable and searchable by others (not mkdtemp's 0700)."""
    result = invoke(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    for folder in (project / "output", project / "output" / "regions"):
        mode = stat.S_IMODE(folder.stat().st_mode)
        assert mode & 0o055 == 0o055, oct(mode)


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_file_size_limit_fails_the_build_and_keeps_the_site(project):
    """With `ulimit -f` too small for the site, the build fails with a French line; output/ is untouched."""
    assert invoke(project, "build").returncode == 0
    before = {path: path.read_bytes() for path in (project / "output").rglob("*") if path.is_file()}
    result = subprocess.run([sys.executable, "-m", "invoke", "build"], cwd=project, capture_output=True, text=True,
                            timeout=180, preexec_fn=_limit_file_size)
    assert result.returncode != 0
    assert "Construction échouée" in result.stderr + result.stdout
    after = {path: path.read_bytes() for path in (project / "output").rglob("*") if path.is_file()}
    assert after == before
    shutil.rmtree(project / "output")
