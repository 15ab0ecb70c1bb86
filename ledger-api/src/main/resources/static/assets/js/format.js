// Numbers, moments and the Dutch words for the API's enums, the same on every page.

const NUMBER = new Intl.NumberFormat('nl-NL');
const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const MOMENT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

export const number = (value) => NUMBER.format(value);
export const percent = (fraction) => PERCENT.format(fraction);
/** An RFC 3339 instant as a Dutch date and time (UTC, as the ledger keeps them). */
export const moment = (instant) => (instant ? `${MOMENT.format(new Date(instant))} UTC` : '—');
/** A YYYY-MM-DD date as a Dutch date. */
export const day = (date) => (date ? DAY.format(new Date(`${date}T00:00:00Z`)) : '—');
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A date as precise as its source: YYYY-MM-DD as "18 januari 2024", YYYY-MM as "januari 2024", YYYY as "2024". */
export const period = (date) => {
  if (!date) return '—';
  if (date.length === 4) return date;
  return date.length === 7 ? MONTH.format(new Date(`${date}-01T00:00:00Z`)) : day(date);
};
export const yesNo = (value) => (value ? 'ja' : 'nee');

/** A date picker's YYYY-MM-DD as the last moment of that day (UTC), the moment the pages read at. */
export const endOfDay = (date) => (date ? `${date}T23:59:59Z` : '');

export const PHASES = {
  EXPLORATION: 'Verkenning', PILOT: 'Pilot', PRODUCTION: 'In gebruik', SUSPENDED: 'Opgeschort', RETIRED: 'Buiten gebruik',
};
export const LAYERS = {
  RIJK: 'Rijk', UITVOERINGSORGANISATIE: 'Uitvoeringsorganisaties', GEMEENTE: 'Gemeenten', PROVINCIE: 'Provincies',
  WATERSCHAP: 'Waterschappen', OVERIG: 'Overig',
};
/** The compliance statuses as core.policy.ComplianceStatus words them, and what each means. */
export const COMPLIANCE = {
  COMPLIANT: 'Voldoet', NON_COMPLIANT: 'Voldoet niet', OVERDUE: 'Voldoet niet na de overgangstermijn',
  UNKNOWN: 'Onbekend', NOT_APPLICABLE: 'Niet van toepassing',
};
export const COMPLIANCE_MEANING = {
  COMPLIANT: 'Voldoet aan elke regel die erop van toepassing is.',
  NON_COMPLIANT: 'Mist ten minste één regel die erop van toepassing is.',
  OVERDUE: 'Bestaand gebruik dat na het einde van de overgangstermijn nog een regel mist.',
  UNKNOWN: 'De ledger kent deze toepassing alleen uit een openbare bron (het Algoritmeregister) en de organisatie '
    + 'heeft nog geen eigen stap vastgelegd. Over risicoanalyse, rollen en leveranciersafspraken is dus niets bekend; '
    + 'onbekend is geen overtreding.',
  NOT_APPLICABLE: 'Niet in gebruik, of geen regel in werking die op deze toepassing van toepassing is.',
};
export const RULE_KINDS = { STANDPUNT: 'Standpunt', WET: 'Wet', HUISREGEL: 'Huisregel' };
/** When a rule applies, as core.policy.Condition names it. */
export const CONDITIONS = {
  ALWAYS: 'Altijd', PERSONAL_DATA: 'Bij persoonsgegevens', SENSITIVE_DATA: 'Bij gevoelige of vertrouwelijke gegevens',
  HIGH_RISK: 'Bij hoog risico (AI-verordening)', PROHIBITED_PRACTICE: 'Bij een verboden AI-praktijk',
};
export const IMPACT_ASSESSMENT = { YES: 'Ja', NO: 'Nee', UNKNOWN: 'Onbekend' };
export const RISK_CLASSES = {
  PROHIBITED: 'Verboden', HIGH_RISK: 'Hoog risico', LIMITED_RISK: 'Beperkt risico', MINIMAL_RISK: 'Minimaal risico',
  UNDETERMINED: 'Nog niet bepaald',
};
export const HOSTING = {
  ON_PREMISES: 'Op eigen systemen', GOVERNMENT_CLOUD: 'Overheidscloud', EU_CLOUD: 'Cloud in de EU',
  NON_EU_CLOUD: 'Cloud buiten de EU',
};
export const ORIGINS = { NL: 'Nederland', EU: 'Europese Unie', NON_EU: 'Buiten de EU' };
export const PROCUREMENT = {
  OWN_DEVELOPMENT: 'Eigen ontwikkeling', CONTRACTED: 'Ingekocht', CONSUMER_TERMS: 'Consumentenvoorwaarden',
};
export const ROLES = {
  CIO: 'CIO', FG: 'FG (functionaris gegevensbescherming)', CISO: 'CISO', PRIVACY_OFFICER: 'Privacy officer',
  LEGAL: 'Juridisch adviseur', PROCESS_OWNER: 'Proceseigenaar',
};
export const ANALYSIS_STATUS = { SUBMITTED: 'Ingediend', APPROVED: 'Goedgekeurd', REJECTED: 'Afgekeurd' };
export const EVENT_TYPES = {
  ApplicationRegistered: 'Geregistreerd', PilotStarted: 'Pilot gestart', RiskAnalysisSubmitted: 'Risicoanalyse ingediend',
  RiskAnalysisApproved: 'Risicoanalyse goedgekeurd', RiskAnalysisRejected: 'Risicoanalyse afgekeurd',
  RoleSignedOff: 'Akkoord van een rol', SupplierAgreementRecorded: 'Afspraken met leverancier vastgelegd',
  MovedToProduction: 'In gebruik genomen', Suspended: 'Opgeschort', Resumed: 'Hervat', IncidentReported: 'Incident gemeld',
  DetailsAmended: 'Gegevens gewijzigd', Retired: 'Buiten gebruik gesteld', PhaseObserved: 'Fase gezien in bron',
  OwnerObserved: 'Eigenaar gezien in bron', PolicyExceptionGranted: 'Uitzondering verleend',
};
export const COMMITMENT_STATUS = {
  OPENSTAAND: 'Openstaand', DEELS_VOLDAAN: 'Deels voldaan', VOLDAAN: 'Voldaan', VERVALLEN: 'Vervallen',
};
export const COMMITMENT_KINDS = { MOTIE: 'Motie', TOEZEGGING: 'Toezegging', ACTIE: 'Actie uit de visie' };
export const CREDENTIAL_ROLES = {
  ADMIN: 'beheerder', ORGANISATION: 'organisatie', ANALYST: 'analist', AUDITOR: 'auditor',
};

/** The Dutch word for an enum value, or the value itself when there is none. */
export const label = (words, value) => words[value] ?? value ?? '—';
