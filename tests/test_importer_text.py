"""Importer: HTML to text, headline, boilerplate and repeats, sentences, numbers as the press writes them."""

import datetime

import pytest

from announcements.importer import dates, numbers, text
from announcements.importer.extract import extract


def test_headline_skips_section_and_podcast_lines():
    """The headline is the first line that reads like one, not the site's section line."""
    article = text.parse("Régions | Oriental\nA lire ou à écouter en podcast :\nNador ouvre une école de code pour 80 jeunes\n\nCorps.")
    assert article.headline == "Nador ouvre une école de code pour 80 jeunes"
    assert "Régions | Oriental" in article.header_lines


def test_headline_skips_glued_section_names_and_strips_a_date_stamp():
    """« Agadir aujourd'huiRégion aujourd'hui » is a section line; « date 2022-06 » is no part of a title."""
    assert text.parse("Souss infoRégion info\n\nUne école ouvre ses portes à Agadir\n\nCorps.").headline == (
        "Une école ouvre ses portes à Agadir")
    assert text.parse(" date 2022-06 Le conseil signe une convention\n\nCorps.").headline == (
        "Le conseil signe une convention")


def test_date_and_byline_lines_go_to_the_header():
    """Lines between the headline and the body that carry a date or a byline are header lines."""
    article = text.parse("Un titre assez long pour en être un\n\nMardi 9 avril 2024 - 10:05\nPar notre correspondant\n\nLe corps.")
    assert article.header_lines == ["Mardi 9 avril 2024 - 10:05", "Par notre correspondant"]
    assert article.paragraphs == ["Le corps."]


def test_lire_aussi_lines_and_comment_forms_are_dropped():
    """« Lire aussi » lines are other stories; what follows « Laisser un commentaire » is the site's."""
    article = text.parse(
        "Un titre assez long pour en être un\n\nPremier paragraphe.\n\nLire aussi : Berkane : 40 MDH pour un marché\n\n"
        "Second paragraphe.\n\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\nUn autre texte."
    )
    assert article.paragraphs == ["Premier paragraphe.", "Second paragraphe."]


def test_a_rubric_in_capitals_over_a_headline_closing_on_a_quotation_is_the_headline():
    """« ÉCO RÉGION — Safi mise sur la donnée avec « Sqala Data » » over the broadcast line: the headline, not a
    round-up's first item."""
    article = text.parse("ÉCO RÉGION — Safi mise sur la donnée avec « Sqala Data »\nAtlantique TV Région — magazine, "
                         "diffusé le mercredi 22 janvier 2025\nPrésentatrice : Hind Zerouali.\n\nJeudi dernier, la "
                         "convention a été signée à Safi.\n")
    assert article.headline == "ÉCO RÉGION — Safi mise sur la donnée avec « Sqala Data »"


def test_a_teaser_for_the_next_issue_is_dropped():
    """« À suivre : notre dossier sur les filières de l'Université X, dans notre prochain numéro »: another story."""
    article = text.parse("Un titre assez long pour en être un\n\nPremier paragraphe.\n\nÀ suivre : notre dossier sur "
                         "les filières de l'Université Ibn Zohr, dans notre prochain numéro.")
    assert article.paragraphs == ["Premier paragraphe."]


def test_a_paragraph_printed_twice_is_kept_once():
    """Some sites print a paragraph twice: the copy is dropped."""
    article = text.parse("Un titre assez long pour en être un\n\nA. Un.\n\nB, deux.\n\nA. Un.\n\nC.")
    assert article.paragraphs == ["A. Un.", "B, deux.", "C."]


def test_html_keeps_the_article_and_drops_navigation_asides_comments_and_footer():
    """Only the article's own text is read; the h1 is the headline, metadata give the date and site."""
    page = """<html><head><title>Un titre de page assez long - Le Journal</title>
    <meta property="article:published_time" content="2024-11-22T09:00:00+01:00"></head>
    <body><nav><a>Accueil</a> <a>Économie</a></nav><div class="rubrique">Emploi</div>
    <h1>Un titre de page assez long</h1><p>Le corps de l'article.</p>
    <aside class="related"><p>Lire aussi : autre chose</p></aside>
    <div class="share">Partager</div><section id="comments"><p>Bravo !</p></section>
    <footer>Tél. 05 22 00 00 00</footer></body></html>"""
    article = text.parse(page)
    assert article.headline == "Un titre de page assez long"
    assert article.paragraphs == ["Le corps de l'article."]
    assert article.meta_date.startswith("2024-11-22")
    assert article.site_name == "Le Journal"
    assert article.header_lines == ["Emploi"]


def test_sentences_keep_abbreviations_and_number_the_paragraphs():
    """« M. Bioui » does not end a sentence; the headline is paragraph 0, the lead paragraph 1."""
    article = text.parse("Un titre assez long pour en être un\n\nM. Bioui a parlé. La ministre aussi.\n\nFin.")
    assert [(s.text, s.paragraph) for s in article.sentences] == [
        ("Un titre assez long pour en être un", 0), ("M. Bioui a parlé.", 1), ("La ministre aussi.", 1), ("Fin.", 2)]


