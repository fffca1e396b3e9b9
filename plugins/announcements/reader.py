"""Markdown reader for announcements: pelican-yaml-metadata's, with located errors."""

import logging

from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

from . import frontmatter
from .safety import ExternalLinksExtension, body_problems

logger = logging.getLogger(__name__)


class AnnouncementReader(YAMLMetadataReader):
    """Read front matter with our YAML loader (line numbers, no duplicate keys, fast C parser)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._md.registerExtensions([ExternalLinksExtension()], {})

    def read(self, source_path):
        """Return (HTML, metadata); a file that cannot be read is logged and skipped."""
        try:
            document = frontmatter.read(source_path)
        except frontmatter.FrontMatterError as error:
            path = frontmatter.display_path(source_path)
            where = f"{path}:{error.line}" if error.line else path
            logger.error("%s: %s: %s", where, error.field, error.message)
            return "", {"status": "skip"}
        metadata = self._parse_yaml_metadata(document.metadata, source_path)
        metadata["frontmatter"] = frontmatter.Located(
            key_lines=document.key_lines,
            body_problems=tuple(body_problems(document.body, document.body_line)),
        )
        return self._md.reset().convert(document.body), metadata


def add_reader(readers):
    """Read .md files with AnnouncementReader."""
    for extension in AnnouncementReader.file_extensions:
        readers.reader_classes[extension] = AnnouncementReader
