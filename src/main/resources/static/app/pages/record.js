import { problems, query } from '../api.js';
import { h, link, notice } from '../dom.js';
import { acronym, date as longDate, label, language, t } from '../i18n.js';

const KINDS = ['HEAD_OF_MISSION_MEETING', 'BILATERAL_MEETING', 'SCOPING_MISSION', 'MONITORING_MISSION', 'STUDY_TOUR',
  'WORKING_GROUP', 'BRIEFING', 'MULTILATERAL_FORUM', 'CALL'];
const SETTINGS = ['OTTAWA', 'IN_COUNTRY', 'MULTILATERAL', 'INTERDEPARTMENTAL'];
const LEVELS = ['MINISTER', 'ADM', 'DG', 'DIRECTOR', 'WORKING'];
const STATUSES = ['HELD', 'PLANNED', 'CANCELLED'];

// What the user typed, kept while the page is drawn again in the other language (a language switch redraws the
// screen): the address it belongs to, and each control's value.
let draft = null;

export async function render([param, filters], session, { keep = false } = {}) {
  // #/record/QN, or #/record/QN?counterpart=…&results=… when opened from a missed opportunity (the shell hands
  // over what follows "?" as the address's parameters).
  const [countryCode, search] = (param ?? '').split('?');
  const prefill = filters instanceof URLSearchParams && [...filters.keys()].length ? filters : new URLSearchParams(search ?? '');
  const heading = h('h1', {}, t('record.title'));
  if (!session.viewer.canRecord) return [heading, notice(t('record.notAllowed'), 'warning')];
  const [countries, departments] = await Promise.all([query('gap-by-country'), query('departments')]);
  const recipients = (countries.data.leveragingCoverage ?? []).map(r => r.country);
  const status = h('div', { id: 'record-outcome', 'aria-live': 'polite' });
  const details = h('div', { id: 'record-details' });
  const countrySelect = select('country', t('record.country'),
    [['', t('country.choose')], ...recipients.map(c => [c.iso2, c.name])], countryCode || '');
  const form = h('form', { novalidate: true, id: 'record-form', lang: htmlLang() },
    countrySelect, details,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('record.submit'))));
  const address = location.hash;
  const restoring = keep && draft?.address === address ? draft.values : null;
  draft = null;
  let profile = null;
  const chosen = () => form.elements.country.value;
  const showDetails = async () => {
    details.replaceChildren();
    profile = null;
    if (!chosen()) return;
    profile = (await query('record-form', { code: chosen() })).data.country;
    details.replaceChildren(...meetingFields(profile, departments.data.departments?.nodes ?? []));
    suggestCode(form, profile);
  };
  const remember = () => { draft = { address, values: snapshot(form) }; };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  form.elements.country.addEventListener('change', showDetails);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren();
    clearErrors(form);
    const input = readInput(form);
    const mistakes = check(input);
    if (mistakes.length) return showErrors(form, status, mistakes);
    const answer = await query('record-meeting', { input });
    const payload = answer.data.recordEngagement;
    const refused = refusals(payload, answer, { input, profile });
    if (refused.length) return showErrors(form, status, refused);
    draft = null;
    const saved = h('div', { class: 'notice success', role: 'status', tabindex: '-1' },
      h('p', {}, t('record.saved', { code: payload.engagement.code })),
      h('p', {}, link(`#/country/${input.countries[0]}`, t('record.seeCountry', {
        country: recipients.find(c => c.iso2 === input.countries[0])?.name ?? input.countries[0] }))));
    status.replaceChildren(saved);
    saved.focus();
    await showDetails();
  });
  await showDetails();
  let prefilled = null;
  if (restoring) {
    if (restoring.country !== chosen()) {
      form.elements.country.value = restoring.country ?? '';
      await showDetails();
    }
    restore(form, restoring);
    draft = { address, values: restoring };
  }
  else if (prefill.size && profile) {
    prefilled = applyPrefill(form, prefill);
  }
  return [heading, h('p', { class: 'lead' }, t('record.intro')), prefilled, status, form];
}

/** The suggested code follows the date until the user writes their own. */
function suggestCode(form, country) {
  const [date, code] = [form.elements.date, form.elements.code];
  date.addEventListener('change', () => {
    if (/^[A-Z]{2}-MTG-\d{4}-\d{2}-\d{2}$/.test(code.value)) code.value = `${country.iso2}-MTG-${date.value}`;
  });
}

/**
 * From a missed opportunity: the same counterpart and setting, the results that were waiting ticked, and the new
 * meeting recorded as following up the missed one. Returns the notice that says so.
 */
function applyPrefill(form, prefill) {
  const counterpart = prefill.get('counterpart');
  if (counterpart && [...form.elements.counterpart.options].some(o => o.value === counterpart)) {
    form.elements.counterpart.value = counterpart;
  }
  const setting = prefill.get('setting');
  if (SETTINGS.includes(setting)) form.elements.setting.value = setting;
  const results = (prefill.get('results') ?? '').split(',').filter(Boolean);
  form.querySelectorAll('input[name="raisedResults"]').forEach(box => { box.checked = results.includes(box.value); });
  const follows = prefill.get('from');
  if (follows) form.append(h('input', { type: 'hidden', name: 'follows', value: follows }));
  return prefill.get('date') ? notice(t('record.prefilled', { date: longDate(prefill.get('date')) })) : null;
}

