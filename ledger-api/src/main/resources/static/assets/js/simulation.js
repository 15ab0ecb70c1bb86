// The policy exploration: the standpunt in force as a draft that the user changes rule by rule, and what the draft
// would change in the register (POST /policy/simulations), counted now and under the draft. The draft lives in this
// page only; a simulation writes nothing. After each change the page asks again, once the user pauses; it asks one
// simulation at a time and never shows an answer for a draft that has changed since it was asked.

import { getJson, isAuditor, mayExplorePolicy, organisationNames, postBlob, postJson } from './api.js';
import { barChart } from './charts.js';
import { COMPLIANCE, CONDITIONS, CREDENTIAL_ROLES, LAYERS, ROLES, day, endOfDay, label, number } from './format.js';
import { h, keyFigure, loaded, selectionFields, showCheckpoint, showFailure, startPage, table, timeElement } from './page.js';

const SIMULATIONS = '/policy/simulations';
const STATUSES = ['COMPLIANT', 'NON_COMPLIANT', 'OVERDUE', 'UNKNOWN'];
const COMPLIANCE_COLORS = { COMPLIANT: '#39870c', NON_COMPLIANT: '#e17000', OVERDUE: '#d52b1e', UNKNOWN: '#8fa3b6' };
const PAGE_SIZE = 25;
/** How long the page waits after a change before it asks: a few quick clicks make one simulation. */
const PAUSE = 300;
/** A downloaded file's blob URL is let go after this long: the browser has started the download by then. */
const KEEP_DOWNLOAD = 60_000;
const DOWNLOADS = [
  { accept: 'text/markdown', extension: 'md', text: 'Download de samenvatting (Markdown)' },
  { accept: 'text/csv', extension: 'csv', text: 'Download alle toepassingen die veranderen (CSV)' },
];
const NOW = 'Nu';
const UNDER_DRAFT = 'Onder het ontwerp';

const state = {
  auditor: false,
  /** The moment of this visit (GET /checkpoint): every simulation reads the ledger as of it, unless asOf is chosen. */
  pinned: null,
  organisations: {},
  applications: new Map(),
  /** The day whose rule sets the draft starts from, the rule sets in force then, and the standpunt among them. */
  day: null,
  inForce: [],
  base: null,
  listPage: 1,
  /** Bumped by every change: an answer asked before the last change is not shown. */
  version: 0,
  timer: null,
  asking: false,
};

startPage('beleidsverkenning', async (who) => {
  if (!mayExplorePolicy(who)) {
    loaded();
    document.getElementById('niets-vastgelegd').after(refusal(who));
    return;
  }
  state.auditor = isAuditor(who);
  const selection = document.getElementById('selectie');
  const draftForm = document.getElementById('ontwerp');
  selectionFields(selection, state.auditor);
  [state.pinned, state.organisations] = await Promise.all([getJson('/checkpoint'), organisationNames()]);
  for (const form of [selection, draftForm]) form.addEventListener('submit', (event) => event.preventDefault());
  selection.addEventListener('change', changed);
  draftForm.addEventListener('change', () => {
    describeRules();
    changed();
  });
  await run();
  loaded();
  document.getElementById('verkenning').hidden = false;
});

function refusal(who) {
  return h('div', { class: 'melding', id: 'geen-toegang' },
    h('p', {}, `U bent aangemeld als ${label(CREDENTIAL_ROLES, who.role)}. Een beleidsverkenning is voorbehouden aan `
      + 'analisten en beheerders: deze rol mag geen ontwerp van regels laten doorrekenen.'),
    h('p', {}, 'Wilt u een verkenning maken, meld u dan aan met de toegangssleutel van een analist. De monitor en het '
      + 'register staan ook voor uw rol open.'));
}

/** A change of the draft or the selection: the list starts at its first page again. */
function changed() {
  state.listPage = 1;
  schedule(PAUSE);
}

function schedule(pause) {
  state.version += 1;
  busy(true);
  clearTimeout(state.timer);
  state.timer = setTimeout(run, pause);
}