@pytest.mark.parametrize(
    "written, value",
    [("9.740.000", 9740000), ("13, 3", 13.3), ("5,3", 5.3), ("2 000", 2000), ("1\u202f200", 1200), ("2000", 2000)],
)
def test_numbers_as_the_press_writes_them(written, value):
    """Thousands with dots or spaces, decimal commas, even « 13, 3 »."""
    assert numbers.to_number(written) == value


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("deux milliers de lauréats", "2000 de lauréats"),
        ("cent jeunes", "100 jeunes"),
        ("deux cents stagiaires", "200 stagiaires"),
        ("un milliard de dirhams", "1000000000 de dirhams"),
        ("13, 3 millions de dhs", "13, 3 millions de dhs"),
        ("une soixantaine de jeunes", "environ 60 de jeunes"),
        ("entre deux cents et trois cents jeunes", "entre 200 et 300 jeunes"),
        ("vingt et un jeunes et trente et une filles", "21 jeunes et 31 filles"),
        ("Et deux cents autres", "Et 200 autres"),
    ],
)
def test_number_words_become_digits(sentence, expected):
    """text2num writes French number words in digits; « milliers » and « -aines » are counted too."""
    assert numbers.digits(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "des milliards de dirhams qui l'accompagnent",
    "plusieurs millions de dirhams",
    "des dizaines de millions de dirhams",
    "des promotions de quelques dizaines de personnes",
    "quelques centaines de jeunes",
])
def test_a_quantity_with_no_count_is_no_figure(sentence):
    """« des milliards de dirhams », « quelques dizaines de personnes »: no one could quote a figure; none is read."""
    assert numbers.numbers(numbers.digits(sentence)) == []


def test_phone_numbers_are_not_numbers():
    """« 05 36 50 12 34 » and « +212 5 22 00 00 00 » are blanked before numbers are read."""
    assert numbers.numbers(numbers.digits("Appelez le 05 36 50 12 34 ou le +212 5 22 00 00 00.")) == []


def test_a_link_to_another_story_inside_a_paragraph_is_dropped():
    """« (lire aussi : « Nador : 200 MDH pour le port ») » inside a sentence is another story's headline."""
    article = text.parse("Un titre assez long pour en être un\n\nL'académie, d'un coût de 11 MDH (lire aussi : « Nador : "
                         "200 MDH pour le port »), a été équipée.")
    assert article.paragraphs == ["L'académie, d'un coût de 11 MDH, a été équipée."]


def test_a_date_under_the_text_goes_to_the_header():
    """« Publié le 23/10/2024 » or a lone date at the foot of the page is the page's date, not body text."""
    article = text.parse("Un titre assez long pour en être un\n\nLe corps.\n\nSamedi 5 avril 2025\n\nPublié le 23/10/2024")
    assert article.paragraphs == ["Le corps."]
    assert article.header_lines == ["Samedi 5 avril 2025", "Publié le 23/10/2024"]


def test_a_dispatch_without_headline_starts_with_its_lead():
    """« Béni Mellal, 7 mars 2025 (MAP) – ... » first is the lead, with its dateline, not a headline."""
    article = text.parse("Béni Mellal, 7 mars 2025 (MAP) – Une convention a été signée ce jeudi.\n\nSuite.")
    assert article.headline == ""
    assert text.dateline(article.sentences[0]).group("place") == "Béni Mellal"


def test_a_long_byline_and_a_share_bar_above_the_body_are_header_lines():
    """« Par X | Publié le ... » and « Partager : Facebook | X » above the text do not end the article."""
    article = text.parse(
        "Un titre assez long pour en être un\n\nPar Salma Idrissi | Publié le 02/05/2024 à 09h10 | Mis à jour le "
        "02/05/2024\nPartager : Facebook | X | WhatsApp\n\nLa commune a ouvert jeudi un espace de formation au code.\n\n"
        "Partager : Facebook | X\n\nUn commentaire de lecteur."
    )
    assert article.paragraphs == ["La commune a ouvert jeudi un espace de formation au code."]
    assert "Par Salma Idrissi | Publié le 02/05/2024 à 09h10 | Mis à jour le 02/05/2024" in article.header_lines


def test_the_headline_is_the_line_above_the_byline_not_the_masthead():
    """A scraped page opens on its masthead and menus: the headline stands above « Publié le »."""
    article = text.parse(
        "Le Courrier de l'Est - Le quotidien de Nador et sa région\nAccueil | Nador | Berkane | Sport\n"
        "S'abonner à la newsletter\n\nSociété\n\nSelouane : première pierre d'un centre de formation au numérique\n\n"
        "Publié le 21/02/2023 à 09:30\n\nLa première pierre d'un centre a été posée hier à Selouane."
    )
    assert article.headline == "Selouane : première pierre d'un centre de formation au numérique"
    assert article.paragraphs == ["La première pierre d'un centre a été posée hier à Selouane."]


