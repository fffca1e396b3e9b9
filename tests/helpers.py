"""Small readers for the generated HTML: a minimal element tree, data values, links."""

from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    """One HTML element with its attributes, children and text."""

    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []

    def iter(self, tag=None, **attrs):
        """Every element below this one (itself included) with that tag and attributes."""
        if (tag is None or self.tag == tag) and all(self.attrs.get(k.rstrip("_")) == v for k, v in attrs.items()):
            yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter(tag, **attrs)

    def find(self, tag=None, **attrs):
        """The first matching element, or None."""
        return next(self.iter(tag, **attrs), None)

    def all(self, tag=None, **attrs):
        """Every matching element, as a list."""
        return list(self.iter(tag, **attrs))

    @property
    def text(self):
        """The text of the element, whitespace collapsed."""
        parts = []

        def walk(node):
            for child in node.children:
                parts.append(child) if isinstance(child, str) else walk(child)

        walk(self)
        return " ".join("".join(parts).split())

    @property
    def classes(self):
        """The element's class names."""
        return (self.attrs.get("class") or "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#document", {})

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(text):
    """Parse an HTML text into an Element tree."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def output_file(output, url):
    """The file a site URL such as '/regions/oriental/' is served from."""
    path = url.split("#")[0].split("?")[0].lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return Path(output) / path


def page(output, url):
    """The parsed page served at a site URL."""
    return parse_html(output_file(output, url).read_text(encoding="utf-8"))


def data_value(element):
    """The integer of the first <data value> inside an element, or None."""
    found = element.find("data")
    return int(found.attrs["value"]) if found is not None else None


def _own_part(element):
    """An element's text and first <data> value, leaving out what it says is shared (small.app-*__shared)."""
    parts, values = [], []

    def walk(node):
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif not any(name.endswith("__shared") for name in child.classes):
                if child.tag == "data":
                    values.append(int(child.attrs["value"]))
                walk(child)

    walk(element)
    return " ".join("".join(parts).split()), (values[0] if values else None)


def totals(root):
    """The figures of the first totals box of a page: label -> number, or text when not a number.

    A figure shared with other facets, told beside the sum, is not the sum: it is left out.
    """
    box = next(dl for dl in root.iter("dl") if "app-totals" in dl.classes)
    figures = {}
    for item in box.iter("div"):
        text, number = _own_part(item.find("dd"))
        figures[item.find("dt").text] = number if number is not None else text
    return figures


def shared_totals(root):
    """What the first totals box tells as shared with other facets: label -> number."""
    box = next(dl for dl in root.iter("dl") if "app-totals" in dl.classes)
    found = {}
    for item in box.iter("div"):
        shared = next((small for small in item.iter("small") if "app-totals__shared" in small.classes), None)
        if shared is not None:
            found[item.find("dt").text] = data_value(shared)
    return found


def listed(root):
    """The items of the first list of figures that a totals box shows but does not add."""
    box = next(details for details in root.iter("details") if "app-listed" in details.classes)
    return box.all("li")


def sum_cell(cell):
    """A table cell of a sum: (own value, shared value), each an integer or None."""
    shared = next((small for small in cell.iter("small") if "app-table__shared" in small.classes), None)
    own = next((data for data in cell.iter("data") if shared is None or data not in shared.all("data")), None)
    return (int(own.attrs["value"]) if own is not None else None, data_value(shared) if shared is not None else None)


def row_figures(cells):
    """A facet table row: count text, then (own, shared) of each sum, with the regions' rate as text."""
    count, budget, reached, *rest = cells
    figures = [count.text, sum_cell(budget), sum_cell(reached)]
    if len(rest) == 3:  # the regions table: rate per 100 000, targets, latest
        figures += [rest[0].text, sum_cell(rest[1])]
    else:  # programmes and partners: targets, latest
        figures += [sum_cell(rest[0])]
    return tuple(figures)


def _in_details(element):
    while element is not None:
        if element.tag == "details":
            return True
        element = element.parent
    return False


def table_rows(root):
    """Body rows of the page's first table (not a chart's figures under <details>): row header -> cells."""
    table = next(table for table in root.iter("table") if not _in_details(table))
    body = table.find("tbody")
    return {row.find("th").text: row.all("td") for row in body.iter("tr")}


def facts(root):
    """The announcement facts box: label -> the <dd> element."""
    box = next(section for section in root.iter("section") if "app-facts" in section.classes)
    return {item.find("dt").text: item.find("dd") for item in box.find("dl").children if getattr(item, "tag", "") == "div"}


def list_titles(root):
    """Titles of the announcement cards of a page, in order."""
    return [heading.text for heading in root.iter() if "app-card__title" in heading.classes]


def plain(text):
    """Text with Babel's narrow and ordinary no-break spaces made ordinary spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def html_files(output):
    """Every generated HTML file, as paths relative to the output folder."""
    return sorted(path.relative_to(output) for path in Path(output).rglob("*.html"))
