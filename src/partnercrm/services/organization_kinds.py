"""Which kind of organization a name suggests ("Stadt Köln" → municipality)."""

from __future__ import annotations

import re

from partnercrm.model import OrganizationKind

# Ordered: the first rule that matches wins. Legal forms come before words that
# also appear inside company names ("Stadtwerke Köln GmbH" is a company, not a city).
_RULES: tuple[tuple[OrganizationKind, str], ...] = (
    (
        OrganizationKind.COMPANY,
        r"\b(gmbh|ggmbh|mbh|ag|gag|kg|kgaa|se|ug|ohg|gbr|e\.\s?k\.|ltd|inc|llc|plc|s\.a\.|sarl|"
        r"b\.v\.|co\.|holding|stadtwerke|sparkasse|volksbank|raiffeisenbank|genossenschaft|eg)\b",
    ),
    (
        OrganizationKind.PUBLIC_AUTHORITY,
        r"(ministerium|landesamt|bundesamt|bezirksregierung|regierungspräsidium|senatsverwaltung|"
        r"staatskanzlei|landesverwaltung|bundesagentur|landtag|bundestag|behörde|ministry|agency)",
    ),
    # Circles of friends and clubs ("Kulturkreis Nord e.V.", "Förderkreis ...") are
    # associations, not districts, although they end in "kreis".
    (
        OrganizationKind.ASSOCIATION,
        r"(freundes|förder|arbeits|gesprächs|kultur|lese|helfer|kunst|literatur)kreis|"
        r"kreis\b.*e\.\s?v\.",
    ),
    (OrganizationKind.DISTRICT, r"\b(landkreis|kreis|rhein-kreis|kreisverwaltung|district)\b"),
    (OrganizationKind.DISTRICT, r"kreis\b"),
    (
        OrganizationKind.MUNICIPALITY,
        r"^(stadt|gemeinde|markt|samtgemeinde|verbandsgemeinde|amt|ortsgemeinde|landeshauptstadt|"
        r"bundesstadt|hansestadt|universitätsstadt|kreisstadt|große kreisstadt|city of|"
        r"municipality of)\b|\b(stadtverwaltung|gemeindeverwaltung|rathaus|bürgermeisteramt)\b",
    ),
    (OrganizationKind.FOUNDATION, r"(stiftung|foundation|fondation)"),
    (
        OrganizationKind.CHURCH_WELFARE,
        r"(caritas|diakonie|awo\b|arbeiterwohlfahrt|paritätische|drk\b|rotes kreuz|johanniter|"
        r"malteser|kirche|kirchengemeinde|bistum|erzbistum|landeskirche|pfarrei|moschee|gemeinde "
        r"\w+ e\.v\.)",
    ),
    (
        OrganizationKind.EDUCATION_RESEARCH,
        r"(universität|hochschule|fachhochschule|institut|akademie|schule|gymnasium|"
        r"volkshochschule|\bvhs\b|university|college|school|research)",
    ),
    (
        OrganizationKind.MEDIA,
        r"(zeitung|verlag|rundfunk|\bwdr\b|\bndr\b|\bzdf\b|\bard\b|radio|fernsehen|magazin|presse)",
    ),
    (
        OrganizationKind.NETWORK_INITIATIVE,
        r"(netzwerk|initiative|bündnis|forum|plattform|freiwilligenagentur|ehrenamtsagentur|"
        r"bürgerstiftung|network)",
    ),
    (OrganizationKind.ASSOCIATION, r"(e\.\s?v\.|\bev\b|verein|verband|bund\b|club|association)"),
)

_COMPILED = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _RULES)


def infer_organization_kind(name: str) -> OrganizationKind:
    """The kind a name suggests; ``OTHER`` when nothing fits.

    Stadt/Gemeinde/Markt → municipality; Kreis/Landkreis → district;
    GmbH/AG/gAG/KG/SE/UG → company; e.V./Verein/Verband → association;
    Stiftung → foundation; Ministerium/Landesamt/Bezirksregierung → public authority.
    """
    text = " ".join(name.split())
    for kind, pattern in _COMPILED:
        if pattern.search(text):
            return kind
    return OrganizationKind.OTHER
