#!/usr/bin/env python3
"""Cuts the two Algoritmeregister snapshots of the fixture out of the real ones in ../shared/data/algoritmeregister.

The first subset holds 25 registrations of 13 organisations of 2026-05-13; the second holds the same registrations
as 2026-06-30 shows them, plus three that are new then. Between the two, the register really changed them:
a status change each way (Rucphen: ontwikkeling -> in_gebruik; Dalfsen: in_gebruik -> buiten_gebruik), a removal
(CIBG), an owner change (Stichting Inlichtingenbureau -> Stichting Bureau Informatiediensten Nederland), changed
purposes (Ameland, Amsterdam) and a name that differs only in case (Zeeuws archief -> Zeeuws Archief).

usage: make-snapshot-subsets.py SHARED_SNAPSHOT_DIR OUTPUT_DIR
"""
import json
import sys
from pathlib import Path

FIRST = "2026-05-13"
SECOND = "2026-06-30"

REGISTRATIONS = [
    "59917797",                          # CIBG: removed from the register by 2026-06-30
    "29617829", "42666963", "71433732",  # Gemeente Rucphen: 29617829 goes from ontwikkeling to in_gebruik
    "31533951", "39438759", "95642143",  # Gemeente Dalfsen: 95642143 goes out of use
    "12535125", "15422688", "19538219",  # Stichting Inlichtingenbureau: move to Stichting BIN
    "27483480",                          # Zeeuws archief (GitHub Copilot): the name changes case only
    "67253382",                          # Gemeente Ameland: the purpose (doel) changes
    "67349731", "23189993",              # Gemeente Amsterdam: a changed purpose; ChatAmsterdam (generative)
    "12337864", "18113668", "21277971",  # Gemeente Utrecht (18113668 first seen buiten_gebruik)
    "15943226", "38265280", "51719946",  # Gemeente Goes: chatbots and SafeGPT, one out of use
    "42276773", "52677872",              # Politie: Chatbot Wout, Querytoetser (ontwikkeling)
    "27383155",                          # Provincie Limburg: GovChat-NL
    "43918980", "33252995",              # Waterschap Limburg, Hoogheemraadschap De Stichtse Rijnlanden
]
NEW_BY_SECOND = ["53819778", "21714421", "21814176"]  # CIBG's new registration, PolitieGPT, Cody


def subset(snapshot, ids):
    by_id = {record["id"]: record for record in snapshot["algoritmes"]}
    records = [by_id[i] for i in ids if i in by_id]
    return {"algoritmes": records, "count": len(records), "fetched_at": snapshot["fetched_at"],
            "source_url": snapshot["source_url"]}


def main(shared, out):
    out.mkdir(parents=True, exist_ok=True)
    first = json.loads((shared / f"{FIRST}.json").read_text(encoding="utf-8"))
    second = json.loads((shared / f"{SECOND}.json").read_text(encoding="utf-8"))
    first_subset = subset(first, REGISTRATIONS)
    assert first_subset["count"] == len(REGISTRATIONS), "a chosen registration is not in " + FIRST
    second_subset = subset(second, REGISTRATIONS + NEW_BY_SECOND)
    for name, content in ((FIRST, first_subset), (SECOND, second_subset)):
        (out / f"{name}.json").write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{name}.json: {content['count']} registrations")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
