"""Pelican settings for publishing: absolute addresses, precompressed files, a clean output folder."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403
from pelicanconf import PLUGINS  # noqa: E402

# The public address, e.g. https://example.org or https://user.github.io/repo
SITEURL = os.environ.get("SITEURL", "https://regions-numeriques.ma").rstrip("/")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True

# gzip and brotli copies beside each text file, for servers that send them as they are
# (nginx gzip_static / brotli_static, rsync or S3 recipes): less work and smaller answers.
# GitHub Pages compresses by itself and ignores such copies: PRECOMPRESS=false leaves them out.
if os.environ.get("PRECOMPRESS", "true").lower() != "false":
    PLUGINS = [*PLUGINS, "precompress"]
PRECOMPRESS_GZIP = True
PRECOMPRESS_BROTLI = True
PRECOMPRESS_ZOPFLI = False
PRECOMPRESS_ZSTANDARD = False
