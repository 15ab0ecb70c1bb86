// The sign-in page: checks a pasted token with the ledger, keeps it for this tab, and goes back to the page
// the user came from.

import { ApiError, signIn } from './api.js';
import { drawHeader, h } from './page.js';

const REASONS = {
  onbekend: 'Uw toegangssleutel is onbekend of ingetrokken. Meld u opnieuw aan.',
  afgemeld: 'U bent afgemeld.',
};

drawHeader(null, null);
const form = document.getElementById('aanmelden');
const message = document.getElementById('bericht');
const params = new URLSearchParams(window.location.search);
if (REASONS[params.get('reden')]) {
  show(REASONS[params.get('reden')], params.get('reden') !== 'afgemeld');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = form.elements.token.value.trim();
  if (!token) {
    show('Vul uw toegangssleutel in.', true);
    form.elements.token.focus();
    return;
  }
  try {
    await signIn(token);
    window.location.assign(backTo(params.get('terug')));
  } catch (error) {
    show(error instanceof ApiError && error.status === 401
      ? 'Deze toegangssleutel is onbekend of ingetrokken. Controleer de sleutel of vraag de beheerder om een nieuwe.'
      : `Aanmelden lukte niet: ${error.message}`, true);
    form.elements.token.select();
  }
});

function show(text, isError) {
  message.replaceChildren(h('div', { class: isError ? 'melding fout' : 'melding' }, h('p', {}, text)));
}

/**
 * Only a page of this site: a sign-in link must not send the user elsewhere. The browser resolves the value as it
 * would navigate to it (tabs and line breaks dropped, backslashes read as slashes), and only the same origin passes.
 */
function backTo(value) {
  if (!value) return '/';
  let target;
  try {
    target = new URL(value, window.location.origin);
  } catch {
    return '/';
  }
  return target.origin === window.location.origin ? target.pathname + target.search + target.hash : '/';
}
