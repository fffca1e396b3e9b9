"""Markdown reader for announcements: pelican-yaml-metadata's, with located errors."""

import logging

from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

from . import frontmatter
from .safety import ExternalLinksExtension, body_problems
from .schema import Problem, date_problem

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
            return self._skip(source_path, error.line, error.field, error.message)
        # Pelican would stop on a date it cannot parse, without saying where.
        problem = date_problem(document.metadata["date"]) if "date" in document.metadata else None
        if problem:
            return self._skip(source_path, document.key_lines.get("date"), "date", problem)
        metadata = self._parse_yaml_metadata(document.metadata, source_path)
        metadata["frontmatter"] = frontmatter.Located(
            key_lines=document.key_lines,
            body_problems=tuple(body_problems(document.body, document.body_line)),
        )
        return self._md.reset().convert(document.body), metadata

    @staticmethod
    def _skip(source_path, line, field, message):
        """Log a located error and tell Pelican to leave the file out."""
        logger.error("%s", Problem(field, message, frontmatter.display_path(source_path), line))
        return "", {"status": "skip"}


def add_reader(readers):
    """Read .md files with AnnouncementReader."""
    for extension in AnnouncementReader.file_extensions:
        readers.reader_classes[extension] = AnnouncementReader
