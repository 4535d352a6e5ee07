"""``partnercrm search``: find people and organizations from the terminal."""

from __future__ import annotations

from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.i18n import translate


def register(subparsers: Any) -> None:
    search = subparsers.add_parser(
        "search",
        help="search people and organizations",
        description="Search names, organizations, functions, departments, cities, e-mail "
        "addresses, tags and notes. Accents and umlauts are folded (müller = mueller = "
        "muller); several words narrow the result; words of 3 or more letters also match "
        "inside words.",
    )
    search.add_argument("query", nargs="+", help="search words")
    search.add_argument("--limit", type=int, default=50, help="hits to show (default 50)")
    search.add_argument("--json", action="store_true", help="print machine-readable JSON")
    search.set_defaults(handler=run_search)


def run_search(ctx: CommandContext) -> int:
    from partnercrm.services.search import search_organizations, search_people

    query = " ".join(ctx.args.query)
    with ctx.db.session() as session:
        people = search_people(session, query, limit=ctx.args.limit)
        orgs = search_organizations(session, query, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.print_json(
            {
                "query": query,
                "people_total": people.total,
                "people": [
                    {
                        "id": r.id,
                        "name": r.display_name,
                        "first_name": r.first_name,
                        "last_name": r.last_name,
                        "organization": r.organization,
                        "function": r.function,
                        "city": r.city,
                        "email": r.email,
                        "phone": r.phone,
                    }
                    for r in people.rows
                ],
                "organizations_total": orgs.total,
                "organizations": [
                    {"id": r.id, "name": r.name, "kind": r.kind.value, "city": r.city}
                    for r in orgs.rows
                ],
            }
        )
        return 0
    ctx.print(translate("cli", "People: {total}").format(total=people.total))
    for r in people.rows:
        details = ", ".join(p for p in (r.function, r.organization, r.city, r.email) if p)
        ctx.print(f"  [{r.id}] {r.display_name}" + (f" — {details}" if details else ""))
    ctx.print(translate("cli", "Organizations: {total}").format(total=orgs.total))
    for o in orgs.rows:
        ctx.print(f"  [{o.id}] {o.name}" + (f" — {o.city}" if o.city else ""))
    return 0
