// An address no screen answers to: said plainly, with the way back, instead of another screen shown as if it fit.
import { h, link } from '../dom.js';
import { t } from '../i18n.js';

export async function render() {
  return [
    h('h1', {}, t('notFound.title')),
    h('p', { class: 'notice warning', role: 'status' }, t('notFound.text', { address: location.hash })),
    h('p', {}, link('#/', t('notFound.home'), { id: 'not-found-home' })),
  ];
}
