"""What the sample site in tests/site holds, written out by hand."""

# Expected figures, computed by hand from tests/site/content/annonces (every amount engaged for the project):
#   codelab-oujda (Oriental)             2 500 000 DH, 120 people targeted, 1 March 2023
#   data-talents (Oriental + Fès-Meknès) 13 300 000 DH (items 10 000 000 for the Oriental + 3 300 000 shared),
#                                        400 people targeted and 50 jobs promised, shared by the two regions
#   cyber-campus (Oriental)              no budget, 60 people trained
#   codelab-extension (national)         50 000 000 DH, 5 000 people targeted
#   techsud (Souss-Massa)                750 000 DH, 30 people enrolled
TITLES = {
    "techsud": "Agadir : un bootcamp de TechSud pour trente diplômés",
    "national": "CodeLab Jeunes sera étendu à tout le pays",
    "cyber": 'Atelier "Code & Sécurité" au Cyber Campus de Nador',
    "data": "Data Talents forme des techniciens de la donnée dans l'Oriental et à Fès-Meknès",
    "codelab": "Oujda : CodeLab Jeunes accueille sa première promotion",
}
NEWEST_FIRST = [TITLES[key] for key in ("techsud", "national", "cyber", "data", "codelab")]
REGION_SLUGS = [
    "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra", "beni-mellal-khenifra",
    "casablanca-settat", "marrakech-safi", "draa-tafilalet", "souss-massa", "guelmim-oued-noun",
    "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab", "national",
]
EMPTY_REGIONS = sorted(set(REGION_SLUGS) - {"oriental", "fes-meknes", "souss-massa", "national"})