def test_a_paper_and_its_section_above_the_date_is_no_headline():
    """« Tiznit Hebdo — Province », then the date, the headline, « De notre correspondant à X, Nom », the lead."""
    article = text.parse(
        "Tiznit Hebdo — Province\nÉdition du jeudi 2 octobre 2025\n\nTafraout aura son école du numérique\n\n"
        "De notre correspondant à Tafraout, Ali Amrani\n\nLa convention a été signée en septembre."
    )
    assert article.headline == "Tafraout aura son école du numérique"
    assert article.paragraphs == ["La convention a été signée en septembre."]


def test_an_editor_s_note_in_brackets_is_no_headline():
    """« [Communiqué de l'association X, reproduit tel quel] » tells what follows: the headline is below it."""
    article = text.parse(
        "Zagora Infos — Vie associative\nPublié le 10 novembre 2025\n\n[Communiqué de l'association Ajial, "
        "reproduit tel qu'il a été publié]\n\nC'EST PARTI POUR LA DEUXIÈME ÉDITION !\n\nChers amis,\n"
        "L'association lance ce samedi la deuxième édition de son programme."
    )
    assert article.headline == "C'EST PARTI POUR LA DEUXIÈME ÉDITION !"


def test_a_round_up_under_a_paper_and_its_section_has_no_headline():
    """« Chaouia Hebdo — Notre tour de la région » then « SETTAT. … »: the items start, none is the headline."""
    article = text.parse(
        "Chaouia Hebdo — Notre tour de la région\nÉdition du lundi 19 janvier 2026\n\n"
        "SETTAT. Le conseil provincial a adopté son budget.\n\nBERRECHID. Un bootcamp ouvre ses portes."
    )
    assert article.headline == ""
    assert article.paragraphs[0].startswith("SETTAT.")


def test_the_list_under_a_lire_aussi_heading_is_dropped():
    """« Lire aussi : » alone on its line heads a list of other stories' headlines, with their figures."""
    article = text.parse(
        "Un titre assez long pour en être un\n\nLe centre ouvrira en mai.\n\nLire aussi :\n"
        "- Dakhla : 40 MDH pour le port\n- Aquaculture : 560 emplois attendus\n\nLa formation durera six mois."
    )
    assert article.paragraphs == ["Le centre ouvrira en mai.", "La formation durera six mois."]


def test_a_press_release_s_boilerplate_is_dropped_and_its_stamp_kept():
    """« À propos de X » closing a press release heads the issuer's boilerplate, with other figures; a stamp
    under its contacts is still the page's date."""
    article = text.parse(
        "Un titre assez long pour en être un\n\nLe centre ouvrira en mai.\n\nÀ propos de l'Association Atlas\n"
        "Fondée en 2016, elle a accompagné 600 jeunes.\n\nContact presse : Bureau de Tétouan.\n\nMAP 12/03/2025 16:47\n"
    )
    assert article.paragraphs == ["Le centre ouvrira en mai."]
    assert "MAP 12/03/2025 16:47" in article.header_lines


def test_the_headline_is_the_line_above_the_lead_not_a_masthead_tagline():
    """Without a byline, the headline stands right above the first paragraph of the story."""
    article = text.parse(
        "Le Courrier de l'Est\nLe quotidien des régions du Maroc\nAccueil | Régions | Sport\n\nRégions\n\n"
        "Errachidia : une convention pour un parc d'offshoring\n\n"
        "Errachidia, 18 avril 2023 (MAP) - Une convention a été signée vendredi."
    )
    assert article.headline == "Errachidia : une convention pour un parc d'offshoring"


def test_an_html_byline_and_its_date_stay_above_the_story():
    """« Par X, correspondante à Agadir · Le 05/06/2024 » is the byline, not the lead."""
    article = text.parse(
        '<html><body><article><h1>Agadir : un bootcamp en cybersécurité</h1><p class="signature">Par Salma Idrissi, '
        'correspondante à Agadir · <time datetime="2024-06-05">Le 05/06/2024</time></p>'
        "<p>La Cité de l'innovation a lancé mardi 4 juin un bootcamp.</p></article></body></html>", html=True)
    assert article.paragraphs == ["La Cité de l'innovation a lancé mardi 4 juin un bootcamp."]


def test_a_brief_without_headline_is_all_story():
    """A brief of several sentences under a section word is the story itself, not its headline."""
    article = text.parse("Brève\n\nTiznit. Quarante jeunes codent depuis lundi. Le budget est de 1 MDH.\n")
    assert article.headline == ""
    assert article.paragraphs == ["Tiznit. Quarante jeunes codent depuis lundi. Le budget est de 1 MDH."]


def test_a_page_title_with_a_bar_keeps_only_the_headline():
    """« Headline | Site - Its motto »: the headline alone, the site's name apart."""
    page = ("<html><head><title>Kénitra : une formation data | Gharb Info - L'info du Gharb</title></head>"
            "<body><p>L'université a lancé une formation pour 250 jeunes.</p></body></html>")
    article = text.parse(page, True)
    assert article.headline == "Kénitra : une formation data"


