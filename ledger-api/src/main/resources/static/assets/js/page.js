// What every page shares: the header with the navigation and the signed-in user, the sign-in guard, messages,
// and the footer that names the checkpoint the page's numbers come from.

import { ApiError, credential, mayExplorePolicy, signOut } from './api.js';
import { CREDENTIAL_ROLES, LAYERS, label, moment, number } from './format.js';

const PAGES = [
  { href: '/', title: 'Monitor', key: 'monitor' },
  { href: '/register.html', title: 'Register', key: 'register' },
  { href: '/toezeggingen.html', title: 'Moties en toezeggingen', key: 'toezeggingen' },
  { href: '/beleidsverkenning.html', title: 'Beleidsverkenning', key: 'beleidsverkenning', shownTo: mayExplorePolicy },
];
const HASH_PREFIX = 16;

/** Builds an element: h('a', {href: '/'}, 'text', child, ...). Text is always set as text, never as HTML. */
export const h = (tag, attributes, ...children) => build('http://www.w3.org/1999/xhtml', tag, attributes, children);
/** Builds an SVG element, as h does an HTML one. */
export const s = (tag, attributes, ...children) => build('http://www.w3.org/2000/svg', tag, attributes, children);

function build(namespace, tag, attributes = {}, children = []) {
  const element = document.createElementNS(namespace, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child))));
  return element;
}

/**
 * Starts a page: sends a visitor without a credential to the sign-in page, draws the header, and runs the
 * page's own work with the signed-in credential, showing any failure in the main area.
 */
export async function startPage(active, render) {
  const who = credential();
  if (!who) {
    toSignIn();
    return;
  }
  drawHeader(active, who);
  const main = document.getElementById('inhoud');
  try {
    await render(who);
  } catch (error) {
    if (signedOutBy(error)) return;
    main.querySelector('.laden')?.remove();
    main.querySelector('.wrap').append(errorMessage(error));
  }
  main.setAttribute('aria-busy', 'false');
}

/** A failure of a request made after the page was drawn, shown in place of what `container` held. */
export function showFailure(container, error) {
  if (!signedOutBy(error)) container.replaceChildren(errorMessage(error));
}

/** A token the ledger no longer knows: forget it and ask for another. */
function signedOutBy(error) {
  if (!(error instanceof ApiError && error.status === 401)) return false;
  signOut();
  toSignIn('onbekend');
  return true;
}

/** The header band; also drawn on the sign-in page, without navigation. */
export function drawHeader(active, who) {
  const header = document.getElementById('kop');
  const brand = h('div', { class: 'wrap brand' },
    h('div', { class: 'lint', 'aria-hidden': 'true' }),
    h('div', { class: 'naam' }, 'AI-grootboek overheid', h('small', {}, 'Monitor en register van AI-toepassingen')));
  if (!who) {
    header.replaceChildren(brand, h('div', { class: 'navband' }, h('div', { class: 'wrap' }, h('p', {}, 'Niet aangemeld'))));
    return;
  }
  const items = PAGES.filter((page) => !page.shownTo || page.shownTo(who)).map((page) => h('li', {},
    h('a', { href: page.href, 'aria-current': page.key === active ? 'page' : null }, page.title)));
  const signOutButton = h('button', { type: 'button' }, 'Afmelden');
  signOutButton.addEventListener('click', () => {
    signOut();
    window.location.assign('/aanmelden.html?reden=afgemeld');
  });
  header.replaceChildren(brand, h('nav', { class: 'navband', 'aria-label': 'Hoofdmenu' }, h('div', { class: 'wrap' },
    h('ul', {}, items),
    h('p', { class: 'gebruiker' }, `Aangemeld als ${label(CREDENTIAL_ROLES, who.role)} (${who.label})`, signOutButton))));
}

function toSignIn(reason) {
  const back = window.location.pathname + window.location.search;
  const params = new URLSearchParams({ terug: back });
  if (reason) params.set('reden', reason);
  window.location.replace(`/aanmelden.html?${params}`);
}

/** A failure as a Dutch message, naming the wrong parameters of a 400. */
function errorMessage(error) {
  const box = h('div', { class: 'melding fout', role: 'alert' });
  if (!(error instanceof ApiError)) {
    box.append(h('p', {}, `Er ging iets mis bij het ophalen van de gegevens: ${error.message}`));
    return box;
  }
  const texts = {
    400: 'De ledger kon deze vraag niet beantwoorden: de selectie klopt niet.',
    403: 'Uw toegangssleutel geeft geen toegang tot deze gegevens.',
    404: 'Deze gegevens zijn op het gekozen moment niet bekend.',
  };
  box.append(h('p', {}, texts[error.status] ?? `De ledger antwoordde met een fout (${error.status}).`));
  const invalid = error.problem?.invalidParams ?? [];
  if (invalid.length) {
    box.append(h('ul', {}, invalid.map((param) => h('li', {}, h('code', {}, param.name), `: ${param.reason}`))));
  } else if (error.problem?.detail) {
    box.append(h('p', {}, error.problem.detail));
  }
  return box;
}