/** Simulates the draft as it is now, and shows the answer unless the draft changed in the meantime. */
async function run() {
  state.timer = null;
  if (state.asking) return; // the simulation in flight asks again when it sees the newer version
  state.asking = true;
  const { version } = state;
  let asked = null;
  let answer = null;
  let failure = null;
  try {
    await followDay();
    asked = request();
    if (asked) {
      answer = await postJson(SIMULATIONS, { page: state.listPage, pageSize: PAGE_SIZE }, asked);
      await nameApplications(answer);
    }
  } catch (error) {
    failure = error;
  }
  state.asking = false;
  if (version !== state.version) {
    if (state.timer === null) await run();
    return;
  }
  const effect = document.getElementById('effect');
  if (failure) showFailure(effect, failure);
  else if (!asked) noStandpunt(effect);
  else show(answer, asked);
  busy(false);
}

/** Nothing was simulated, so no checkpoint is named either. */
function noStandpunt(effect) {
  effect.replaceChildren(h('p', {}, 'Zonder standpunt is er niets door te rekenen.'));
  document.getElementById('controlepunt').replaceChildren();
}

function busy(asking) {
  document.getElementById('uitkomst').setAttribute('aria-busy', String(asking));
  document.getElementById('rekenen').textContent = asking ? 'De uitkomst wordt berekend…' : '';
}

/** The rule sets in force on the chosen day; a new standpunt that day starts the draft afresh. */
async function followDay() {
  const selected = chosenDay();
  if (selected === state.day) return;
  const { ruleSets } = await getJson('/policy/rulesets', { at: selected });
  const standpunt = ruleSets.filter((ruleSet) => ruleSet.kind === 'STANDPUNT').at(-1) ?? null;
  const sameStandpunt = standpunt !== null && standpunt.id === state.base?.id;
  state.day = selected;
  state.inForce = ruleSets;
  state.base = standpunt;
  if (sameStandpunt) document.getElementById('uitgangspunt').replaceWith(origin());
  else drawDraft();
}

/** The day judged: the chosen date, else the day of the chosen asOf (validAt follows it), else today. */
function chosenDay() {
  const fields = document.getElementById('selectie').elements;
  return fields.validAt.value || (state.auditor && fields.asOf.value) || state.pinned.asOf.slice(0, 10);
}

/** The simulation's body, in the form of POST /policy/simulations; null without a standpunt to start from. */
function request() {
  if (!state.base) return null;
  const fields = document.getElementById('selectie').elements;
  const deadline = document.getElementById('ontwerp').elements.transitionDeadline.value;
  const filters = {};
  if (fields.layer.value) filters.layer = fields.layer.value;
  if (fields.generativeAi.checked) filters.generativeAi = true;
  return {
    draft: { ...state.base, rules: state.base.rules.map(edited).filter(Boolean) },
    replaces: state.base.id,
    validAt: endOfDay(fields.validAt.value) || undefined,
    asOf: (state.auditor && endOfDay(fields.asOf.value)) || state.pinned.asOf,
    transitionDeadline: deadline && deadline !== state.base.transitionDeadline ? deadline : undefined,
    filters,
  };
}

/** A rule as the user left it: null when switched off, marked DRAFT (it has no source yet) when changed. */
function edited(rule) {
  const form = document.getElementById('ontwerp');
  if (!form.elements[`aan-${rule.id}`].checked) return null;
  const changedRule = { ...rule, when: form.elements[`wanneer-${rule.id}`].value };
  if (rule.roles) {
    changedRule.roles = [...form.querySelectorAll(`input[name="rol-${rule.id}"]:checked`)].map((box) => box.value);
  }
  const same = changedRule.when === (rule.when ?? 'ALWAYS')
    && (!rule.roles || [...changedRule.roles].sort().join() === [...rule.roles].sort().join());
  return same ? rule : { ...changedRule, source: 'DRAFT' };
}

function drawDraft() {
  const form = document.getElementById('ontwerp');
  if (!state.base) {
    form.replaceChildren(h('div', { id: 'uitgangspunt' }, h('p', { class: 'melding' },
      `Op ${day(state.day)} gold geen standpunt: er is niets te verkennen. Kies een latere datum.`)));
    return;
  }
  const reset = h('button', { type: 'button', class: 'secundair' }, 'Terug naar het standpunt');
  reset.addEventListener('click', () => {
    drawDraft();
    changed();
  });
  form.replaceChildren(origin(),
    h('div', { class: 'veld termijn' },
      h('label', { for: 'transitionDeadline' }, 'Einde van de overgangstermijn'),
      h('small', { id: 'transitionDeadline-uitleg' }, 'Wat als de termijn verschuift? Bestaand gebruik dat daarna '
        + 'nog een regel mist, voldoet niet na de overgangstermijn. Leeg: de termijn van het standpunt.'),
      h('input', { type: 'date', id: 'transitionDeadline', name: 'transitionDeadline',
        value: state.base.transitionDeadline ?? '', 'aria-describedby': 'transitionDeadline-uitleg' })),
    h('div', { class: 'regels-ontwerp' }, state.base.rules.map(ruleFields)),
    reset);
  describeRules();
}