def test_an_agency_stamp_under_a_dispatch_is_its_date():
    """« MAP 12/03/2025 16:47 » closing a dispatch: the page's date, not a paragraph."""
    article = text.parse("Un titre assez long pour en être un\n\nLaâyoune, 12 mars (MAP) – Un programme a été lancé "
                         "mercredi.\n\nMAP 12/03/2025 16:47\n")
    assert "MAP 12/03/2025 16:47" in article.header_lines


def test_text_wrapped_at_a_fixed_width_is_read_by_paragraph():
    """A press release taken from a PDF: wrapped lines joined, « déve-\\nloppement » whole, furniture dropped."""
    release = ("RÉGION DE L'ORIENTAL\n                 Communiqué\n-------------------------------------------\n\n"
               "Une école de code ouvre à Nador avec\nl'appui de la région\n\n"
               "Le Conseil de la région a inauguré ce mardi une école de déve-\n"
               "loppement web à Nador, en partenariat avec l'Université Mohammed Premier et\n"
               "la Fondation Atlas Numérique, qui financent ensemble les bourses des\n"
               "apprenants pendant deux ans.\n\n"
               "- Budget : 4 MDH\n- Places : 120 apprenants par an\n\n"
               "-------------------------------------------\nRégion de l'Oriental            Page 1 / 2\n")
    article = text.parse(release)
    assert article.headline == "Une école de code ouvre à Nador avec l'appui de la région"
    assert any("école de développement web à Nador, en partenariat avec l'Université Mohammed Premier et la "
               "Fondation" in paragraph for paragraph in article.paragraphs)
    assert "- Budget : 4 MDH" in article.paragraphs and "- Places : 120 apprenants par an" in article.paragraphs
    assert not any("Page 1" in line for line in [*article.paragraphs, *article.header_lines])


def test_a_paragraph_per_line_is_left_as_it_is():
    """Text written one paragraph per line (lines longer than a wrap width) keeps its lines."""
    body = ("Un titre assez long pour en être un\n" + "Une phrase du premier paragraphe, assez longue pour "
            "dépasser largement la largeur d'une ligne coupée à quatre-vingts signes.\n") * 4
    assert len(text.parse(body).paragraphs) >= 1
    assert all(len(paragraph) < 200 for paragraph in text.parse(body).paragraphs)


@pytest.mark.parametrize(
    "page, headline",
    [
        ("SUD PLUS — Le magazine du Sud\nRubrique : Rencontres\nPublié le mercredi 14 janvier 2026\n\n"
         "« On forme des gens qui apprennent vite »\n\nElle a quitté Lyon pour Tiznit. Elle dirige une école.\n",
         "« On forme des gens qui apprennent vite »"),
        ("L'Hebdo du Tafilalet — édition du lundi 9 mars 2026\n\nGRAND ENTRETIEN\n\n"
         "Youssef Amrani : « Le désert n'est pas une excuse »\n\nLe bootcamp a ouvert jeudi dernier à Figuig.\n",
         "Youssef Amrani : « Le désert n'est pas une excuse »"),
    ],
)
def test_the_headline_between_a_dated_masthead_and_the_lead(page, headline):
    """Masthead, section and date first, then the headline: not the masthead; its date is the page's."""
    article = text.parse(page)
    assert article.headline == headline


def test_a_page_s_online_date_line_is_its_date_not_its_lead():
    """« Mis en ligne le lundi 9 mars 2026 · 48 min »: the page's date; the lead is the paragraph after it."""
    from announcements.importer import dates
    article = text.parse("<html><body><h1>Épisode 12 : le code au féminin</h1><p>Mis en ligne le lundi 9 mars "
                         "2026 · 48 min · Saison 3</p><p>Notre invitée dirige le programme « Codeuses », lancé hier "
                         "à Rabat.</p></body></html>", html=True)
    published, _how = dates.publication_date(article)
    assert published == datetime.date(2026, 3, 9)
    assert dates.event_date(article.sentences, published).date == datetime.date(2026, 3, 8)


def test_a_page_whose_body_class_names_its_sidebar_keeps_its_article():
    """« <body class="single right-sidebar"> », the h1 in the article's own <header>: neither is furniture."""
    page = ('<html><body class="single-post ast-right-sidebar"><header class="site-header"><nav>Accueil</nav></header>'
            '<main><article><header class="entry-header"><h1>Un campus de code ouvre à Khénifra</h1></header>'
            '<div class="entry-content"><p>Le campus a accueilli jeudi 150 jeunes.</p></div></article></main>'
            '<aside class="widget">Articles récents : 35 MDH pour la zone industrielle.</aside></body></html>')
    article = text.parse(page)
    assert article.headline == "Un campus de code ouvre à Khénifra"
    assert article.paragraphs == ["Le campus a accueilli jeudi 150 jeunes."]


