#!/usr/bin/env python3
"""Fills a running ledger of release 6bf5ce7 or later over HTTP with every stored shape, then records what it serves.

Provenance of the fixture only: make-fixture.sh runs it; no test does.

usage: generate.py BASE_URL SNAPSHOT_DIR EXPECTED_DIR
  BASE_URL      the ledger, e.g. http://localhost:18931 (empty store, demo data off, admin token dev-admin-token)
  SNAPSHOT_DIR  the Algoritmeregister snapshots to import: algoritmeregister/ beside this script
  EXPECTED_DIR  where to write the recorded answers, e.g. 947554e/expected or 947554e-postgres/expected

It posts in four rounds and waits after each until a signed checkpoint covers every stored event, so that the
store holds checkpoints at four (or more) tree sizes. Every answer is checked; anything unexpected stops it.
"""
import json
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path

ADMIN = "dev-admin-token"
NAMESPACE = uuid.UUID("6bf5ce70-0000-4000-8000-000000000000")
SHA = {  # document hashes: any 64 lowercase hex digits will do
    "a": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "b": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
    "c": "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13",
    "d": "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a",
}

BASE = ""
tokens = {}       # organisation or credential key -> token
organisation_ids = {}  # organisation key -> id
credentials = []  # what expected/tokens.json lists
applications = {}  # application key -> id
moments = {}      # round -> the instant after its checkpoint


# ---- HTTP ---------------------------------------------------------------------------------------------------------

