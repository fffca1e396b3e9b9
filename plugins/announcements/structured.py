"""schema.org description of an announcement page, for search engines (JSON-LD)."""

from .formatting import iso_date


def json_ld(article, site_url, site_name):
    """A schema.org Article about the announced event, with its place, partners and source."""
    facts = article.facts
    event = {
        "@type": "Event",
        "name": article.title,
        "startDate": iso_date(article.date, facts.date_precision),
        "location": {
            "@type": "Place",
            "name": facts.city or ", ".join(region.name for region in article.regions),
            "address": {
                "@type": "PostalAddress",
                "addressRegion": ", ".join(region.name for region in article.regions),
                "addressCountry": "MA",
            },
        },
    }
    if article.partners:
        event["organizer"] = [{"@type": "Organization", "name": partner.name} for partner in article.partners]
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "inLanguage": "fr",
        "url": f"{site_url}/{article.url}",
        "publisher": {"@type": "Organization", "name": site_name},
        "about": event,
        "keywords": list(facts.topics),
    }
    if article.metadata.get("summary"):
        data["description"] = article.metadata["summary"]
    if facts.source and facts.source.url:
        data["isBasedOn"] = facts.source.url
    return data