def test_a_blog_post_inside_a_widget_is_read_and_its_sidebar_left_out():
    """Blogger wraps the post in « <div class="widget Blog"> »: read again with only the surest furniture classes."""
    story = "La remise des certificats a réuni samedi 212 lauréats de la cohorte d'Agadir. " * 5
    page = ("<html><body><div class='widget Blog'><h3 class='post-title'>Une cohorte certifiée à Agadir</h3>"
            f"<div class='post-body'><div>{story}</div></div></div><div class='sidebar section'><div class='widget "
            "PopularPosts'><ul><li>Une autre école : 500 places et pas de profs.</li></ul></div></div></body></html>")
    article = text.parse(page)
    assert article.paragraphs == [story.strip()]


def test_a_blog_s_written_by_line_dates_the_post():
    """« Écrit par Meryem A. le 18 décembre 2025 · Catégorie : Nos projets »: the page's date, above the story."""
    article = text.parse("Un titre assez long pour en être un\n\nÉcrit par Meryem A. le 18 décembre 2025 · Catégorie : "
                         "Nos projets\n\nQuelle émotion dimanche dernier !\n")
    assert dates.publication_date(article)[0] == datetime.date(2025, 12, 18)
    assert article.paragraphs == ["Quelle émotion dimanche dernier !"]


def test_a_share_bar_under_the_byline_does_not_end_the_story():
    """« Partager : Facebook X » between the byline and the story: the story still follows (one below it ends it)."""
    page = ("<html><body><main><h1>Une école de données ouvre à Kénitra</h1><p>Un partenariat entre l'université et "
            "la région.</p><p>Par Meryem C. · Publié le</p><p>03/12/2025 à 09h15</p><p>· Lecture 4 min</p>"
            "<p>Partager : Facebook X WhatsApp</p><p>L'école a été lancée hier à Kénitra pour 150 étudiants.</p>"
            "</main></body></html>")
    assert "L'école a été lancée hier à Kénitra pour 150 étudiants." in text.parse(page).paragraphs


def test_markdown_emphasis_is_left_out():
    """« **Chefchaouen** — … » copied from a page with its emphasis: the text without the stars."""
    article = text.parse("Un titre assez long pour en être un\n\n**Ouezzane** — Un club de code a ouvert lundi.\n")
    assert article.paragraphs == ["Ouezzane — Un club de code a ouvert lundi."]


def test_a_heading_written_a_little_otherwise_than_the_page_s_title_is_the_headline():
    """<title> « Taza - Des ateliers de robotique au collège » and an h2 « Taza : des ateliers de robotique au collège
    Ibn Sina »: the h2 is the headline, not the story's first paragraph, and the byline under it is the header."""
    page = ("<html><head><title>Taza - Des ateliers de robotique au collège - Taza Presse</title></head><body>"
            "<h2>Taza : des ateliers de robotique au collège Ibn Sina</h2><p>Par Karima Ait Ali — Publié le 21 février "
            "2026</p><p>Le programme a été lancé mercredi au collège.</p></body></html>")
    article = text.parse(page)
    assert article.headline == "Taza : des ateliers de robotique au collège Ibn Sina"
    assert article.paragraphs == ["Le programme a été lancé mercredi au collège."]


def test_a_sidebar_s_latest_news_end_the_story():
    """« Dernières nouvelles » and its list of other stories under the text are no part of it."""
    page = ("<html><body><h1>Un club de code ouvre à Guelmim</h1><p>Le club a ouvert mercredi à Guelmim.</p>"
            "<div><b>Dernières nouvelles</b><br>- Tan-Tan : 14 millions de dirhams pour le port (19/02/2026)</div>"
            "</body></html>")
    assert text.parse(page).paragraphs == ["Le club a ouvert mercredi à Guelmim."]


def test_a_paper_s_tagline_and_dated_issue_line_above_a_headline_in_capitals():
    """« L'ÉCHO DU CAMPUS », its tagline, « N° 47 — Vendredi 20 mars 2026 — Rubrique « Vie étudiante » », then the
    headline in capitals ending on a quotation mark and the byline: that headline."""
    article = text.parse("L'ÉCHO DU CAMPUS\nLe journal des étudiants de l'université — Oujda\nN° 47 — Vendredi 20 mars "
                         "2026 — Rubrique « Vie étudiante »\n\n80 ÉTUDIANTS INITIÉS À L'IA AVEC « ORIENTAL AI STARTERS »"
                         "\n\nPar Anas Berkani, étudiant, ENSA Oujda\n\nJeudi 12 mars, l'amphithéâtre était plein.\n")
    assert article.headline == "80 ÉTUDIANTS INITIÉS À L'IA AVEC « ORIENTAL AI STARTERS »"
    assert dates.publication_date(article)[0] == datetime.date(2026, 3, 20)


def test_a_table_s_cells_are_apart():
    """« <td>Conseil de la région</td><td>8 M DH</td> »: two cells, not one word « région8 »."""
    page = ("<html><body><h1>Un centre à Laâyoune</h1><p>Le centre a ouvert hier.</p><table><tr><td>Conseil de la "
            "région</td><td>8 M DH</td></tr></table></body></html>")
    assert "Conseil de la région ; 8 M DH" in text.parse(page).paragraphs


