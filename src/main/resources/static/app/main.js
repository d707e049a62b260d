// The dashboard's shell: sign-in, navigation between screens (the address says which screen and which record, so
// every screen can be bookmarked and shared), the language switch, and what every screen does on failure.

import { query, signedIn, signOut, SignInRequired, ServiceError } from './api.js';
import { h } from './dom.js';
import { disposeCharts } from './charts.js';
import { language, onLanguageChange, setLanguage, t } from './i18n.js';
import * as signIn from './pages/sign-in.js';
import * as overview from './pages/overview.js';
import * as gap from './pages/gap.js';
import * as country from './pages/country.js';
import * as briefing from './pages/briefing.js';
import * as record from './pages/record.js';
import * as explore from './pages/explore.js';
// Issue 16, dashboard defects: editing a meeting, and the answer to an address no screen has.
import * as meeting from './pages/meeting.js';
import * as notFound from './pages/not-found.js';
// Issue 17: the opportunity radar.
import * as radar from './pages/radar.js';

const ROUTES = [
  { pattern: /^#?\/?$/, page: overview, nav: 'overview' },
  { pattern: /^#\/gap$/, page: gap, nav: 'gap' },
  { pattern: /^#\/country\/([^/]+)$/, page: country, nav: 'gap' },
  { pattern: /^#\/briefing(?:\/([^/]+))?$/, page: briefing, nav: 'briefing' },
  { pattern: /^#\/record(?:\/([^/]+))?$/, page: record, nav: 'record' },
  { pattern: /^#\/explore(?:\/([^/]+))?$/, page: explore, nav: 'explore' },
  { pattern: /^#\/meeting\/([^/]+)$/, page: meeting, nav: 'record' },
  { pattern: /^#\/radar$/, page: radar, nav: 'radar' },
];

const main = document.getElementById('main');
export const session = { viewer: null };
let rendering = 0;

async function show({ focus = true, keep = false } = {}) {
  const attempt = ++rendering;
  disposeCharts();
  translateShell();
  loading();
  if (!signedIn() || !session.viewer) {
    if (signedIn()) {
      try {
        session.viewer = (await query('signed-in')).data.viewer;
      }
      catch (error) {
        if (!(error instanceof SignInRequired)) return failed(error);
      }
    }
    if (!session.viewer) return renderPage(signIn, [], 'signIn', focus, attempt);
  }
  // Overview & tables (issue 16): a screen's filters and sorts follow its path after "?" (#/gap?region=AFRICA),
  // so a view can be shared and Back returns to the previous one; the path alone chooses the screen.
  // An address no screen has says so (it used to show the overview, as if the link had worked).
  const { path, filters } = hashParts();
  const route = ROUTES.find(r => r.pattern.test(path)) ?? { pattern: /^(.*)$/, page: notFound, nav: null };
  const params = (path.match(route.pattern) ?? []).slice(1).map(p => p && decodeURIComponent(p));
  return renderPage(route.page, [...params, filters], route.nav, focus, attempt, keep);
}

/**
 * While a screen loads, the old one goes (its charts are already gone) and a visible, announced "Loading…"
 * stands in its place.
 */
function loading() {
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading', role: 'status', id: 'loading' }, t('busy.loading')));
}

async function renderPage(page, params, nav, focus, attempt, keep = false) {
  // After a reload or a deep link the viewer comes from the session only now: the banner says who it is.
  translateShell();
  document.getElementById('nav').hidden = !session.viewer;
  document.getElementById('nav-record').hidden = !session.viewer?.canRecord;
  document.querySelectorAll('nav a').forEach(a =>
    a.dataset.route === nav ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current'));
  main.setAttribute('aria-busy', 'true');
  try {
    const content = await page.render(params, session, { keep });
    if (attempt !== rendering) return; // a newer navigation won
    main.replaceChildren(...[content].flat().filter(part => part != null));
    document.title = t('pageTitle', { page: main.querySelector('h1')?.textContent ?? t('product') });
    if (focus) main.querySelector('h1')?.setAttribute('tabindex', '-1');
    if (focus) main.querySelector('h1')?.focus();
  }
  catch (error) {
    if (attempt === rendering) failed(error);
  }
  finally {
    if (attempt === rendering) main.removeAttribute('aria-busy');
  }
}

function failed(error) {
  if (error instanceof SignInRequired) {
    session.viewer = null;
    return show();
  }
  console.error(error);
  const code = error instanceof ServiceError ? error.code : 'INTERNAL_ERROR';
  main.removeAttribute('aria-busy');
  main.replaceChildren(h('h1', { tabindex: '-1' }, t('error.title')),
    // A sentence for the reader; the code only as a reference to pass on to the support team.
    h('div', { class: 'notice warning', role: 'alert' }, h('p', {}, t(`error.${code}`) !== `error.${code}` ? t(`error.${code}`) : t('error.unavailable')),
      h('p', { class: 'hint' }, t('error.reference', { code }))),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'retry', onclick: () => show() }, t('error.retry'))));
}

function translateShell() {
  document.documentElement.lang = language() === 'FR' ? 'fr' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  const toggle = document.getElementById('language');
  toggle.textContent = t('switchTo');
  toggle.lang = language() === 'FR' ? 'en' : 'fr';
  const who = document.getElementById('signed-in-as');
  who.textContent = session.viewer ? t('signedInAs', { name: session.viewer.name }) : '';
  document.getElementById('sign-out').hidden = !session.viewer;
  document.querySelector('nav').setAttribute('aria-label', language() === 'FR' ? 'Menu principal' : 'Main');
}

/** Called by the sign-in page once the service accepted the credentials. */
export function signedInAs(viewer) {
  session.viewer = viewer;
  show();
}

/** Shows the current address again (after a change of language, or after recording something). */
export function refresh() {
  show({ focus: false });
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(language() === 'FR' ? 'EN' : 'FR');
});
onLanguageChange(() => {
  show({ focus: false, keep: true });
  document.getElementById('language').focus();
});
document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  session.viewer = null;
  location.hash = '#/';
  show();
});
// Overview & tables (issue 16): a change of filters only (same screen) keeps the reader where they were: no jump to
// the heading, and the control they used keeps the focus.
let shownPath = hashParts().path;
window.addEventListener('hashchange', () => {
  const { path } = hashParts();
  const sameScreen = path === shownPath;
  shownPath = path;
  if (!sameScreen) return show();
  const focused = document.activeElement?.id;
  show({ focus: false }).then(() => { if (focused) document.getElementById(focused)?.focus(); });
});

/** The address's screen path and its filters (the part after "?", as URLSearchParams). */
function hashParts() {
  const [path, search = ''] = location.hash.split('?');
  return { path, filters: new URLSearchParams(search) };
}
show();
