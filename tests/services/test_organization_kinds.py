"""The kind of organization a name suggests."""

from __future__ import annotations

import pytest

from partnercrm.model import OrganizationKind as K
from partnercrm.services.organization_kinds import infer_organization_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Stadt Bonn", K.MUNICIPALITY),
        ("Gemeinde Much", K.MUNICIPALITY),
        ("Markt Berchtesgaden", K.MUNICIPALITY),
        ("Stadtverwaltung Essen", K.MUNICIPALITY),
        ("Kreis Unna", K.DISTRICT),
        ("Landkreis Goslar", K.DISTRICT),
        ("Rhein-Sieg-Kreis", K.DISTRICT),
        ("Muster GmbH", K.COMPANY),
        ("Bayer AG", K.COMPANY),
        ("Gemeinwohl gAG", K.COMPANY),
        ("Schmidt & Söhne KG", K.COMPANY),
        ("Allianz SE", K.COMPANY),
        ("Start Up UG", K.COMPANY),
        ("Stadtwerke Köln GmbH", K.COMPANY),  # legal form beats "Stadt"
        ("Sportverein Eintracht e.V.", K.ASSOCIATION),
        ("Kulturkreis Nord e. V.", K.ASSOCIATION),
        ("Heimatverein Much", K.ASSOCIATION),
        ("Sozialverband VdK", K.ASSOCIATION),
        ("Bertelsmann Stiftung", K.FOUNDATION),
        ("Stiftung Mitarbeit", K.FOUNDATION),
        ("Ministerium für Heimat, Kommunales, Bau und Digitalisierung", K.PUBLIC_AUTHORITY),
        ("Landesamt für Statistik", K.PUBLIC_AUTHORITY),
        ("Bezirksregierung Köln", K.PUBLIC_AUTHORITY),
        ("Universität zu Köln", K.EDUCATION_RESEARCH),
        ("Diakonie Rheinland", K.CHURCH_WELFARE),
        ("Kölner Stadt-Anzeiger Zeitung", K.MEDIA),
        ("Netzwerk Bürgerengagement", K.NETWORK_INITIATIVE),
        ("Blumenladen Rosa", K.OTHER),
        ("", K.OTHER),
    ],
)
def test_kind_from_name(name: str, kind: K) -> None:
    assert infer_organization_kind(name) is kind


@pytest.mark.parametrize("name", ["STADT BONN", "stadt   bonn", " Stadt Bonn "])
def test_case_and_spaces_do_not_matter(name: str) -> None:
    assert infer_organization_kind(name) is K.MUNICIPALITY


@pytest.mark.parametrize("name", ["Agentur Blau", "Seeblick Hotel", "Kugel Café"])
def test_legal_form_letters_inside_words_are_not_legal_forms(name: str) -> None:
    assert infer_organization_kind(name) is not K.COMPANY


@pytest.mark.parametrize(
    "name",
    [
        "Kulturkreis Nord e. V.",
        "Freundeskreis des Museums",
        "Förderkreis Jugendarbeit",
        "Kreis der Freunde e.V.",
    ],
)
def test_circles_and_clubs_are_associations_not_districts(name: str) -> None:
    assert infer_organization_kind(name) is K.ASSOCIATION