def test_an_official_letterhead_is_no_headline():
    """« ROYAUME DU MAROC / Ministère de l'Intérieur / Commune de X », then « COMMUNIQUÉ »: no headline."""
    article = text.parse("ROYAUME DU MAROC\nMinistère de l'Intérieur — Province de Settat\nCommune de Settat\n\n"
                         "COMMUNIQUÉ\n\nSettat, le 5 février 2026\n\n" + LEAD)
    assert article.headline == ""
    assert article.paragraphs == [LEAD]


LEAD = ("Le Conseil communal de Settat a tenu, le mardi 3 février 2026, la première séance de sa session ordinaire, "
        "sous la présidence de son président, et a approuvé à l'unanimité les points inscrits à son ordre du jour.")


def test_a_paper_s_name_and_its_edition_in_arabic_is_no_headline():
    """« Al Wassit Al Janoubi — النسخة الفرنسية »: the paper; the headline is below its date."""
    article = text.parse("Al Wassit Al Janoubi — النسخة الفرنسية\nPublié le 13 novembre 2025\n\nOuarzazate : "
                         "signature d'une convention pour un centre numérique\n\n" + LEAD)
    assert article.headline == "Ouarzazate : signature d'une convention pour un centre numérique"


def test_a_table_column_of_another_scope_is_left_out():
    """A table setting the school's figures beside the national programme's, or last year's: only the school's
    cells are read; the row labels stay."""
    page = """<html><body><h1>Un titre de page assez long</h1><p>Le hub ouvre ses portes.</p>
    <table><thead><tr><th>Indicateur</th><th>Hub de Safi</th><th>Programme national (rappel)</th>
    <th>Édition précédente</th></tr></thead>
    <tbody><tr><td>Apprenants</td><td>350</td><td>objectif de 10 000 jeunes</td><td>280</td></tr>
    <tr><td>Budget</td><td>48 MDH</td><td>640 MDH</td><td>30 MDH</td></tr></tbody></table></body></html>"""
    rows = text.parse(page).paragraphs[1:]
    assert rows[0] == "Indicateur ; Hub de Safi ; Programme national (rappel) ; Édition précédente"
    assert rows[1:] == ["Apprenants ; 350", "Budget ; 48 MDH"]


def test_a_wrapped_line_that_starts_with_a_year_is_not_a_list_item():
    """« … de former 8 000 jeunes à l'horizon\\n2026. Il s'inscrit … »: one sentence; « 2. Inscriptions » stays an item."""
    body = ("Un titre assez long pour en être un\n\n"
            "Rappelons le cadre. Le programme national est doté d'une enveloppe globale de\n"
            "240 millions de dirhams et son objectif affiché est de former 8 000 jeunes à l'horizon\n"
            "2026. Il s'inscrit lui-même dans une stratégie plus vaste, chiffrée à plusieurs\n"
            "milliards de dirhams, et descend désormais vers les régions du Sud du pays.\n\n"
            "Les étapes de la sélection sont connues depuis la semaine dernière :\n"
            "1. Tests en ligne\n2. Entretiens\n")
    paragraphs = text.parse(body).paragraphs
    assert any("à l'horizon 2026. Il s'inscrit" in paragraph for paragraph in paragraphs)
    assert "2. Entretiens" in paragraphs


def test_a_quotation_opening_with_a_space_after_its_mark_starts_a_sentence():
    """« … 1 100 candidats. « Nous avons fait le choix… » »: French sets a space inside the quotation marks; the
    quotation is a sentence of its own, its figures not the sentence's before it."""
    sentences = text.parse("Un titre assez long pour en être un\n\nLa promotion compte 140 jeunes. « Nous visons une "
                           "seconde promotion en février », dit-elle.").sentences
    assert [s.text for s in sentences[1:]] == ["La promotion compte 140 jeunes.",
                                             "« Nous visons une seconde promotion en février », dit-elle."]


def test_a_levantine_month_beside_the_french_one_leaves_the_french_one_and_nothing_else_goes():
    """« 20 mars/adar 2025 » and « tammouz/juillet » read as the French month; « 5 mars/Mis à jour » keeps its words."""
    article = text.parse("Un titre assez long pour en être un\n\nSigné le 8 tammouz/juillet courant, le 20 mars/adar "
                         "2025 aussi. Publié le 5 mars/Mis à jour le 6 mars.")
    assert [s.text for s in article.sentences[1:]] == ["Signé le 8 juillet courant, le 20 mars 2025 aussi.",
                                                      "Publié le 5 mars/Mis à jour le 6 mars."]


def test_a_french_sites_footer_and_latest_news_are_furniture():
    """« <div id="pied"> », « <div class="derniers"> Dernières actus : … »: a French site's footer and its links to
    other stories, left out with their figures."""
    page = ("<html><body><div id='page'><h1>Nador : 150 jeunes formés au code</h1><p>Le programme a démarré lundi à "
            "Nador avec 150 jeunes.</p></div><div id='pied'><div class='derniers'><b>Dernières actus :</b> "
            "<a href='/a'>Tanger : 2 000 postes dans l'automobile</a></div><p>Rédaction de Nador</p></div>"
            "<div class='dernieres-infos'><a href='/b'>Agadir : 600 emplois</a></div></body></html>")
    article = text.parse(page, html=True)
    assert article.paragraphs == ["Le programme a démarré lundi à Nador avec 150 jeunes."]