/** Every control's value by name (ticked boxes as lists), to draw the same form again. */
export function snapshot(form) {
  const values = {};
  for (const control of form.elements) {
    if (!control.name) continue;
    if (control.type === 'checkbox' || control.type === 'radio') {
      values[control.name] ??= [];
      if (control.checked) values[control.name].push(control.value);
    }
    else values[control.name] = control.value;
  }
  return values;
}

export function restore(form, values) {
  for (const control of form.elements) {
    if (!control.name || !(control.name in values)) continue;
    if (control.type === 'checkbox' || control.type === 'radio') control.checked = values[control.name].includes(control.value);
    else control.value = values[control.name];
  }
}

/** The page's language, for the form's controls (spell-checking, and the date's format hint says the rest). */
function htmlLang() {
  return language() === 'FR' ? 'fr-CA' : 'en-CA';
}

/**
 * Why the service refused, each reason in the user's language beside its field: the API's typed codes become the
 * dashboard's own sentences; a code it does not know keeps the service's (already localized) sentence.
 */
export function refusals(payload, answer, context) {
  if (payload?.errors?.length) return payload.errors.map(error => ({ field: error.field, message: userMessage(error, context) }));
  if (!payload && problems(answer).length) return [{ field: null, message: t('userError.generic') }];
  return [];
}

const EXAMPLE_DATE = '2026-12-10';

function userMessage(error, { input, profile, status } = {}) {
  const key = `userError.${error.code}`;
  if (error.code === 'RAISED_BEFORE_ACHIEVED') {
    const results = new Map((profile?.projects ?? []).flatMap(p => p.results).map(r => [r.code, r.achievedOn]));
    const late = (input?.raisedResults ?? []).filter(code => results.get(code) && results.get(code) > input.date)
      .map(code => t('userError.raisedLate', { code, date: longDate(results.get(code)) }));
    if (late.length) return t(key, { detail: late.join('; ') });
  }
  else if (t(key) !== key) {
    return t(key, { key: input?.code ?? '', example: error.code === 'BAD_KEY' ? 'QN-HOM-2026-12-10' : EXAMPLE_DATE,
      status: label(status).toLowerCase() });
  }
  const message = String(error.message ?? '').trim();
  return message ? t('userError.unknown', { message: message.charAt(0).toUpperCase() + message.slice(1) }) : t('userError.generic');
}

export function meetingFields(country, departments, { edit = false } = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const counterparts = [...country.missions.map(m => [m.code, `${m.name}${m.inCanada ? ` (${m.city})` : ''}`]),
    ...country.authorities.map(a => [a.code, a.name])];
  const embassy = country.missions.find(m => m.inCanada);
  const results = country.projects.flatMap(p => p.results).sort((a, b) => a.code.localeCompare(b.code));
  return [
    edit ? null : input('code', t('record.code'), { value: `${country.iso2}-MTG-${today}`, hint: t('record.codeHint') }),
    // A text field, not the browser's date picker: the picker follows the browser's locale, not the dashboard's
    // language. The hint says the one format both languages share.
    input('date', t('record.date'), { value: today, hint: t('dateHint', { example: today }), inputmode: 'numeric',
      pattern: '\\d{4}-\\d{2}-\\d{2}', autocomplete: 'off', size: 12 }),
    edit ? null : select('status', t('record.status'), STATUSES.map(s => [s, label(s)]), 'HELD'),
    select('kind', t('record.kind'), KINDS.map(k => [k, label(k)]), 'HEAD_OF_MISSION_MEETING'),
    select('setting', t('record.setting'), SETTINGS.map(s => [s, label(s)]), 'OTTAWA'),
    select('level', t('record.level'), LEVELS.map(l => [l, label(l)]), 'DIRECTOR'),
    select('counterpart', t('record.counterpart'), [['', t('record.noCounterpart')], ...counterparts], embassy?.code ?? ''),
    textarea('summaryEn', t('record.summaryEn'), 'en'),
    textarea('summaryFr', t('record.summaryFr'), 'fr'),
    h('fieldset', { class: 'field', 'data-field': 'attendance', 'aria-describedby': 'record-attendance-hint record-attendance-error' },
      h('legend', {}, t('record.attendance')),
      h('span', { class: 'hint', id: 'record-attendance-hint' }, t('record.attendanceHint')),
      h('span', { class: 'error-message', id: 'record-attendance-error' }),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.department')),
        h('th', { scope: 'col' }, t('record.present')), h('th', { scope: 'col' }, t('record.lead')))),
      h('tbody', {}, departments.map(d => h('tr', {},
        h('th', { scope: 'row', id: `dept-${d.code}` }, `${d.name} (${acronym(d.code)})`),
        h('td', {}, h('input', { type: 'checkbox', name: 'present', value: d.code, 'aria-label': `${t('record.present')}: ${acronym(d.code)}`, id: `present-${d.code}` })),
        h('td', {}, h('input', { type: 'radio', name: 'lead', value: d.code, 'aria-label': `${t('record.lead')}: ${acronym(d.code)}` }))))))),
    choices('raisedResults', t('record.raisedResults'), results.map(r => [r.code, `${r.code} · ${r.summary}`])),
    choices('raisedProjects', t('record.raisedProjects'), country.projects.map(p => [p.code, `${p.code} · ${p.title}`])),
  ];
}

