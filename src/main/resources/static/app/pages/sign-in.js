import { basic, signIn, signInMethod, SignInRequired, ServiceError } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { signedInAs } from '../main.js';

export async function render() {
  const method = await signInMethod();
  const message = h('p', { id: 'sign-in-error', class: 'error-message', role: 'alert' });
  const fields = method === 'basic'
    ? [field('user', t('signIn.user'), { autocomplete: 'username' }),
      field('password', t('signIn.password'), { type: 'password', autocomplete: 'current-password' })]
    : [field('token', t('signIn.token'), { autocomplete: 'off', hint: t('signIn.tokenHint') })];
  const form = h('form', { class: 'sign-in', novalidate: true }, message, fields,
    h('button', { type: 'submit', class: 'primary' }, t('signIn.submit')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    const authorization = method === 'basic' ? basic(values.user, values.password) : `Bearer ${values.token.trim()}`;
    try {
      signedInAs(await signIn(authorization));
    }
    catch (error) {
      const refused = error instanceof ServiceError && error.message !== error.code;
      if (!(error instanceof SignInRequired) && !refused) throw error;
      message.textContent = refused ? error.message : method === 'basic' ? t('signIn.failed') : t('signIn.tokenFailed');
      form.querySelectorAll('input').forEach(input => input.setAttribute('aria-invalid', 'true'));
      form.querySelector('input').focus();
    }
  });
  return [h('h1', {}, t('signIn.title')), h('p', { class: 'lead' }, t('signIn.lead')), form,
    method === 'basic' ? h('p', { class: 'demo-users' }, t('signIn.demo')) : null];
}

function field(name, text, { type = 'text', autocomplete, hint } = {}) {
  const id = `sign-in-${name}`;
  return h('div', { class: 'field' },
    h('label', { for: id }, text),
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('input', { id, name, type, autocomplete, required: true, 'aria-describedby': `sign-in-error${hint ? ` ${id}-hint` : ''}` }));
}