/** One figure of a row of key figures: its words, and the number with its API key for whoever checks it. */
export const keyFigure = (key, text, value) => h('div', {}, h('dt', {}, text), h('dd', { 'data-figure': key }, number(value)));

export const timeElement = (instant) => h('time', { datetime: instant }, moment(instant));

/** The footer: the moment the page's numbers are as of, and the signed checkpoint they rest on. */
export function showCheckpoint(checkpoint, asOf) {
  const footer = document.getElementById('controlepunt');
  const known = h('p', {}, 'Stand van de ledger op ', timeElement(asOf), '.');
  if (!checkpoint) {
    footer.replaceChildren(h('div', { class: 'wrap' }, known, h('p', {},
      'Voor dit moment is nog geen ondertekend controlepunt: deze cijfers zijn nog niet verzegeld.')));
    return;
  }
  footer.replaceChildren(h('div', { class: 'wrap' }, known,
    h('p', {}, 'Deze cijfers berusten op het ondertekende controlepunt met ',
      h('strong', { 'data-checkpoint': 'treeSize' }, number(checkpoint.treeSize)), ' verzegelde gebeurtenissen, root hash ',
      h('code', { class: 'hash', 'data-checkpoint': 'rootHash' }, `${checkpoint.rootHash.slice(0, HASH_PREFIX)}…`), '.'),
    checkpoint.witnessed
      ? h('p', { 'data-checkpoint': 'witnessed' }, 'Onafhankelijke getuigen hebben dit controlepunt medeondertekend.')
      : h('p', { class: 'melding', 'data-checkpoint': 'not-witnessed' },
        'Niet medeondertekend door getuigen: dat deze geschiedenis niet is herschreven, berust alleen op de sleutel van de beheerder.'),
    h('details', {}, h('summary', {}, 'Volledige root hash (voor verificatie)'),
      h('code', { class: 'hash' }, checkpoint.rootHash))));
}

/** Puts the page's query parameters into the named fields of a form, so the form shows the current selection. */
export function fillForm(form, params) {
  for (const element of form.elements) {
    if (!element.name || !params.has(element.name)) continue;
    if (element.type === 'checkbox') element.checked = params.get(element.name) === element.value;
    else element.value = params.get(element.name);
  }
}

/** Fills a select with an empty choice and the Dutch words of an enum. */
export function options(select, words, emptyText) {
  select.append(h('option', { value: '' }, emptyText),
    ...Object.entries(words).map(([value, text]) => h('option', { value }, text)));
}

/**
 * Draws the fields of a moment and a selection at the start of {@code form}, as the monitor and the policy
 * exploration share them: the day (validAt), for auditors and admins also what the ledger knew by then (asOf), a
 * layer, and generative AI only. Returns the fieldset, for a page that adds a button.
 */
export function selectionFields(form, auditor) {
  const date = (name, labelText, explanation, hidden = false) => h('div', { class: 'veld', id: `veld-${name}`, hidden },
    h('label', { for: name }, labelText),
    h('small', { id: `${name}-uitleg` }, explanation),
    h('input', { type: 'date', id: name, name, 'aria-describedby': `${name}-uitleg` }));
  const layer = h('select', { id: 'layer', name: 'layer' });
  options(layer, LAYERS, 'Alle bestuurslagen');
  const fieldset = h('fieldset', {}, h('legend', {}, 'Peilmoment en selectie'),
    date('validAt', 'Stand op datum', 'Wat op die dag waar was (einde van de dag, UTC)'),
    date('asOf', 'Bekend bij de ledger op', 'Wat de ledger toen wist (voor auditors)', !auditor),
    h('div', { class: 'veld' }, h('label', { for: 'layer' }, 'Bestuurslaag'), layer),
    h('div', { class: 'veld vinkje' },
      h('input', { type: 'checkbox', id: 'generativeAi', name: 'generativeAi', value: 'true' }),
      h('label', { for: 'generativeAi' }, 'Alleen generatieve AI')));
  form.prepend(fieldset);
  return fieldset;
}

/** A table with a caption, header cells and rows (a tr, or an array of cells: strings, numbers or nodes). */
export function table(caption, headers, rows, { numeric = [] } = {}) {
  const cell = (tag, content, index) => h(tag, { class: numeric.includes(index) ? 'getal' : null,
    scope: tag === 'th' ? 'col' : null }, content);
  const body = rows.length === 0 ? [h('tr', {}, h('td', { colspan: headers.length }, 'Geen.'))]
    : rows.map((row) => (row instanceof Node ? row : h('tr', {}, row.map((content, index) => cell('td', content, index)))));
  return h('div', { class: 'tabel-scroll' }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((text, index) => cell('th', text, index)))),
    h('tbody', {}, body)));
}

/** Removes the "loading" line of the page. */
export function loaded() {
  document.querySelector('#inhoud .laden')?.remove();
}
