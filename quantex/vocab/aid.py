"""Words that decide what kind of money a figure is, for aid records (Kiel Ukraine Support Tracker).

Sources: the Kiel tracker's aid types (military, financial, humanitarian) and its rule that frozen
Russian assets and Ukraine's own budget are not donor aid; the constructions catalogued in
/work/notes/real_news_constructions.md 9.5, 11.4-11.9 (asset-backed loans, costs, damage and needs,
"another"/"new" packages). Membership of donor groups follows the groups' own member lists.
"""

from __future__ import annotations

#: aid type -> words in the announcement's sentence that name it (first type found wins, in this order)
AID_TYPES: dict[str, tuple[str, ...]] = {
    "humanitarian": ("humanitarian", "food", "shelter", "medical", "medicine", "refugees", "winter aid"),
    "military": ("military", "weapons", "defence", "defense", "air defence", "air defense", "ammunition",
                 "artillery", "shells", "missiles", "drones", "howitzers", "patriot", "armoured", "armored",
                 "vehicles", "tanks", "aircraft", "mortar", "security assistance"),
    "financial": ("loan", "loans", "budget support", "grant", "financial", "macro-financial", "credit",
                  "disbursed", "tranche", "budget"),
}

#: heads that make a sum not aid when they govern it: the donor's gift is not "damage" or "needs"
NON_AID_HEADS: tuple[str, ...] = (
    "cost", "costs", "damage", "damages", "needs", "gap", "losses", "profits", "interest", "revenue",
    "revenues", "windfall", "price", "bill for the war",
)

#: nouns that make a sum aid when near it, even without a named donor ("Britain's contribution of £2 billion")
AID_NOUNS: tuple[str, ...] = (
    "package", "aid", "assistance", "support", "loan", "loans", "contribution", "grant", "tranche", "share",
    "programme", "program",
)

#: verbs before an amount that make it an allocation (money delivered), not a commitment, whatever the event
ALLOCATION_VERBS: tuple[str, ...] = (
    "disbursed", "has disbursed", "delivered", "transferred", "handed over", "credited", "received", "paid out",
)

#: words naming seized or immobilised assets
ASSET_WORDS: tuple[str, ...] = ("assets", "reserves", "sovereign funds")

#: words before an amount that mark a new announcement, never a restatement of an earlier one
NEW_MARKERS: tuple[str, ...] = ("another", "additional", "new", "further", "extra", "fresh", "latest", "more")

#: donor group -> members, whose shares of a group total are components of it
GROUP_MEMBERS: dict[str, tuple[str, ...]] = {
    "G7": ("United States", "United Kingdom", "Canada", "Japan", "Germany", "France", "Italy", "European Union"),
    "European Union": ("Germany", "France", "Italy", "Netherlands", "Denmark", "Sweden", "Poland", "Finland",
                       "Belgium", "Spain", "Austria", "Czech Republic", "Lithuania", "Latvia", "Estonia"),
}

#: the recipient side; its own spending is never donor aid
RECIPIENT = "Ukraine"