/** Which standpunt the draft starts from, and which rule sets keep applying beside it. */
function origin() {
  const others = state.inForce.filter((ruleSet) => ruleSet.id !== state.base.id);
  return h('div', { id: 'uitgangspunt' },
    h('p', {}, `Het ontwerp begint bij het standpunt dat op ${day(state.day)} geldt: `,
      h('strong', { 'data-ruleset': state.base.id }, state.base.title), ` (${state.base.id}), en komt daarvoor in de `
      + 'plaats. Een regel die u verandert, gaat mee als ontwerp (DRAFT): hij berust nog op geen bron.'),
    others.length === 0 ? null : h('p', {}, 'Daarnaast gelden ongewijzigd: ', others.map((ruleSet) =>
      `${ruleSet.title} (${ruleSet.rules.map((rule) => rule.id).join(', ')})`).join('; '), '.'));
}

function ruleFields(rule) {
  const id = rule.id;
  const when = h('select', { id: `wanneer-${id}`, name: `wanneer-${id}` }, Object.entries(CONDITIONS)
    .map(([value, text]) => h('option', { value, selected: value === (rule.when ?? 'ALWAYS') }, text)));
  return h('fieldset', { class: 'regel', 'data-rule': id },
    h('legend', {}, `${id}: ${rule.title}`),
    h('div', { class: 'vinkje' }, h('input', { type: 'checkbox', id: `aan-${id}`, name: `aan-${id}`, checked: true }),
      ' ', h('label', { for: `aan-${id}` }, 'Geldt in het ontwerp')),
    h('div', { class: 'veld' }, h('label', { for: `wanneer-${id}` }, 'Geldt voor toepassingen'), when),
    rule.roles ? roleFields(rule) : null,
    h('p', { class: 'herkomst' }));
}

function roleFields(rule) {
  const atLeast = rule.atLeast === 1 ? 'ten minste één rol' : `ten minste ${rule.atLeast} rollen`;
  return h('fieldset', { class: 'rollen' }, h('legend', {}, 'Rollen die betrokken moeten zijn'),
    Object.entries(ROLES).map(([role, text]) => h('div', { class: 'vinkje' },
      h('input', { type: 'checkbox', id: `rol-${rule.id}-${role}`, name: `rol-${rule.id}`, value: role,
        checked: rule.roles.includes(role) }),
      ' ', h('label', { for: `rol-${rule.id}-${role}` }, text))),
    rule.atLeast > 0 ? h('small', {}, `Daarnaast in elk geval ${atLeast}, welke dan ook.`) : null);
}

/** Marks each rule as unchanged, changed or switched off, and says what it rests on in the draft. */
function describeRules() {
  for (const rule of state.base?.rules ?? []) {
    const fieldset = document.querySelector(`fieldset.regel[data-rule="${rule.id}"]`);
    const draftRule = edited(rule);
    const draft = draftRule === null ? 'uit' : draftRule === rule ? 'ongewijzigd' : 'gewijzigd';
    fieldset.dataset.draft = draft;
    fieldset.querySelectorAll('select, .rollen input').forEach((field) => { field.disabled = draftRule === null; });
    fieldset.querySelector('.herkomst').textContent = {
      uit: 'Vervalt in het ontwerp.',
      gewijzigd: 'Gewijzigd: gaat mee als ontwerp (DRAFT), nog zonder bron.',
      ongewijzigd: rule.source?.reference ? `Bron: ${rule.source.reference}.` : 'Huisregel, zonder bron.',
    }[draft];
  }
}

/** The names of the applications on this page of the answer, each asked once; without one, the id is shown. */
async function nameApplications(answer) {
  const unnamed = answer.changed.items.map((item) => item.applicationId).filter((id) => !state.applications.has(id));
  const views = await Promise.all(unnamed.map((id) => getJson(`/applications/${encodeURIComponent(id)}`,
    { asOf: answer.asOf, validAt: answer.validAt }).catch(() => null)));
  unnamed.forEach((id, index) => state.applications.set(id, views[index]?.name ?? id));
}

