"""The publishing workflow: tests once per change, deployments never cut, what Pages can serve."""

import os
import subprocess
import sys

import pytest
import yaml
from helpers import REPO

WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"


@pytest.fixture(scope="module")
def workflow():
    """The workflow as GitHub reads it (PyYAML reads the key `on` as True)."""
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_a_pull_request_is_tested_once(workflow):
    """Pushes run only on main, so a branch with a pull request is not tested twice per commit."""
    triggers = workflow[True]
    assert "pull_request" in triggers
    assert triggers["push"]["branches"] == ["main"]


def test_the_publish_job_can_still_check_out_the_repository(workflow):
    """A job's permissions replace the workflow's: contents: read must be given again."""
    permissions = workflow["jobs"]["publish"]["permissions"]
    assert permissions["contents"] == "read"
    assert permissions["pages"] == "write" and permissions["id-token"] == "write"


def test_a_deployment_is_never_cancelled_halfway(workflow):
    """The deploying job queues behind the previous one instead of cancelling it."""
    job = workflow["jobs"]["publish"]
    assert job["concurrency"]["cancel-in-progress"] is False
    assert "pull_request" in workflow["concurrency"]["cancel-in-progress"]


def test_pages_gets_no_precompressed_copies(workflow):
    """GitHub Pages ignores .gz/.br files: the publish step turns them off."""
    step = next(step for step in workflow["jobs"]["publish"]["steps"] if "tasks.py publish" in step.get("run", ""))
    assert step["env"]["PRECOMPRESS"] == "false"


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("false", False)])
def test_publish_settings_add_precompress_unless_turned_off(value, expected):
    """publishconf.py keeps the gzip/brotli copies for rsync and S3 unless PRECOMPRESS=false."""
    env = {key: item for key, item in os.environ.items() if key != "PRECOMPRESS"}
    if value is not None:
        env["PRECOMPRESS"] = value
    plugins = subprocess.run(
        [sys.executable, "-c", "import publishconf; print(publishconf.PLUGINS)"],
        cwd=REPO, env=env, capture_output=True, text=True, check=True,
    ).stdout
    assert ("'precompress'" in plugins) is expected
