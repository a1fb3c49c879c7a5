"""Singular forms of English nouns, for the ``unit`` of counts ("drones" -> "drone").

Irregular plurals are a table (Oxford English Grammar, irregular plural list, restricted to nouns that
news about war and aid counts); the regular rules follow standard English orthography.
"""

from __future__ import annotations

#: irregular or invariant plurals -> singular
IRREGULAR: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
    "servicemen": "serviceman", "servicewomen": "servicewoman", "policemen": "policeman",
    "firemen": "fireman", "fishermen": "fisherman", "gunmen": "gunman", "craft": "craft",
    "aircraft": "aircraft", "personnel": "personnel", "staff": "staff", "sheep": "sheep",
    "series": "series", "species": "species", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "thieves": "thief", "militia": "militia", "news": "news", "police": "police", "data": "data",
    "ammunition": "ammunition", "equipment": "equipment", "munitions": "munition", "troops": "troop",
    "bodies": "body", "casualties": "casualty", "ies": "y", "buses": "bus", "gases": "gas",
    "analyses": "analysis", "crises": "crisis", "bases": "base", "missiles": "missile", "vehicles": "vehicle",
    "shells": "shell", "rounds": "round", "dies": "die", "houses": "house", "premises": "premises",
    "sanctions": "sanction", "pieces": "piece", "services": "service", "forces": "force",
    "drones": "drone", "tanks": "tank", "UAVs": "UAV", "APCs": "APC", "IFVs": "IFV", "POWs": "POW",
}
_KEEP_S = ("ss", "us", "is", "os", "ics")


def singular(word: str) -> str:
    """Return the singular of an English noun (unchanged when it is not a regular plural).

    >>> [singular(w) for w in ("drones", "casualties", "people", "boxes", "howitzers", "UAVs", "class")]
    ['drone', 'casualty', 'person', 'box', 'howitzer', 'UAV', 'class']
    """
    if word in IRREGULAR:
        return IRREGULAR[word]
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if len(word) <= 3 or lower.endswith(_KEEP_S) or not lower.endswith("s"):
        return word
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return word[:-2]
    if lower.endswith("oes") and len(word) > 5:
        return word[:-2]
    return word[:-1]