def test_an_outlet_s_tagline_under_its_name_is_not_the_headline():
    """« DÉTROIT BUSINESS / Le quotidien économique du Nord / Jeudi 26 février 2026 » under the headline: the
    headline stays the first line."""
    article = text.parse("Programme AI Tanger Med : 35 stages et 6 embauches promises\n\nDÉTROIT BUSINESS\nLe quotidien "
                         "économique du Nord\nJeudi 26 février 2026 — Entreprises\n\nTétouan. Le groupe a lancé mardi "
                         "la deuxième saison de son programme.\n")
    assert article.headline == "Programme AI Tanger Med : 35 stages et 6 embauches promises"


def test_a_credit_line_is_not_the_headline():
    """« Rédaction : Soufiane Belkadi » under the site's dated line: a credit, the headline stays the first line."""
    article = text.parse("Le « Bus numérique Rhamna » a pris la route de ses 24 communes\n\nRhamnaInfo.ma — mardi 11 mars "
                         "2025, 09h40\nRédaction : Soufiane Belkadi\n\nParti hier matin de Ben Guérir, un autocar va "
                         "sillonner la province.\n")
    assert article.headline == "Le « Bus numérique Rhamna » a pris la route de ses 24 communes"


def test_a_rubric_and_its_author_are_not_the_headline():
    """« Décryptage, par Mbarek Ould Sidi » under the paper's dated line: the headline stays the first line."""
    article = text.parse("Guelmim mise 7,2 millions de dirhams sur le numérique\n\nL'Hebdo du Sud — édition du jeudi 16 "
                         "avril 2026\nDécryptage, par Mbarek Ould Sidi\n\nLe programme a accueilli mardi ses premiers "
                         "stagiaires.\n")
    assert article.headline == "Guelmim mise 7,2 millions de dirhams sur le numérique"


def test_a_table_s_rows_above_the_first_full_sentence_are_never_the_headline():
    """A short story whose lead ends on a colon over a table: the headline is still the first line, not the table's
    last row (« Université ; 500 000 »)."""
    article = text.parse("Tata : trois parties financent l'école de code\n\nL'annexe répartit les apports :\n\n"
                         "  Partenaire              Apport (DH)\n  Conseil régional            3 000 000\n"
                         "  Université                    500 000\n\nLes cours démarreront en octobre.\n")
    assert article.headline == "Tata : trois parties financent l'école de code"
    assert "Université ; 500 000" in article.paragraphs


def test_related_articles_under_their_heading_are_left_out():
    """« Articles liés » then « – 22/07/2026 : Laâyoune : 300 jeunes diplômés de l'école de la Fondation X »: other
    stories' headlines, no paragraph of this one."""
    page = ("<html><body><h1>Dakhla : l'académie du code élargit sa promotion</h1><p>Le conseil régional a signé mardi un "
            "avenant qui porte la promotion à 180 jeunes.</p><hr><p><b>Articles liés</b><br>– 03/09/2026 : Port : 78 % "
            "des travaux réalisés<br>– 22/07/2026 : Laâyoune : 300 jeunes diplômés de l'école de la Fondation "
            "Phosboucraâ</p></body></html>")
    article = text.parse(page, html=page)
    assert not [paragraph for paragraph in article.paragraphs if "Phosboucraâ" in paragraph]


def test_a_page_stripped_of_its_accents_is_read_with_them_put_back():
    """« la region », « ont deja signe », « inaugure a Tiznit »: the accents a site stripped are put back before any
    rule reads the page (« ou », « signe » as written stay, a participle after an auxiliary takes its accent; names and
    addresses are left alone); a page with its accents is untouched."""
    from announcements.importer import accents

    page = ("Tiznit : la region et l'universite ont deja signe la convention de l'ecole YouCode\n\n"
            "La ceremonie s'est deroulee mardi a Tiznit, en presence des eleves et des familles. L'ecole, geree par "
            "une association, a ete financee par le Conseil de la region a hauteur de 5 millions de dirhams. Elle "
            "accueillera sa premiere promotion en septembre : 80 apprenants, selectionnes parmi 900 candidats ou "
            "candidates. Le signe d'un changement, dit le president. Voir https://exemple.ma/regions/ecole-tiznit.\n")
    fixed = accents.restored(page)
    assert "la région et l'université ont déjà signé la convention de l'école YouCode" in fixed
    assert "s'est déroulée mardi à Tiznit, en présence des élèves" in fixed
    assert "a été financée par le Conseil de la région à hauteur de 5 millions" in fixed
    assert "sélectionnés parmi 900 candidats ou candidates. Le signe d'un changement, dit le président." in fixed
    assert "https://exemple.ma/regions/ecole-tiznit" in fixed
    assert accents.restored(fixed) == fixed


