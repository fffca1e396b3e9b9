"""The imported draft: what was found, and its Markdown with the schema's keys and TODO comments."""

import datetime
from dataclasses import dataclass, field

import yaml

from ..schema import FIELDS, FIELDS_BY_NAME

# The keys an imported draft fills in, in the schema's order.
KEYS = tuple(rule.name for rule in FIELDS if rule.imported)
# Notes are written only beside their number; a missing one is no TODO.
_OPTIONAL_NOTES = ("date_precision", "trainees_note", "jobs_note")
# What a number counts: asked for (TODO) only when the number was found.
_KINDS_OF = {"budget_scope": "budget", "trainees_kind": "trainees", "trainees_period": "trainees",
             "jobs_kind": "jobs"}
SUMMARY_TODO = ("TODO : résumez l'annonce en 3 à 6 phrases, dans vos propres mots (qui, quoi, où, quand, les chiffres, "
                "l'enjeu pour la région). Ne recopiez pas l'article : citez-le par son lien dans `source`.")


@dataclass
class Draft:
    """The facts read in one press article, with the sentence each one came from."""

    title: str = ""
    date: datetime.date | None = None
    date_precision: str = "day"
    regions: list = field(default_factory=list)
    city: str = ""
    programmes: list = field(default_factory=list)
    partners: list = field(default_factory=list)  # (name, known) pairs
    budget: int | None = None
    budget_scope: str = ""
    budget_items: list = field(default_factory=list)  # (amount, label) pairs
    trainees: int | None = None
    trainees_kind: str = ""
    trainees_period: str = ""
    trainees_note: str = ""
    jobs: int | None = None
    jobs_kind: str = ""
    jobs_note: str = ""
    topics: list = field(default_factory=list)
    source: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)  # key -> TODO for the editor, although a value was found
    evidence: list = field(default_factory=list)  # (key, value as text, sentence)

    def values(self):
        """The front-matter values found, by schema key."""
        region = self.regions[0] if len(self.regions) == 1 else list(self.regions)
        programme = self.programmes[0] if len(self.programmes) == 1 else list(self.programmes)
        return {
            "title": self.title,
            "date": self.date,
            "date_precision": self.date_precision if self.date_precision != "day" else None,
            "region": region,
            "city": self.city,
            "programme": programme,
            "partners": [name for name, _ in self.partners],
            "budget": self.budget,
            "budget_scope": self.budget_scope,
            "budget_items": [{"amount": amount, "label": label} for amount, label in self.budget_items],
            "trainees": self.trainees,
            "trainees_kind": self.trainees_kind,
            "trainees_period": self.trainees_period,
            "trainees_note": self.trainees_note,
            "jobs": self.jobs,
            "jobs_kind": self.jobs_kind,
            "jobs_note": self.jobs_note,
            "topics": list(self.topics),
            "source": self.source if self.source.get("name") else None,
        }


def _dump(key, value):
    text = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    return text.rstrip("\n").split("\n")


def _help(key, required=None):
    rule = FIELDS_BY_NAME[key]
    mark = "obligatoire — " if (rule.required if required is None else required) else ""
    return f"{mark}{rule.help} ({rule.kind})"


def render(draft, origin=""):
    """The Markdown of a draft: found values, a TODO comment for each missing one, the summary to write."""
    lines = ["---", f"# Brouillon importé{f' de {origin}' if origin else ''} : chaque valeur a été lue dans l'article"
             " par un programme,", "# vérifiez-la. Complétez les TODO, écrivez le résumé, lancez « invoke check »,",
             "# puis remplacez « status: draft » par « status: published » pour la publier."]
    values = draft.values()
    for key in KEYS:
        value = values[key]
        if key in draft.notes:
            lines.append(f"# TODO {key} : {draft.notes[key]}")
        if value in (None, "", []):
            if key == "source":
                lines += _source_todo(draft.source)
            elif key in _KINDS_OF:
                if values[_KINDS_OF[key]] is not None:
                    lines.append(f"# TODO {key}:  # {FIELDS_BY_NAME[key].kind} — ce que compte ce nombre, à dire : "
                                 "seul un nombre classé entre dans les totaux (voir README)")
            elif key not in _OPTIONAL_NOTES:
                lines.append(f"# TODO {key}:  # {_help(key)} — non trouvé dans l'article")
            continue
        if key == "partners":
            lines.append("partners:")
            for name, known in draft.partners:
                item = _dump("x", [name])[1]
                todo = "  # TODO : inconnu de data/partners.yaml — ajoutez-le ou retirez-le"
                lines.append(f"  {item}" + ("" if known else todo))
            continue
        lines += _dump(key, value)
    lines += ["status: draft", "---", "", SUMMARY_TODO, ""]
    return "\n".join(lines)


def _source_todo(source):
    """The source block, commented out while its publication's name is unknown."""
    lines = [f"# TODO source:  # {_help('source')} — ajoutez au moins le nom de la publication"]
    lines.append("#   name: Nom de la publication")
    lines.append(f"#   url: {source.get('url') or 'https://…'}")
    lines.append(f"#   date: {source['date'].isoformat() if source.get('date') else 'AAAA-MM-JJ'}")
    return lines