export function readInput(form) {
  const values = name => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value);
  const lead = form.querySelector('input[name="lead"]:checked')?.value;
  const present = values('present');
  if (lead && !present.includes(lead)) present.push(lead);
  const field = name => form.elements[name]?.value.trim() ?? '';
  return {
    code: field('code'), date: field('date'), status: field('status'), kind: field('kind'), setting: field('setting'),
    level: field('level'), summaryEn: field('summaryEn'), summaryFr: field('summaryFr'),
    counterpart: field('counterpart') || null, countries: [field('country')],
    attendance: present.map(code => ({ participant: code, lead: code === lead })),
    raisedResults: values('raisedResults'), raisedProjects: values('raisedProjects'),
    ...(field('follows') ? { follows: field('follows') } : {}),
  };
}

/** What the API would refuse for a missing value, said before sending (the API checks again, and checks more). */
export function check(input, { edit = false } = {}) {
  const mistakes = [];
  for (const name of edit ? ['date', 'summaryEn', 'summaryFr'] : ['country', 'code', 'date', 'summaryEn', 'summaryFr']) {
    const value = name === 'country' ? input.countries[0] : input[name];
    // Each field named as a sentence says it ("Enter the summary in English."), not as its label lower-cased.
    if (!value) mistakes.push({ field: `input.${name}`, message: t('record.required', { field: t(`record.${name}Field`) }) });
  }
  if (input.date && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    mistakes.push({ field: 'input.date', message: t('record.badDate', { example: new Date().toISOString().slice(0, 10) }) });
  }
  if (input.attendance.length === 0) mistakes.push({ field: 'input.attendance', message: t('record.noAttendance') });
  else if (input.attendance.filter(a => a.lead).length !== 1) mistakes.push({ field: 'input.attendance', message: t('record.oneLead') });
  return mistakes;
}


/** Errors beside their fields, and a summary on top linking to each (what, where, why). */
export function showErrors(form, status, errors) {
  const items = errors.map(error => {
    const name = (error.field ?? '').replace(/^input\./, '').split(/[.[]/)[0];
    const container = name && form.querySelector(`[data-field="${name === 'countries' ? 'country' : name}"]`);
    if (container) {
      container.classList.add('invalid');
      const message = container.querySelector('.error-message');
      message.textContent = message.textContent ? `${message.textContent} ${error.message}` : error.message;
      container.querySelectorAll('input, select, textarea').forEach(control => control.setAttribute('aria-invalid', 'true'));
      const target = container.querySelector('input, select, textarea');
      return h('li', {}, h('a', { href: `#${target.id || container.id}`, onclick: event => { event.preventDefault(); target.focus(); } }, error.message));
    }
    return h('li', {}, error.message);
  });
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', id: 'record-errors' },
    h('h2', {}, t('record.errors')), h('p', {}, t('record.errorsLead')), h('ul', {}, items));
  status.replaceChildren(summary);
  summary.focus();
}

export function clearErrors(form) {
  form.querySelectorAll('.invalid').forEach(field => field.classList.remove('invalid'));
  form.querySelectorAll('.error-message').forEach(message => { message.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
}

function wrap(name, text, control, hint) {
  const id = `record-${name}`;
  control.id = id;
  control.name = name;
  control.setAttribute('aria-describedby', `${hint ? `${id}-hint ` : ''}${id}-error`);
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, text),
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('span', { class: 'error-message', id: `${id}-error` }),
    control);
}

function input(name, text, { type = 'text', value = '', hint, size = 40, ...attributes } = {}) {
  return wrap(name, text, h('input', { type, value, required: true, size, ...attributes }), hint);
}

function textarea(name, text, lang) {
  return wrap(name, text, h('textarea', { required: true, lang, rows: 3 }));
}

export function select(name, text, options, selected) {
  return wrap(name, text, h('select', {}, options.map(([value, caption]) =>
    h('option', { value, selected: value === selected }, caption))));
}

function choices(name, text, options) {
  return h('fieldset', { class: 'field', 'data-field': name, id: `record-${name}` },
    h('legend', {}, text),
    h('span', { class: 'error-message', id: `record-${name}-error` }),
    h('div', { class: 'choices' }, options.map(([value, caption]) =>
      h('label', {}, h('input', { type: 'checkbox', name, value }), ' ', caption))));
}