def test_a_page_stripped_of_its_accents_gives_its_facts(vocabulary):
    """The draft of a page without accents is that of the same page with them, its title spelt right."""
    page = ("Tiznit : la region lance l'ecole Code Tiznit\nPublie le 4 mars 2026\n\n"
            "L'ecole Code Tiznit a ete inauguree mardi a Tiznit. Elle est financee par le Conseil regional "
            "Souss-Massa a hauteur de 5 millions de dirhams et accueillera 80 apprenants des la rentree, "
            "selectionnes parmi 900 candidats. La formation, gratuite, dure dix mois et prepare aux metiers du "
            "developpement web ; les cours sont donnes par des formateurs venus d'Agadir, dans des salles equipees "
            "par la commune.\n")
    draft = extract(page, vocabulary)
    assert (draft.date.isoformat(), draft.city, draft.budget, draft.trainees) == ("2026-03-03", "Tiznit", 5000000, 80)
    assert draft.title == "Tiznit : la région lance l'école Code Tiznit"


def test_a_wrapped_copy_keeps_its_headline_in_capitals_and_drops_its_consent_banner():
    """A page copied with its lines cut at a width: the headline in capitals is a line of its own, not joined to the
    byline under it; « Ce site utilise des cookies… [OK] » is no part of the story."""
    page = ("NADOR : UNE ÉCOLE DE CODE POUR CENT VINGT JEUNES DE LA PROVINCE\n"
            "Par Samira B.\n"
            "Publié le 12/02/2024 à 10h41 | Mis à jour le 12/02/2024 à 11h05\n"
            "Ce site utilise des cookies pour améliorer votre expérience de navigation.\n"
            "En poursuivant, vous acceptez leur utilisation. [OK] [En savoir plus]\n\n"
            "Le Conseil de la région a inauguré ce mardi une école de développement web à\n"
            "Nador, en partenariat avec l'Université Mohammed Premier, qui finance avec lui\n"
            "les bourses des apprenants pendant deux ans, pour un budget total de quatre\n"
            "millions de dirhams, équipement et formateurs compris, a-t-on appris sur place.\n")
    article = text.parse(page)
    assert article.headline == "NADOR : UNE ÉCOLE DE CODE POUR CENT VINGT JEUNES DE LA PROVINCE"
    assert not any("cookies" in line or "[OK]" in line for line in article.paragraphs)
    assert article.paragraphs[0].startswith("Le Conseil de la région a inauguré ce mardi une école de développement "
                                            "web à Nador, en partenariat")


def test_a_story_whose_class_says_it_has_no_share_buttons_is_read():
    """« <div class="entry-content no-share"> » holds the story: what a class says an element has not is no furniture;
    a page writing its accents as entities (« a &eacute;t&eacute; ») keeps them as they are."""
    from announcements.importer import accents

    story = ("La Nekor Dev School a &eacute;t&eacute; inaugur&eacute;e hier &agrave; Al Hoceima pour quatre-vingts "
             "jeunes de la province, dans les locaux de l&rsquo;&eacute;cole d&rsquo;ing&eacute;nieurs, en "
             "pr&eacute;sence du gouverneur et des &eacute;lus de la r&eacute;gion.")
    page = ("<html><head><title>Al Hoceima : la Nekor Dev School ouvre</title></head><body><article>"
            "<h1>Al Hoceima : la Nekor Dev School ouvre</h1><div class=\"jeg_share_button\"><a>Partager</a></div>"
            f"<div class=\"entry-content no-share\"><p>{story}</p></div></article></body></html>")
    article = text.parse(accents.restored(page))
    assert any(paragraph.startswith("La Nekor Dev School a été inaugurée hier à Al Hoceima")
               for paragraph in article.paragraphs)
    assert not any("Partager" in paragraph for paragraph in article.paragraphs)


def test_an_advert_pasted_into_the_page_is_no_part_of_the_story():
    """« PUBLICITÉ » then an offer « dès 390 000 DH » down to the rule or the blank line: left out, whatever its
    form (« -- PUBLICITÉ -- », « >> PUBLICITE : … << »); the story around it stays whole."""
    page = ("Nador : une école de code pour 96 jeunes\n\nL'école a remis samedi leurs certificats à 96 lauréats.\n\n"
            "------------------------------------------------------------\nPUBLICITE\n"
            "Résidence Al Manar : appartements de 2 et 3 pièces dès 390 000 DH.\n"
            "------------------------------------------------------------\n\n"
            ">> PUBLICITÉ : Bijouterie Tafoukt, livraison dans tout le Maroc, -20 % <<\n\n"
            "Elle est financée par le Conseil de la région de l'Oriental.\n")
    story = [paragraph for paragraph in text.parse(page).paragraphs if not paragraph.startswith("---")]
    assert story == ["L'école a remis samedi leurs certificats à 96 lauréats.",
                     "Elle est financée par le Conseil de la région de l'Oriental."]
