"""Markdown reader for announcements: pelican-yaml-metadata's, with located errors."""

import datetime
import logging
from pathlib import Path

from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

from . import frontmatter
from .contentfiles import SUFFIX, through_symlink
from .safety import body_problems, clean, text_only
from .schema import Problem, date_problem

logger = logging.getLogger(__name__)

# Given to Pelican in place of a missing or impossible date, so that the file reaches validation and
# every one of its problems is told; such a file is invalid, hence never published.
PLACEHOLDER_DATE = datetime.datetime(1970, 1, 1)


class AnnouncementReader(YAMLMetadataReader):
    """Read front matter with our YAML loader (line numbers, no duplicate keys, fast C parser)."""

    def read(self, source_path):
        """Return (HTML, metadata); a file that cannot be read is logged and skipped."""
        if through_symlink(source_path, self.settings["PATH"]):
            return self._skip(source_path, None, "fichier", "lien symbolique refusé : seuls les vrais fichiers "
                              "de content/ sont lus")
        try:
            document = frontmatter.read(source_path)
        except frontmatter.FrontMatterError as error:
            return self._skip(source_path, error.line, error.field, error.message)
        for_pelican = dict(document.metadata)
        if date_problem(for_pelican["date"]) if "date" in for_pelican else self._is_article(source_path):
            for_pelican["date"] = PLACEHOLDER_DATE
        metadata = self._parse_yaml_metadata(for_pelican, source_path)
        if "summary" in metadata:  # rendered from Markdown by pelican-yaml-metadata: kept as text only
            metadata["summary"] = text_only(str(metadata["summary"]))
        rendered = self._md.reset().convert(document.body)
        metadata["frontmatter"] = frontmatter.Located(
            key_lines=document.key_lines,
            body_problems=tuple(body_problems(document.body, document.body_line, rendered)),
            metadata=document.metadata,
        )
        # Whatever the body holds, the page and the feeds get only what the allowlist keeps.
        return clean(rendered), metadata

    def _is_article(self, source_path):
        """Whether a file lies under one of the ARTICLE_PATHS (pages need no date)."""
        content = Path(self.settings["PATH"]).resolve()
        folders = [content / folder for folder in self.settings["ARTICLE_PATHS"]]
        return any(Path(source_path).resolve().is_relative_to(folder) for folder in folders)

    @staticmethod
    def _skip(source_path, line, field, message):
        """Log a located error and tell Pelican to leave the file out."""
        logger.error("%s", Problem(field, message, frontmatter.display_path(source_path), line))
        return "", {"status": "skip"}


def add_reader(readers):
    """Read .md files with AnnouncementReader, and nothing else (the rule of contentfiles.py)."""
    for extension in list(readers.reader_classes):
        readers.reader_classes[extension] = None
    readers.reader_classes[SUFFIX.lstrip(".")] = AnnouncementReader
