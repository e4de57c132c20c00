"""A Scrapy item pipeline that cleans text fields of scraped items.

Enable it in the project's settings::

    ITEM_PIPELINES = {"cleaner.contrib.scrapy.CleanerPipeline": 300}
    CLEANER_FIELDS = ["text"]              # the item fields to clean
    CLEANER_CONFIG = "pyproject.toml"      # optional: a cleaner.toml or pyproject.toml
    CLEANER_SELECT = ["LM", "TK"]          # optional: only these rules (codes or prefixes)
    CLEANER_IGNORE = []                    # optional: rules to skip
    CLEANER_CHANGES_FIELD = "cleaner_changes"  # item field for the change records; "" for none
    CLEANER_LOG = "changes.jsonl"          # optional: also write the change log beside the feed

The change records are those of the command's log (``cleaner.changelog``),
with ``file`` set to ``URL#field`` when the item has a ``url`` field.  Needs
``pip install 'cleaner[scrapy]'``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter

from cleaner.changelog import write_records
from cleaner.config import Config
from cleaner.pipeline import Pipeline


class CleanerPipeline:
    """Clean the configured text fields of every item, and record the changes."""

    def __init__(
        self,
        pipeline: Pipeline,
        fields: list[str],
        changes_field: str = "cleaner_changes",
        log_path: str | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.fields = fields
        self.changes_field = changes_field
        self.log_path = Path(log_path) if log_path else None
        self._log: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "CleanerPipeline":
        """Build the pipeline from the crawler's ``CLEANER_*`` settings."""
        settings = crawler.settings
        config_path = settings.get("CLEANER_CONFIG")
        config = Config.load(Path(config_path)) if config_path else Config.defaults()
        pipeline = Pipeline(
            config,
            select=settings.getlist("CLEANER_SELECT") or None,
            ignore=settings.getlist("CLEANER_IGNORE") or None,
        )
        return cls(
            pipeline,
            fields=settings.getlist("CLEANER_FIELDS") or ["text"],
            changes_field=settings.get("CLEANER_CHANGES_FIELD", "cleaner_changes"),
            log_path=settings.get("CLEANER_LOG"),
        )

    def open_spider(self, spider: Any = None) -> None:
        """Open the change log, when one is configured."""
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("w", encoding="utf-8")

    def close_spider(self, spider: Any = None) -> None:
        """Close the change log."""
        if self._log:
            self._log.close()
            self._log = None

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean the item's text fields in place and attach their changes."""
        adapter = ItemAdapter(item)
        origin = adapter.get("url") or ""
        records: list[dict[str, Any]] = []
        for field in self.fields:
            value = adapter.get(field)
            if not isinstance(value, str):
                continue
            name = f"{origin}#{field}" if origin else field
            cleaned = self.pipeline.clean(value, source=name)
            adapter[field] = cleaned.text
            records += ({"type": "change", "file": name, "field": field, **c.to_dict()} for c in cleaned.changes)
            records += ({"type": "flag", "file": name, "field": field, **f.to_dict()} for f in cleaned.flags)
        if self.changes_field:
            adapter[self.changes_field] = records
        if self._log:
            write_records(self._log, records)
        return item