class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def call(method, path, token, body=None, headers=None, expect=(200,)):
    data = None
    request_headers = {"Authorization": "Bearer " + token}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request_headers["Content-Type"] = "application/json"
    request_headers.update(headers or {})
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=request_headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = Answer(response.status, dict(response.headers), response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        answer = Answer(error.code, dict(error.headers), error.read().decode("utf-8"))
    if answer.status not in expect:
        sys.exit(f"{method} {path}: expected {expect}, got {answer.status}: {answer.body}")
    return answer


def get(path, token=ADMIN):
    return call("GET", path, token).json()


# ---- what the ledger is told ---------------------------------------------------------------------------------------

def organisation(key, org_id, name, layer, idempotency_key=None):
    body = {"id": org_id, "name": name, "layer": layer}
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
    created = call("POST", "/api/v1/organisations", ADMIN, body, headers, expect=(201,)).json()
    if idempotency_key:  # the replayed answer leaves the token out: tokens are never stored
        replay = call("POST", "/api/v1/organisations", ADMIN, body, headers, expect=(201,))
        assert replay.headers.get("Idempotent-Replayed") == "true" and "apiToken" not in replay.json(), replay.body
    tokens[key] = created["apiToken"]
    organisation_ids[key] = org_id
    credentials.append({"role": "ORGANISATION", "organisationId": org_id, "label": name,
                        "token": created["apiToken"], "revoked": False})
    return org_id


def credential(key, role, label, organisation_id=None):
    body = {"role": role, "label": label}
    if organisation_id:
        body["organisationId"] = organisation_id
    issued = call("POST", "/api/v1/credentials", ADMIN, body, expect=(201,)).json()
    tokens[key] = issued["token"]
    credentials.append({"role": role, "organisationId": organisation_id, "label": label, "token": issued["token"],
                        "revoked": False, "id": issued["id"]})
    return issued


def revoke(key):
    entry = next(c for c in credentials if c["token"] == tokens[key])
    call("DELETE", "/api/v1/credentials/" + entry["id"], ADMIN, expect=(204,))
    entry["revoked"] = True


def app_id(key):
    """The same id in every run: a name-based UUID of `key` marked version 4, as since 947554e a registration's id
    may not be name-based (versions 3 and 5 are the import's)."""
    return str(uuid.UUID(bytes=uuid.uuid5(NAMESPACE, key).bytes, version=4))


def register(org, key, phase, occurred_at, name, generative, procurement, risk_class="MINIMAL_RISK",
             personal=False, sensitive=False, model=None, hosting=None, purpose=None, lars=None, token=None,
             idempotency_key=None, exceptions=None):
    """Registers an application of organisation `org` (a key), by that organisation or, with token=ADMIN,
    by the admin on its behalf; its id is app_id(key)."""
    applications[key] = app_id(key)
    body = {"id": applications[key], "name": name, "phase": phase, "generativeAi": generative,
            "procurement": procurement, "personalData": personal, "sensitiveData": sensitive,
            "aiActRiskClass": risk_class, "occurredAt": occurred_at}
    for field, value in (("purpose", purpose), ("model", model), ("hosting", hosting), ("lars", lars),
                         ("exceptions", exceptions)):
        if value is not None:
            body[field] = value
    if token == ADMIN:
        body["organisationId"] = organisation_ids[org]
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
    call("POST", "/api/v1/applications", token or tokens[org], body, headers, expect=(201, 202))
    if idempotency_key:
        replay = call("POST", "/api/v1/applications", token or tokens[org], body, headers, expect=(201, 202))
        assert replay.headers.get("Idempotent-Replayed") == "true", replay.headers


def step(caller, key, event_type, occurred_at, idempotency_key=None, expect=(201, 202), **fields):
    """Posts one event on an application as `caller`: a key of tokens (an organisation's or another)."""
    body = {"type": event_type, "occurredAt": occurred_at, **fields}
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
    token = tokens[caller]
    answer = call("POST", f"/api/v1/applications/{applications[key]}/events", token, body, headers, expect=expect)
    if idempotency_key and answer.status in (201, 202):
        replay = call("POST", f"/api/v1/applications/{applications[key]}/events", token, body, headers,
                      expect=(201, 202))
        assert replay.headers.get("Idempotent-Replayed") == "true", replay.headers
        changed = dict(body, occurredAt="2026-01-01T00:00:00Z")
        call("POST", f"/api/v1/applications/{applications[key]}/events", token, changed, headers, expect=(409,))
    return answer


def commitment(body):
    call("POST", "/api/v1/commitments", ADMIN, body, expect=(201, 202))


def commitment_step(token, commitment_id, event_type, occurred_at, **fields):
    """occurred_at None: the step is dated by occurredOn in `fields` (a day, a month or a year)."""
    body = {"type": event_type, **fields}
    if occurred_at is not None:
        body["occurredAt"] = occurred_at
    call("POST", f"/api/v1/commitments/{commitment_id}/events", token, body, expect=(201, 202))


def import_snapshot(snapshots, date):
    body = (snapshots / f"{date}.json").read_bytes()
    result = call("POST", f"/api/v1/admin/imports/algoritmeregister?snapshotDate={date}", ADMIN, body).json()
    print(f"import {date}: {result}")
    again = call("POST", f"/api/v1/admin/imports/algoritmeregister?snapshotDate={date}", ADMIN, body).json()
    assert again["registered"] == again["changed"] == again["removed"] == 0, again
    await_caught_up()  # the import answers before the read models show what it stored


def imported(lars):
    """The application id the import gives a registration: found in the register by its lars."""
    page = get("/api/v1/applications?pageSize=500")
    return next(item["id"] for item in page["items"] if item["lars"] == lars)


MODEL_GPT = {"name": "GPT-4o", "provider": "OpenAI via Microsoft Azure", "openSource": False, "origin": "NON_EU"}
MODEL_MISTRAL = {"name": "Mistral Small 3", "provider": "Mistral AI", "openSource": True, "origin": "EU"}
MODEL_GPT_NL = {"name": "GPT-NL", "provider": "TNO/SURF/NFI", "openSource": True, "origin": "NL"}
MODEL_LLAMA = {"name": "Llama 3.1 70B", "provider": "Meta", "openSource": True, "origin": "NON_EU"}


# ---- the rounds -----------------------------------------------------------------------------------------------------

def round_1():
    """Organisations of every layer, credentials, and applications of 2023 and 2024."""
    organisation("bzk", "00000001003214345000", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                       "RIJK")
    organisation("uwv", "uwv", "Uitvoeringsinstituut Werknemersverzekeringen", "UITVOERINGSORGANISATIE")
    organisation("svb", "svb", "Sociale Verzekeringsbank", "UITVOERINGSORGANISATIE")
    utrecht = organisation("utrecht", "gemeente-utrecht", "Gemeente Utrecht", "GEMEENTE")
    organisation("bosch", "gemeente-s-hertogenbosch", "Gemeente 's-Hertogenbosch", "GEMEENTE")
    organisation("gelderland", "provincie-gelderland", "Provincie Gelderland", "PROVINCIE")
    organisation("aa-en-maas", "waterschap-aa-en-maas", "Waterschap Aa en Maas", "WATERSCHAP")
    organisation("ictu", "ictu", "ICTU", "OVERIG", idempotency_key="fixture-ictu")
    organisation("jenv", "ministerie-van-justitie-en-veiligheid", "Ministerie van Justitie en Veiligheid", "RIJK")
    organisation("groningen", "gemeente-groningen", "Gemeente Groningen", "GEMEENTE")
    organisation("zeeland", "provincie-zeeland", "Provincie Zeeland", "PROVINCIE")
    organisation("rijnland", "hoogheemraadschap-van-rijnland", "Hoogheemraadschap van Rijnland", "WATERSCHAP")
    credential("analyst", "ANALYST", "Analist CIO Rijk")
    credential("auditor", "AUDITOR", "Auditdienst Rijk")
    credential("admin-2", "ADMIN", "Tweede beheerder")
    credential("utrecht-2", "ORGANISATION", "Gemeente Utrecht: koppeling zaaksysteem", utrecht)
    credential("leaver", "ANALYST", "Analist die vertrok")

    # Before the voorlopig standpunt (2023-12-11) no rule set is in force: nothing is refused.
    register("bzk", "kamervragen", "EXPLORATION", "2023-03-14T09:00:00Z", "Samenvatten van Kamervragen", True,
             "OWN_DEVELOPMENT", model=MODEL_GPT, hosting="EU_CLOUD",
             purpose="Eerste samenvatting van binnengekomen Kamervragen voor de beleidsdirectie")
    step("bzk", "kamervragen", "PilotStarted", "2023-06-01T08:00:00Z")
    step("bzk", "kamervragen", "RiskAnalysisSubmitted", "2023-09-01T10:00:00Z", analysisId="dpia-2023-01",
         kind="DPIA", documentRef="https://intranet.minbzk.example/dpia/2023-01.pdf", documentSha256=SHA["a"])
    step("bzk", "kamervragen", "RiskAnalysisApproved", "2023-10-02T10:00:00Z", analysisId="dpia-2023-01",
         approverRole="FG")
    step("bzk", "kamervragen", "MovedToProduction", "2023-11-20T09:00:00Z")
    step("bzk", "kamervragen", "IncidentReported", "2024-02-02T13:45:00Z", severity="LOW",
         description="Een samenvatting noemde een verkeerde datum; hersteld door de behandelaar.")
    # reported late: the sign-offs occurred before the incident that was posted first
    step("bzk", "kamervragen", "RoleSignedOff", "2024-01-15T09:00:00Z", role="CIO", signedBy="CIO BZK")
    step("bzk", "kamervragen", "RoleSignedOff", "2024-01-16T09:00:00Z", role="FG", signedBy="FG BZK")

    register("bzk", "intranet-chat", "PRODUCTION", "2023-05-01T00:00:00Z", "Chatassistent op het intranet", True,
             "CONSUMER_TERMS", model=MODEL_GPT, hosting="NON_EU_CLOUD",
             purpose="Vragen van medewerkers beantwoorden (consumentenvoorwaarden, bestaand gebruik)")
    step("bzk", "intranet-chat", "DetailsAmended", "2024-03-01T09:00:00Z", procurement="CONTRACTED",
         hosting="EU_CLOUD")
    step("bzk", "intranet-chat", "SupplierAgreementRecorded", "2024-03-05T09:00:00Z", supplier="Microsoft",
         agreementRef="Rijksbrede verwerkersovereenkomst M365 2024", coversDataProcessing=True)
    step("bzk", "intranet-chat", "Suspended", "2024-05-01T07:30:00Z",
         reason="Onderzoek naar gegevensstromen buiten de EU")

    register("uwv", "bezwaar", "PILOT", "2023-09-12T08:00:00Z", "Classificatie van bezwaarschriften", False,
             "CONTRACTED", risk_class="HIGH_RISK", personal=True, hosting="GOVERNMENT_CLOUD",
             purpose="Bezwaarschriften naar onderwerp sorteren voor de juiste behandelaar")
    step("uwv", "bezwaar", "RiskAnalysisSubmitted", "2024-01-10T09:00:00Z", analysisId="iama-1", kind="IAMA",
         documentRef="https://uwv.example/iama/bezwaar-v1.pdf", documentSha256=SHA["b"])
    step("uwv", "bezwaar", "RiskAnalysisRejected", "2024-02-01T09:00:00Z", analysisId="iama-1",
         reason="Onvolledig: de grondrechtentoets ontbreekt")
    step("uwv", "bezwaar", "RiskAnalysisSubmitted", "2024-03-01T09:00:00Z", analysisId="iama-2", kind="IAMA",
         documentRef="https://uwv.example/iama/bezwaar-v2.pdf", documentSha256=SHA["c"])
    step("uwv", "bezwaar", "RiskAnalysisApproved", "2024-04-02T09:00:00Z", analysisId="iama-2",
         approverRole="LEGAL")
    step("uwv", "bezwaar", "RiskAnalysisSubmitted", "2024-03-15T09:00:00Z", analysisId="dpia-bezwaar",
         kind="DPIA", documentRef="https://uwv.example/dpia/bezwaar.pdf", documentSha256=SHA["d"])
    step("uwv", "bezwaar", "RiskAnalysisApproved", "2024-04-20T09:00:00Z", analysisId="dpia-bezwaar",
         approverRole="FG")
    step("uwv", "bezwaar", "RoleSignedOff", "2024-05-02T09:00:00Z", role="CIO", signedBy="CIO UWV")
    step("uwv", "bezwaar", "RoleSignedOff", "2024-05-03T09:00:00Z", role="FG", signedBy="FG UWV")
    step("uwv", "bezwaar", "SupplierAgreementRecorded", "2024-05-10T09:00:00Z", supplier="Leverancier Tekstanalyse B.V.",
         agreementRef="UWV-2024-0117", coversDataProcessing=True)
    step("uwv", "bezwaar", "MovedToProduction", "2024-06-03T06:00:00Z")
    step("uwv", "bezwaar", "IncidentReported", "2024-09-10T11:00:00Z", severity="HIGH",
         description="Een categorie bezwaren werd structureel verkeerd ingedeeld.")

    register("utrecht", "vertaalhulp", "EXPLORATION", "2024-02-01T09:00:00Z", "Vertaalhulp voor de balie", True,
             "OWN_DEVELOPMENT", model=MODEL_MISTRAL, hosting="ON_PREMISES",
             purpose="Gesprekken aan de balie vertalen voor inwoners die geen Nederlands spreken")
    step("utrecht", "vertaalhulp", "PilotStarted", "2024-04-01T09:00:00Z")
    step("utrecht", "vertaalhulp", "RiskAnalysisSubmitted", "2024-05-01T09:00:00Z", analysisId="sec-vertaal",
         kind="SECURITY", documentRef="BIO-toets vertaalhulp, zaak 2024-1187", documentSha256=SHA["a"])
    step("utrecht", "vertaalhulp", "RiskAnalysisApproved", "2024-05-15T09:00:00Z", analysisId="sec-vertaal",
         approverRole="CISO")

    register("utrecht", "anonimiseren", "EXPLORATION", "2024-05-13T10:00:00Z", "Woo-documenten anonimiseren",
             False, "CONTRACTED", token=ADMIN, purpose="Verkenning: persoonsgegevens in Woo-documenten lakken")

    register("gelderland", "subsidies", "PRODUCTION", "2024-08-19T07:00:00Z", "Subsidieaanvragen voorsorteren",
             False, "CONTRACTED", risk_class="LIMITED_RISK", hosting="GOVERNMENT_CLOUD",
             purpose="Subsidieaanvragen op volledigheid controleren (bestaand gebruik)")
    step("gelderland", "subsidies", "RiskAnalysisSubmitted", "2024-10-01T09:00:00Z", analysisId="other-1",
         kind="OTHER", documentRef="Quickscan algoritmekader provincie", documentSha256=SHA["b"])
    step("gelderland", "subsidies", "RiskAnalysisApproved", "2024-11-01T09:00:00Z", analysisId="other-1",
         approverRole="PROCESS_OWNER")
    # reported late: the agreement was signed before the risk analysis
    step("gelderland", "subsidies", "SupplierAgreementRecorded", "2024-09-02T09:00:00Z", supplier="Provinciaal ICT",
         agreementRef="PG/2024/0931", coversDataProcessing=False)

    register("aa-en-maas", "dijkschade", "PILOT", "2024-10-07T06:00:00Z",
             "Detectie van schade aan dijken (beeldherkenning)", False, "OWN_DEVELOPMENT",
             hosting="ON_PREMISES", purpose="Dronebeelden van dijken op schade doorzoeken")

    register("svb", "aow-brieven", "EXPLORATION", "2024-11-04T08:30:15.123456Z", "AOW-brieven in begrijpelijke taal",
             True, "OWN_DEVELOPMENT", personal=True, model=MODEL_GPT_NL, hosting="ON_PREMISES",
             purpose="Conceptbrieven herschrijven op taalniveau B1")

    register("svb", "risicoscore", "PRODUCTION", "2023-01-10T08:00:00Z", "Risicoscore kinderopvang (oud)", False,
             "CONTRACTED", risk_class="HIGH_RISK", personal=True, sensitive=True, hosting="GOVERNMENT_CLOUD")
    step("svb", "risicoscore", "SupplierAgreementRecorded", "2023-02-01T08:00:00Z", supplier="Analysebureau B.V.",
         agreementRef="SVB-2022-311", coversDataProcessing=True)
    step("svb", "risicoscore", "IncidentReported", "2023-06-01T08:00:00Z", severity="SERIOUS",
         description="Nationaliteit bleek een indirecte factor in de score.")
    step("svb", "risicoscore", "Suspended", "2023-06-02T08:00:00Z", reason="Onderzoek naar discriminatie")
    step("svb", "risicoscore", "Retired", "2023-08-01T08:00:00Z", reason="Definitief gestopt na onderzoek")

    register("bosch", "scanauto", "PILOT", "2024-03-01T08:00:00Z", "Handhaving parkeren met een scanauto", False,
             "CONTRACTED", risk_class="LIMITED_RISK", personal=True, hosting="EU_CLOUD")
    step("bosch", "scanauto", "RiskAnalysisSubmitted", "2024-04-01T08:00:00Z", analysisId="dpia-scan", kind="DPIA",
         documentRef="DPIA scanauto 2024", documentSha256=SHA["c"])
    step("bosch", "scanauto", "RiskAnalysisApproved", "2024-05-01T08:00:00Z", analysisId="dpia-scan",
         approverRole="PRIVACY_OFFICER")
    step("bosch", "scanauto", "RoleSignedOff", "2024-05-02T08:00:00Z", role="CIO", signedBy="CIO 's-Hertogenbosch")
    step("bosch", "scanauto", "RoleSignedOff", "2024-05-02T09:00:00Z", role="FG", signedBy="FG 's-Hertogenbosch")
    step("bosch", "scanauto", "RoleSignedOff", "2024-05-03T09:00:00Z", role="PROCESS_OWNER",
         signedBy="Afdelingshoofd Parkeren")
    step("bosch", "scanauto", "SupplierAgreementRecorded", "2024-05-10T08:00:00Z", supplier="Scanauto's Nederland",
         agreementRef="Raamovereenkomst parkeren 2024", coversDataProcessing=True)
    step("bosch", "scanauto", "MovedToProduction", "2024-09-02T06:00:00Z")
    for month, severity in (("10", "LOW"), ("12", "MEDIUM")):
        step("bosch", "scanauto", "IncidentReported", f"2024-{month}-15T10:00:00Z", severity=severity,
             description=f"Foutieve naheffingen in maand {month}, gecorrigeerd")

    register("groningen", "notulen", "EXPLORATION", "2024-09-09T09:00:00Z", "Notulen van wijkgesprekken", True,
             "OWN_DEVELOPMENT", model=MODEL_GPT_NL, hosting="ON_PREMISES")
    register("zeeland", "vaarwegen", "PRODUCTION", "2024-12-01T09:00:00Z", "Onderhoud van vaarwegen voorspellen",
             False, "OWN_DEVELOPMENT", hosting="GOVERNMENT_CLOUD")
    register("rijnland", "kroos", "EXPLORATION", "2024-06-06T09:00:00Z", "Kroosgroei herkennen op satellietbeelden",
             False, "OWN_DEVELOPMENT")


def round_2():
    """Early 2025 under the voorlopig standpunt and the first months of the standpunt 2025; late steps of round 1."""
    step("bzk", "intranet-chat", "Resumed", "2024-06-01T07:30:00Z")
    step("uwv", "bezwaar", "RoleSignedOff", "2024-05-01T08:00:00Z", role="CISO", signedBy="CISO UWV")  # late
    step("uwv", "bezwaar", "IncidentReported", "2025-01-20T16:20:00Z", severity="SERIOUS",
         description="Persoonsgegevens van een bezwaarmaker waren zichtbaar in een \"testomgeving\".\n"
                     "Gemeld bij de AP onder nummer 2025-0042.")
    step("uwv", "bezwaar", "Suspended", "2025-01-21T08:00:00Z", reason="Datalek: stilgelegd tot herstel")
    step("uwv", "bezwaar", "Resumed", "2025-03-01T08:00:00Z")

    step("utrecht-2", "vertaalhulp", "RoleSignedOff", "2024-06-01T09:00:00Z", role="CIO", signedBy="CIO Utrecht")
    step("utrecht-2", "vertaalhulp", "RoleSignedOff", "2024-06-01T10:00:00Z", role="FG", signedBy="FG Utrecht")
    step("utrecht", "vertaalhulp", "MovedToProduction", "2024-07-01T09:00:00Z")
    step("utrecht", "vertaalhulp", "DetailsAmended", "2025-02-01T09:00:00Z", model=MODEL_LLAMA)
    for at in ("2024-06-01", "2024-12-01"):
        step("bzk", "kamervragen", "DetailsAmended", f"{at}T06:00:00Z", model=dict(MODEL_GPT, name=f"GPT-4o ({at})"))
    step("bosch", "scanauto", "DetailsAmended", "2025-01-06T09:00:00Z", hosting="GOVERNMENT_CLOUD")
    step("groningen", "notulen", "PilotStarted", "2025-02-03T09:00:00Z")
    step("rijnland", "kroos", "PilotStarted", "2025-03-03T09:00:00Z")

    # the last microsecond of the voorlopig standpunt, then the first moment of the standpunt 2025
    register("jenv", "transcriptie", "EXPLORATION", "2025-04-15T23:59:59.999999Z", "Transcriptie van verhoren",
             True, "OWN_DEVELOPMENT", personal=True, model=MODEL_LLAMA, hosting="ON_PREMISES")
    step("jenv", "transcriptie", "PilotStarted", "2025-04-16T00:00:00Z")
    step("jenv", "transcriptie", "RiskAnalysisSubmitted", "2025-05-01T09:00:00Z", analysisId="dpia-transcriptie",
         kind="DPIA", documentRef="DPIA transcriptie van verhoren", documentSha256=SHA["d"])
    step("jenv", "transcriptie", "RiskAnalysisApproved", "2025-06-01T09:00:00Z", analysisId="dpia-transcriptie",
         approverRole="FG")

    step("utrecht", "anonimiseren", "Retired", "2024-11-30T16:00:00Z", reason="Verkenning afgerond zonder vervolg")
    step("gelderland", "subsidies", "RoleSignedOff", "2024-12-02T09:00:00Z", role="PRIVACY_OFFICER",
         signedBy="Privacy officer Gelderland")
    step("gelderland", "subsidies", "IncidentReported", "2025-02-14T10:00:00Z", severity="MEDIUM",
         description="Aanvragen met bijlagen in ODT-formaat werden als onvolledig gemarkeerd.")
    step("aa-en-maas", "dijkschade", "Suspended", "2025-02-10T06:00:00Z", reason="Drone-inzet tijdelijk verboden")
    step("aa-en-maas", "dijkschade", "Resumed", "2025-03-03T06:00:00Z")

    # a nanosecond time is kept to the microsecond
    step("svb", "aow-brieven", "PilotStarted", "2025-01-06T09:00:00.987654321Z")
    step("svb", "aow-brieven", "RiskAnalysisSubmitted", "2025-02-03T09:00:00Z", analysisId="dpia-aow",
         kind="DPIA", documentRef="https://svb.example/dpia/aow-brieven.pdf", documentSha256=SHA["c"])
    step("svb", "aow-brieven", "RiskAnalysisApproved", "2025-03-03T09:00:00+01:00", analysisId="dpia-aow",
         approverRole="FG")
    step("svb", "aow-brieven", "RoleSignedOff", "2025-03-10T09:00:00Z", role="CIO", signedBy="CIO SVB")
    step("svb", "aow-brieven", "RoleSignedOff", "2025-03-11T09:00:00Z", role="FG", signedBy="FG SVB")
    step("svb", "aow-brieven", "MovedToProduction", "2025-04-10T09:00:00Z")

    register("bzk", "copilot", "PILOT", "2025-01-15T09:00:00Z", "Beleidsnotities schrijven met Copilot", True,
             "CONTRACTED", model=MODEL_GPT, hosting="NON_EU_CLOUD",
             purpose="Eerste versies van beleidsnotities zonder persoonsgegevens")
    step("bzk", "copilot", "SupplierAgreementRecorded", "2025-02-01T09:00:00Z", supplier="Microsoft",
         agreementRef="SLM Rijk Microsoft 2025, bijlage generatieve AI", coversDataProcessing=True)
    step("bzk", "copilot", "RiskAnalysisSubmitted", "2025-02-15T09:00:00Z", analysisId="sec-copilot",
         kind="SECURITY", documentRef="https://intranet.minbzk.example/security/copilot.pdf", documentSha256=SHA["d"])
    step("bzk", "copilot", "RiskAnalysisApproved", "2025-03-15T09:00:00Z", analysisId="sec-copilot",
         approverRole="CISO")
    step("bzk", "copilot", "RoleSignedOff", "2025-04-01T09:00:00Z", role="CIO", signedBy="CIO BZK")
    step("bzk", "copilot", "RoleSignedOff", "2025-04-01T09:30:00Z", role="FG", signedBy="FG BZK")
    step("bzk", "copilot", "MovedToProduction", "2025-04-22T09:00:00Z")

    register("bosch", "chatbot", "EXPLORATION", "2025-05-06T09:00:00Z", "Klantcontact-chatbot ‘Bossche Bol’ 🍫",
             True, "CONTRACTED", personal=True, model=MODEL_MISTRAL, hosting="EU_CLOUD",
             purpose="Vragen van inwoners beantwoorden op de website van ’s-Hertogenbosch (één loket, €-tarieven)")
    step("bosch", "chatbot", "PilotStarted", "2025-06-02T09:00:00Z")
    step("bosch", "chatbot", "RiskAnalysisSubmitted", "2025-06-15T09:00:00Z", analysisId="dpia-bol", kind="DPIA",
         documentRef="https://s-hertogenbosch.example/dpia/bossche-bol.pdf", documentSha256=SHA["a"])
    step("bosch", "chatbot", "RiskAnalysisApproved", "2025-07-01T09:00:00Z", analysisId="dpia-bol",
         approverRole="FG")
    step("bosch", "chatbot", "RoleSignedOff", "2025-07-10T09:00:00Z", role="CIO", signedBy="M. Çelik")
    step("bosch", "chatbot", "RoleSignedOff", "2025-07-10T09:05:00Z", role="FG", signedBy="J. van der Ploeg")
    step("bosch", "chatbot", "SupplierAgreementRecorded", "2025-07-05T09:00:00Z", supplier="Chatbouwers B.V.",
         agreementRef="Overeenkomst 2025/117", coversDataProcessing=True)

    register("ictu", "code-assistent", "PRODUCTION", "2025-06-30T12:00:00Z", "Code-assistent voor ontwikkelaars",
             True, "CONTRACTED", model=MODEL_GPT, hosting="NON_EU_CLOUD",
             purpose="Suggesties voor programmacode (bestaand gebruik, zonder governance vastgelegd)")

    register("uwv", "medisch", "PILOT", "2025-09-01T09:00:00Z", "Samenvatten van medische dossiers", True,
             "OWN_DEVELOPMENT", risk_class="HIGH_RISK", personal=True, sensitive=True, model=MODEL_GPT_NL,
             hosting="ON_PREMISES", purpose="Verzekeringsartsen een samenvatting van het dossier geven")
    step("uwv", "medisch", "RiskAnalysisSubmitted", "2025-09-15T09:00:00Z", analysisId="dpia-medisch",
         kind="DPIA", documentRef="https://uwv.example/dpia/medisch.pdf", documentSha256=SHA["b"])
    step("uwv", "medisch", "RiskAnalysisSubmitted", "2025-09-16T09:00:00Z", analysisId="fria-medisch",
         kind="FRIA", documentRef="https://uwv.example/fria/medisch.pdf", documentSha256=SHA["c"])
    step("uwv", "medisch", "RiskAnalysisApproved", "2025-10-01T09:00:00Z", analysisId="fria-medisch",
         approverRole="LEGAL")
    step("uwv", "medisch", "RiskAnalysisRejected", "2025-10-02T09:00:00Z", analysisId="dpia-medisch",
         reason="Bewaartermijnen niet onderbouwd")

    register("gelderland", "omgevingsvergunning", "EXPLORATION", "2025-12-01T09:00:00Z",
             "Omgevingsvergunningen toetsen met een taalmodel", True, "OWN_DEVELOPMENT", model=MODEL_LLAMA,
             hosting="ON_PREMISES")

    # a refused step stores nothing
    step("ictu", "code-assistent", "Suspended", "2025-06-01T00:00:00Z", expect=(409,), reason="voor registratie")


def round_3(snapshots):
    """The first snapshot of the Algoritmeregister, 2026 applications, the commitments."""
    import_snapshot(snapshots, "2026-05-13")
    known = {o["id"] for o in get("/api/v1/organisations")["items"]}
    assert "gemeente-utrecht" in known and "gemeente-goes" in known, known

    step("bzk", "intranet-chat", "Retired", "2025-09-30T17:00:00Z", reason="Vervangen door Copilot")
    step("aa-en-maas", "dijkschade", "Retired", "2025-10-01T06:00:00Z", reason="Pilot beëindigd")
    step("bosch", "chatbot", "MovedToProduction", "2025-08-01T09:00:00Z")
    step("bosch", "chatbot", "IncidentReported", "2025-09-12T14:00:00Z", severity="LOW",
         description="De chatbot antwoordde in het Engels op een vraag over \"afval\" en 'grofvuil'.")
    step("bosch", "chatbot", "DetailsAmended", "2025-10-01T09:00:00Z",
         purpose="Vragen van inwoners beantwoorden op de website, met verwijzing naar een medewerker")
    step("ictu", "code-assistent", "SupplierAgreementRecorded", "2026-01-15T09:00:00Z", supplier="GitHub",
         agreementRef="ICTU-2026-003", coversDataProcessing=False)
    step("ictu", "code-assistent", "RiskAnalysisSubmitted", "2026-02-01T09:00:00Z", analysisId="other-code",
         kind="OTHER", documentRef="Risicoverkenning code-assistent", documentSha256=SHA["d"])
    step("uwv", "medisch", "RiskAnalysisSubmitted", "2025-11-01T09:00:00Z", analysisId="dpia-medisch-2",
         kind="DPIA", documentRef="https://uwv.example/dpia/medisch-v2.pdf", documentSha256=SHA["a"])
    step("uwv", "medisch", "RiskAnalysisApproved", "2025-11-20T09:00:00Z", analysisId="dpia-medisch-2",
         approverRole="FG")
    step("uwv", "medisch", "RoleSignedOff", "2025-12-01T09:00:00Z", role="CIO", signedBy="CIO UWV")
    step("uwv", "medisch", "RoleSignedOff", "2025-12-01T09:10:00Z", role="FG", signedBy="FG UWV")
    step("uwv", "medisch", "RoleSignedOff", "2025-12-01T09:20:00Z", role="CISO", signedBy="CISO UWV")
    step("uwv", "medisch", "MovedToProduction", "2026-01-12T07:00:00Z")
    step("gelderland", "omgevingsvergunning", "Retired", "2026-02-01T09:00:00Z", reason="Niet doorgezet")
    for at in ("2025-06-01", "2025-12-01"):
        step("bzk", "kamervragen", "DetailsAmended", f"{at}T06:00:00Z", model=dict(MODEL_GPT, name=f"GPT-4o ({at})"))
    for at in ("2025-06-01", "2025-08-01", "2025-10-01", "2025-12-01", "2026-02-01"):
        step("bzk", "copilot", "DetailsAmended", f"{at}T05:00:00Z",
             model=dict(MODEL_GPT, name=f"Microsoft 365 Copilot ({at[:7]})"))
    step("uwv", "bezwaar", "RiskAnalysisSubmitted", "2025-06-01T09:00:00Z", analysisId="iama-2025", kind="IAMA",
         documentRef="https://uwv.example/iama/bezwaar-2025.pdf", documentSha256=SHA["a"])
    step("uwv", "bezwaar", "RiskAnalysisApproved", "2025-06-20T09:00:00Z", analysisId="iama-2025",
         approverRole="LEGAL")
    step("bosch", "scanauto", "IncidentReported", "2025-10-15T10:00:00Z", severity="LOW",
         description="Camera vervuild; scans van een dag overgedaan")
    step("bosch", "scanauto", "Suspended", "2025-11-01T06:00:00Z", reason="Aanbesteding nieuwe leverancier")
    step("bosch", "scanauto", "Resumed", "2025-11-20T06:00:00Z")
    step("groningen", "notulen", "RiskAnalysisSubmitted", "2025-09-01T09:00:00Z", analysisId="sec-notulen",
         kind="SECURITY", documentRef="Securityscan notulen", documentSha256=SHA["b"])
    step("jenv", "transcriptie", "RoleSignedOff", "2025-12-01T09:00:00Z", role="CIO", signedBy="CIO JenV")
    step("jenv", "transcriptie", "RoleSignedOff", "2025-12-01T09:00:00Z", role="FG", signedBy="FG JenV")
    # the last microsecond before the transition deadline runs out
    step("jenv", "transcriptie", "MovedToProduction", "2025-12-31T23:59:59.999999Z")

    register("utrecht", "raadsverslagen", "EXPLORATION", "2026-01-05T09:00:00Z",
             "Verslaglegging van raadsvergaderingen", True, "CONTRACTED", model=MODEL_GPT, hosting="EU_CLOUD")
    step("utrecht", "raadsverslagen", "PilotStarted", "2026-02-02T09:00:00Z")

    register("bzk", "zoekassistent", "EXPLORATION", "2026-03-02T09:00:00Z", "Interne zoekassistent", True,
             "OWN_DEVELOPMENT", model=MODEL_GPT_NL, hosting="ON_PREMISES", idempotency_key="fixture-zoek-1")
    step("bzk", "zoekassistent", "PilotStarted", "2026-04-01T09:00:00Z", idempotency_key="fixture-zoek-2")

    register("aa-en-maas", "peilbeheer", "EXPLORATION", "2026-04-01T09:00:00+02:00", "Peilbeheer voorspellen",
             False, "OWN_DEVELOPMENT", risk_class="MINIMAL_RISK", hosting="ON_PREMISES")
    step("aa-en-maas", "peilbeheer", "PilotStarted", "2026-05-04T06:00:00Z")
    step("aa-en-maas", "peilbeheer", "RiskAnalysisSubmitted", "2026-06-01T09:00:00Z", analysisId="sec-peil",
         kind="SECURITY", documentRef="Beveiligingstoets peilbeheer", documentSha256=SHA["b"])

    register("svb", "fraudesignalen", "EXPLORATION", "2026-06-01T09:00:00Z", "Fraudesignalen uit sociale media",
             False, "OWN_DEVELOPMENT", risk_class="PROHIBITED", personal=True,
             purpose="Verkenning, stopgezet: sociale scoring is een verboden praktijk")

    commitment({"id": "motie-fixture-1003", "kind": "MOTIE", "reference": "Kamerstukken 2022/23, 26 643, nr. 1003",
                "title": "Verzoekt de regering generatieve AI alleen in te zetten met een risicoanalyse",
                "submitters": ["Dekker-Abdulaziz", "Rajkowski"], "adoptedOn": "2023-04-11",
                "dueDate": "2025-06-30", "responsibleOrganisationId": "00000001003214345000",
                "actionLine": "SAMENWERKEN"})
    commitment({"id": "toezegging-fixture-kennis", "kind": "TOEZEGGING",
                "reference": "Toezegging commissiedebat digitale zaken, 2024 (fixture)",
                "title": "Gemeenten delen kennis over AI in de uitvoering", "submitters": [],
                "adoptedOn": "2024-02-07", "dueDate": "2026-12-31", "responsibleOrganisationId": "gemeente-utrecht",
                "actionLine": "KENNIS_EN_KUNDE"})
    commitment({"id": "motie-fixture-lokaal", "kind": "MOTIE", "reference": "Kamerstukken 2023/24, 26 643, nr. 9001",
                "title": "Verzoekt AI-modellen in beginsel lokaal te draaien (fixture)",
                "submitters": ["Een Kamerlid"], "adoptedOn": "2024-03-12", "dueDate": "2026-01-31",
                "responsibleOrganisationId": "uwv", "actionLine": "ONTWIKKELINGEN_VOLGEN"})
    commitment({"id": "toezegging-fixture-wet", "kind": "TOEZEGGING",
                "reference": "Kamerstukken 2024/25, 26 643, nr. 9002 (fixture)",
                "title": "Toezicht op de AI-verordening regelen", "submitters": ["Commissie Digitale Zaken"],
                "adoptedOn": "2025-05-20", "dueDate": "2027-06-30", "responsibleOrganisationId": "ictu",
                "actionLine": "WET_EN_REGELGEVING"})
    later_shapes()


def later_shapes():
    """What releases after 6bf5ce7 store besides (947554e: exceptions to a rule, and commitments as their sources
    give them); only where the release's API has them, so that 6bf5ce7 gets the store it always got."""
    schemas = get("/api/v1/openapi.json")["components"]["schemas"]
    if "PolicyExceptionGranted" not in schemas:
        print("no exceptions to rules or commitments of the visie in this release")
        return
    # R4 of the voorlopig standpunt allows an exception: granted with a registration, and on existing use
    register("bzk", "publieke-vertaler", "EXPLORATION", "2024-02-12T09:00:00Z", "Openbare teksten vertalen", True,
             "CONSUMER_TERMS", exceptions=[{"rule": "R4", "grantedBy": "CIO BZK",
                                            "justification": "Alleen openbare teksten, voor zes maanden"}])
    register("bzk", "notulen-dienst", "PILOT", "2023-10-02T09:00:00Z", "Notulen met een publieke dienst", True,
             "CONSUMER_TERMS")
    step("bzk", "notulen-dienst", "PolicyExceptionGranted", "2024-01-10T09:00:00Z", rule="R4",
         grantedBy="CIO BZK", justification="Bestaand gebruik tot de aanbesteding")
    commitment({"id": "actie-fixture-visie", "kind": "ACTIE",
                "kamerstuk": {"vergaderjaar": "2023-2024", "dossier": "26 643", "number": "1125"},
                "title": "Een actie uit de visie (fixture)", "firstNamedOn": "2024-01", "dueDate": "2025",
                "responsibleOrganisationId": "00000001003214345000",
                "responsibleMinister": "Staatssecretaris van BZK (fixture)", "actionLine": "SAMENWERKEN",
                "sources": ["Kamerstuk 26 643, nr. 1125 (fixture)"]})
    commitment_step(ADMIN, "actie-fixture-visie", "ProgressReported", None, summary="Voortgang in het voorjaar",
                    occurredOn="2024-05")
    commitment_step(tokens["bzk"], "actie-fixture-visie", "ApplicationLinked", "2024-06-03T09:00:00Z",
                    applicationId=applications["publieke-vertaler"])
    commitment_step(ADMIN, "actie-fixture-visie", "Fulfilled", None, reference="Kamerbrief eind 2025 (fixture)",
                    occurredOn="2025")


def round_4(snapshots):
    """The second snapshot, organisations acting on imported applications, the commitments' progress."""
    import_snapshot(snapshots, "2026-06-30")
    step("aa-en-maas", "peilbeheer", "RiskAnalysisApproved", "2026-06-15T09:00:00Z", analysisId="sec-peil",
         approverRole="CISO")
    step("aa-en-maas", "peilbeheer", "RoleSignedOff", "2026-06-20T09:00:00Z", role="CIO", signedBy="CIO Aa en Maas")
    step("aa-en-maas", "peilbeheer", "RoleSignedOff", "2026-06-20T09:30:00Z", role="FG", signedBy="FG Aa en Maas")
    step("aa-en-maas", "peilbeheer", "MovedToProduction", "2026-09-01T06:00:00Z")
    step("svb", "fraudesignalen", "DetailsAmended", "2026-07-01T09:00:00Z", aiActRiskClass="HIGH_RISK",
         name="Fraudesignalen (herzien)")
    step("svb", "fraudesignalen", "Retired", "2026-08-01T09:00:00Z", reason="Verkenning gestopt")
    step("utrecht", "raadsverslagen", "Suspended", "2026-03-01T09:00:00Z", reason="Wachten op inkoopadvies")
    step("utrecht", "vertaalhulp", "IncidentReported", "2026-10-05T12:00:00Z", severity="MEDIUM",
         description="Vertaling naar het Tigrinya was onbruikbaar.")
    step("utrecht", "vertaalhulp", "DetailsAmended", "2026-10-06T09:00:00Z", lars="fixture-lars-vertaalhulp",
         personalData=True)
    step("bzk", "kamervragen", "DetailsAmended", "2026-06-01T06:00:00Z", model=dict(MODEL_GPT, name="GPT-4.1"))
    for at in ("2026-04-01", "2026-06-01", "2026-08-01", "2026-10-01"):
        step("bzk", "copilot", "DetailsAmended", f"{at}T05:00:00Z",
             model=dict(MODEL_GPT, name=f"Microsoft 365 Copilot ({at[:7]})"))
    step("uwv", "bezwaar", "RiskAnalysisSubmitted", "2026-06-01T09:00:00Z", analysisId="iama-2026", kind="IAMA",
         documentRef="https://uwv.example/iama/bezwaar-2026.pdf", documentSha256=SHA["b"])
    step("uwv", "bezwaar", "RiskAnalysisApproved", "2026-06-22T09:00:00Z", analysisId="iama-2026",
         approverRole="LEGAL")
    for month in ("2025-11", "2026-01", "2026-03", "2026-05"):
        step("bosch", "chatbot", "IncidentReported", f"{month}-10T10:00:00Z", severity="LOW",
             description=f"Maandelijkse steekproef {month}: een antwoord zonder bronvermelding")
    step("zeeland", "vaarwegen", "Retired", "2026-05-01T09:00:00Z", reason="Opgenomen in het landelijke model")
    step("rijnland", "kroos", "RiskAnalysisSubmitted", "2026-04-01T09:00:00Z", analysisId="other-kroos",
         kind="OTHER", documentRef="Algoritmekader-toets kroos", documentSha256=SHA["c"])
    step("rijnland", "kroos", "RiskAnalysisRejected", "2026-04-15T09:00:00Z", analysisId="other-kroos",
         reason="Geen toets op bias in de trainingsbeelden")

    # Organisations act on what the import observed: Goes gets a credential and corrects a rule-based chatbot.
    credential("goes", "ORGANISATION", "Gemeente Goes", "gemeente-goes")
    applications["goes-guus"] = imported("51719946")
    applications["goes-safegpt"] = imported("38265280")
    applications["utrecht-parkeren"] = imported("12337864")
    applications["politie-gpt"] = imported("21714421")
    applications["rucphen-gezicht"] = imported("29617829")
    step("goes", "goes-guus", "DetailsAmended", "2026-07-02T09:00:00Z", generativeAi=False,
         purpose="Regelgebaseerde chatbot, geen taalmodel")
    step("goes", "goes-safegpt", "RiskAnalysisSubmitted", "2026-07-03T09:00:00Z", analysisId="dpia-safegpt",
         kind="DPIA", documentRef="Goes DPIA SafeGPT", documentSha256=SHA["c"])
    step("goes", "goes-safegpt", "RiskAnalysisApproved", "2026-07-10T09:00:00Z", analysisId="dpia-safegpt",
         approverRole="FG")
    step("goes", "goes-safegpt", "RoleSignedOff", "2026-07-11T09:00:00Z", role="CIO", signedBy="CIO Goes")
    step("utrecht", "utrecht-parkeren", "DetailsAmended", "2026-07-15T09:00:00Z", aiActRiskClass="LIMITED_RISK",
         hosting="GOVERNMENT_CLOUD", model={"name": "Kentekenherkenning", "provider": "Leverancier X",
                                            "openSource": False, "origin": "EU"})
    step("utrecht", "utrecht-parkeren", "SupplierAgreementRecorded", "2026-07-16T09:00:00Z",
         supplier="Leverancier X", agreementRef="U-2026-88", coversDataProcessing=True)

    bzk, utrecht = tokens["bzk"], tokens["utrecht"]
    commitment_step(ADMIN, "motie-fixture-1003", "ProgressReported", "2024-05-01T09:00:00Z",
                    summary="Kader risicoanalyse generatieve AI verspreid", reference="Kamerstukken 2023/24, 26 643, nr. 1100")
    commitment_step(bzk, "motie-fixture-1003", "ApplicationLinked", "2024-05-02T09:00:00Z",
                    applicationId=applications["kamervragen"])
    commitment_step(ADMIN, "motie-fixture-1003", "DueDateChanged", "2025-06-15T09:00:00Z", dueDate="2025-12-31",
                    reason="Wachten op het standpunt 2025")
    commitment_step(ADMIN, "motie-fixture-1003", "PartlyFulfilled", "2025-09-01T09:00:00Z",
                    reference="Kamerstukken 2024/25, 26 643, nr. 1250", summary="Standpunt vraagt risicoanalyse")
    commitment_step(ADMIN, "motie-fixture-1003", "Fulfilled", "2026-03-01T09:00:00Z",
                    reference="Kamerstukken 2025/26, 26 643, nr. 1301")

    commitment_step(utrecht, "toezegging-fixture-kennis", "ProgressReported", "2025-03-01T09:00:00Z",
                    summary="Eerste kennissessie met twaalf gemeenten gehouden")
    commitment_step(utrecht, "toezegging-fixture-kennis", "ApplicationLinked", "2025-03-02T09:00:00Z",
                    applicationId=applications["utrecht-parkeren"])
    commitment_step(ADMIN, "toezegging-fixture-kennis", "Withdrawn", "2026-06-01T09:00:00Z",
                    reason="Overgenomen door de VNG")

    commitment_step(ADMIN, "motie-fixture-lokaal", "ProgressReported", "2025-01-15T09:00:00Z",
                    summary="Onderzoek naar lokaal draaien gestart", reference="Kamerbrief 15 januari 2025")
    for quarter, at in (("Q2 2025", "2025-04-15"), ("Q3 2025", "2025-07-15"), ("Q4 2025", "2025-10-15"),
                        ("Q1 2026", "2026-01-15"), ("Q2 2026", "2026-04-15"), ("Q3 2026", "2026-07-15")):
        commitment_step(tokens["uwv"], "motie-fixture-lokaal", "ProgressReported", f"{at}T09:00:00Z",
                        summary=f"Voortgang {quarter}: proefopstelling met een lokaal model")
    commitment_step(ADMIN, "motie-fixture-lokaal", "ApplicationLinked", "2025-10-01T09:00:00Z",
                    applicationId=applications["medisch"])
    commitment_step(ADMIN, "motie-fixture-lokaal", "ApplicationLinked", "2026-07-01T09:00:00Z",
                    applicationId=applications["politie-gpt"])

    commitment_step(ADMIN, "toezegging-fixture-wet", "PartlyFulfilled", "2026-10-01T09:00:00Z",
                    reference="Kamerstukken 2026/27, 26 643, nr. 9003", summary="Toezichthouders aangewezen")
    commitment_step(ADMIN, "toezegging-fixture-wet", "ApplicationLinked", "2026-10-02T09:00:00Z",
                    applicationId=applications["goes-safegpt"])

    revoke("leaver")


# ---- waiting for a checkpoint --------------------------------------------------------------------------------------

def journal_text():
    return call("GET", "/api/v1/audit/journal?fromSequence=0&limit=100000", ADMIN).body


def caught_up():
    return all(p["caughtUp"] and not p["replaying"] for p in get("/api/v1/admin/projections")["items"])


def await_caught_up():
    deadline = time.monotonic() + 60
    while not caught_up():
        if time.monotonic() > deadline:
            sys.exit("the read models did not catch up")
        time.sleep(0.2)


def await_checkpoint_of_everything(round_number):
    """Waits until every processor (sealing among them) has caught up and a checkpoint covers the whole journal."""
    deadline = time.monotonic() + 60
    while True:
        if caught_up():
            stored = len(journal_text().splitlines())
            latest = call("GET", "/api/v1/audit/checkpoints/latest", ADMIN, expect=(200, 404))
            if latest.status == 200 and latest.json()["treeSize"] == stored:
                break
        if time.monotonic() > deadline:
            sys.exit(f"no checkpoint of the whole journal after round {round_number}")
        time.sleep(1)
    time.sleep(1)
    moments[round_number] = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    print(f"round {round_number}: {stored} events, all signed; moment {moments[round_number]}")


# ---- what the next release must read the same ------------------------------------------------------------------------

def reads(paths):
    return [{"path": path, "answer": get(path)} for path in paths]


def record(out):
    out.mkdir(parents=True, exist_ok=True)
    register_pages = []
    page = 1
    while True:
        path = f"/api/v1/applications?page={page}&pageSize=20"
        answer = get(path)
        register_pages.append({"path": path, "answer": answer})
        if page * 20 >= answer["total"]:
            break
        page += 1
    ids = sorted(item["id"] for read in register_pages for item in read["answer"]["items"])
    commitment_ids = sorted(item["id"] for item in get("/api/v1/commitments")["items"])
    t1, t2, t3, t4 = moments[1], moments[2], moments[3], moments[4]
    copilot, chatbot, bezwaar = applications["copilot"], applications["chatbot"], applications["bezwaar"]
    vertaalhulp, guus = applications["vertaalhulp"], applications["goes-guus"]

    write_json(out / "histories.json",
               reads([f"/api/v1/applications/{i}/history" for i in ids]
                     + [f"/api/v1/applications/{bezwaar}/history?asOf={t1}",
                        f"/api/v1/applications/{vertaalhulp}/history?asOf={t2}"]))
    write_json(out / "applications.json", register_pages + reads(
        [f"/api/v1/applications/{i}" for i in ids]
        + [f"/api/v1/applications/{vertaalhulp}?asOf={t1}",
           f"/api/v1/applications/{vertaalhulp}?validAt=2024-06-15T00:00:00Z",
           f"/api/v1/applications/{bezwaar}?asOf={t2}&validAt=2025-02-01T00:00:00Z",
           f"/api/v1/applications/{copilot}?validAt=2025-03-01T00:00:00Z",
           f"/api/v1/applications/{chatbot}?asOf={t2}",
           f"/api/v1/applications/{guus}?asOf={t3}",
           f"/api/v1/applications?pageSize=500&asOf={t2}",
           f"/api/v1/applications?pageSize=500&asOf={t3}&validAt=2025-12-31T23:59:59Z",
           "/api/v1/applications?pageSize=500&layer=GEMEENTE&phase=PRODUCTION&generativeAi=true",
           "/api/v1/applications?pageSize=500&validAt=2024-01-01T00:00:00Z"]))
    write_json(out / "commitments.json", reads(
        ["/api/v1/commitments"] + [f"/api/v1/commitments/{i}" for i in commitment_ids]
        + [f"/api/v1/commitments/motie-fixture-1003?asOf={t3}",
           "/api/v1/commitments/motie-fixture-1003?validAt=2025-07-01T00:00:00Z",
           f"/api/v1/commitments?asOf={t3}"]))
    write_json(out / "organisations.json", reads(["/api/v1/organisations"]))
    # the monitor answers with its moments: only reads that name both are the same when read again
    write_json(out / "monitor.json", reads(
        [f"/api/v1/monitor?asOf={t4}&validAt={t4}",
         f"/api/v1/monitor?asOf={t2}&validAt=2025-02-01T00:00:00Z",
         f"/api/v1/monitor?asOf={t4}&validAt=2025-12-31T23:59:59Z&layer=GEMEENTE",
         f"/api/v1/monitor?asOf={t4}&validAt={t4}&generativeAi=true"]))
    write_json(out / "tokens.json", credentials)
    (out / "journal.ndjson").write_text(journal_text(), encoding="utf-8")
    write_json(out / "checkpoints.json", get("/api/v1/audit/checkpoints"))
    verification = get("/api/v1/audit/verification")
    assert verification["ok"], verification
    print(f"recorded {len(ids)} applications, {len(commitment_ids)} commitments; verification {verification}")


def write_json(path, content):
    path.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(base, snapshots, expected):
    global BASE
    BASE = base.rstrip("/")
    assert not get("/api/v1/organisations")["items"], "the store is not empty"
    round_1()
    await_checkpoint_of_everything(1)
    round_2()
    await_checkpoint_of_everything(2)
    round_3(snapshots)
    await_checkpoint_of_everything(3)
    round_4(snapshots)
    await_checkpoint_of_everything(4)
    record(expected)
    write_json(expected / "moments.json", moments)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
