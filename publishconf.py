"""Pelican settings for publishing: absolute addresses and a clean output folder."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# The public address, e.g. https://example.org or https://user.github.io/repo
SITEURL = os.environ.get("SITEURL", "https://regions-numeriques.ma").rstrip("/")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