function show(answer, asked) {
  document.getElementById('effect').replaceChildren(
    h('p', { id: 'peilmoment' }, 'Stand op ', h('span', { 'data-moment': 'validAt' }, timeElement(answer.validAt)),
      ', zoals de ledger die kende op ', h('span', { 'data-moment': 'asOf' }, timeElement(answer.asOf)), '. ',
      answer.draft.transitionDeadline ? `Overgangstermijn van het ontwerp: tot en met ${day(answer.draft.transitionDeadline)}.`
        : 'Het ontwerp kent geen overgangstermijn.'),
    h('dl', { class: 'cijfers' }, keyFigure('changed', 'Toepassingen waarvan het oordeel verandert', answer.changed.total)),
    downloads(answer, asked),
    comparison(answer),
    byRule(answer, asked),
    byLayer(answer),
    organisations(answer),
    changedApplications(answer));
  showCheckpoint(answer.checkpoint, answer.asOf);
}

function comparison(answer) {
  return h('section', { 'aria-labelledby': 'kop-oordeel' }, h('h3', { id: 'kop-oordeel' }, 'Oordeel over toepassingen in gebruik'),
    h('p', {}, 'Toepassingen in gebruik waarop een regel van toepassing is, zoals de monitor ze telt.'),
    barChart({
      caption: 'Oordeel nu en onder het ontwerp', rowHeader: 'Beoordeeld naar', wide: true,
      series: STATUSES.map((status) => ({ key: status, label: COMPLIANCE[status], color: COMPLIANCE_COLORS[status] })),
      rows: [['before', NOW], ['after', UNDER_DRAFT]].map(([key, text]) => ({
        key, label: text, values: STATUSES.map((status) => answer[key][status] ?? 0),
      })),
    }));
}

function byRule(answer, asked) {
  const titles = {};
  state.inForce.forEach((ruleSet) => ruleSet.rules.forEach((rule) => { titles[rule.id] = rule.title; }));
  const kept = new Set(asked.draft.rules.map((rule) => rule.id));
  const rows = Object.entries(answer.byRule).filter(([id, effect]) => titles[id] || effect.before || effect.after)
    .map(([id, effect]) => h('tr', { 'data-rule': id },
      h('th', { scope: 'row' }, `${id}: ${titles[id] ?? 'geldt niet op deze dag'}`,
        state.base.rules.some((rule) => rule.id === id) && !kept.has(id) ? ' (vervalt in het ontwerp)' : ''),
      numberCell(effect.before, 'before'), numberCell(effect.after, 'after'),
      numberCell(difference(effect.before, effect.after), 'difference')));
  return h('section', { 'aria-labelledby': 'kop-per-regel' }, h('h3', { id: 'kop-per-regel' }, 'Per regel'),
    table('Toepassingen in gebruik die de regel niet halen', ['Regel', NOW, UNDER_DRAFT, 'Verschil'], rows,
      { numeric: [1, 2, 3] }));
}

function byLayer(answer) {
  const rows = Object.entries(LAYERS).map(([layer, text]) => h('tr', { 'data-layer': layer },
    h('th', { scope: 'row' }, text), arrowCells(answer.byLayer[layer])));
  return h('section', { 'aria-labelledby': 'kop-per-laag' }, h('h3', { id: 'kop-per-laag' }, 'Per bestuurslaag'),
    table('Per oordeel het aantal nu → onder het ontwerp', ['Bestuurslaag', ...STATUSES.map((status) => COMPLIANCE[status])],
      rows, { numeric: [1, 2, 3, 4] }));
}

function organisations(answer) {
  const heading = h('h3', { id: 'kop-organisaties' }, 'Organisaties met de meeste veranderingen');
  if (answer.byOrganisation.length === 0) {
    return h('section', { 'aria-labelledby': 'kop-organisaties' }, heading,
      h('p', {}, 'Bij geen enkele organisatie verandert een oordeel.'));
  }
  const rows = answer.byOrganisation.map((organisation) => h('tr', { 'data-organisation': organisation.organisationId },
    h('th', { scope: 'row' }, organisation.name ?? state.organisations[organisation.organisationId] ?? organisation.organisationId),
    h('td', {}, label(LAYERS, organisation.layer)),
    numberCell(organisation.changed, 'changed'),
    arrowCells(organisation)));
  return h('section', { 'aria-labelledby': 'kop-organisaties' }, heading,
    table('Organisaties waarbij een oordeel verandert, de meeste veranderingen eerst (ten hoogste 20); per oordeel het '
      + 'aantal nu → onder het ontwerp',
    ['Organisatie', 'Bestuurslaag', 'Veranderen', ...STATUSES.map((status) => COMPLIANCE[status])], rows,
    { numeric: [2, 3, 4, 5, 6] }));
}

function changedApplications(answer) {
  const { items, page, pageSize, total } = answer.changed;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const rows = items.map((item) => h('tr', { 'data-id': item.applicationId },
    h('td', {}, h('a', { href: applicationLink(item.applicationId) },
      state.applications.get(item.applicationId) ?? item.applicationId)),
    h('td', {}, state.organisations[item.organisationId] ?? item.organisationId),
    h('td', {}, label(LAYERS, item.layer)),
    h('td', { 'data-field': 'before' }, status(item.before)),
    h('td', { 'data-field': 'after' }, status(item.after)),
    h('td', {}, item.unmetBefore.join(', ') || '—'),
    h('td', {}, item.unmetAfter.join(', ') || '—')));
  return h('section', { 'aria-labelledby': 'kop-toepassingen' },
    h('h3', { id: 'kop-toepassingen' }, 'Toepassingen waarvan het oordeel verandert'),
    total === 0 ? h('p', { class: 'melding' }, 'Het ontwerp verandert het oordeel over geen enkele toepassing.')
      : [table(`${number(total)} ${total === 1 ? 'toepassing' : 'toepassingen'}, pagina ${number(page)} van ${number(pages)}`,
        ['Toepassing', 'Organisatie', 'Bestuurslaag', `Oordeel ${NOW.toLowerCase()}`, UNDER_DRAFT,
          'Niet gehaald nu', 'Niet gehaald onder het ontwerp'], rows),
      paging(page, pages)]);
}

/** The application's page at the moments chosen here. */
function applicationLink(id) {
  const fields = document.getElementById('selectie').elements;
  const moments = [['validAt', fields.validAt.value], ['asOf', state.auditor ? fields.asOf.value : '']]
    .filter(([, value]) => value);
  return `/toepassing.html?${new URLSearchParams([['id', id], ...moments])}`;
}

function paging(current, pages) {
  if (pages === 1) return null;
  const go = (page, text) => {
    const button = h('button', { type: 'button', class: 'secundair', 'data-page': page }, text);
    button.addEventListener('click', () => {
      state.listPage = page;
      schedule(0);
    });
    return button;
  };
  return h('nav', { class: 'paginering', 'aria-label': 'Paginering van de toepassingen die veranderen' }, h('ul', {},
    current > 1 ? h('li', {}, go(current - 1, 'Vorige')) : null,
    h('li', {}, h('span', { 'aria-current': 'page' }, `Pagina ${number(current)} van ${number(pages)}`)),
    current < pages ? h('li', {}, go(current + 1, 'Volgende')) : null));
}

/** The summary and the CSV of exactly the simulation shown, asked when the user wants them. */
function downloads(answer, asked) {
  const problem = h('div', { class: 'downloadfout' });
  const button = (format) => {
    const element = h('button', { type: 'button', class: 'secundair', 'data-format': format.extension }, format.text);
    element.addEventListener('click', async () => {
      element.disabled = true;
      try {
        const blob = await postBlob(SIMULATIONS, {}, asked, format.accept);
        save(blob, `beleidsverkenning-${answer.draft.id}-${answer.validAt.slice(0, 10)}.${format.extension}`);
        problem.replaceChildren();
      } catch (error) {
        showFailure(problem, error);
      } finally {
        element.disabled = false;
      }
    });
    return element;
  };
  return h('div', {}, h('ul', { class: 'downloads' }, DOWNLOADS.map((format) => h('li', {}, button(format)))), problem);
}

function save(blob, name) {
  const link = h('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), KEEP_DOWNLOAD);
}

const status = (value) => h('span', { class: `status status-${value}` }, label(COMPLIANCE, value));

const numberCell = (value, key) => h('td', { class: 'getal', 'data-series': key },
  typeof value === 'number' ? number(value) : value);

/** Per status, "now → under the draft". */
const arrowCells = (effect) => STATUSES.map((key) => h('td', { class: 'getal', 'data-series': key },
  `${number(effect.before[key] ?? 0)} → ${number(effect.after[key] ?? 0)}`));

function difference(before, after) {
  const change = after - before;
  if (change === 0) return '0';
  return change > 0 ? `+${number(change)}` : `−${number(-change)}`;
}
