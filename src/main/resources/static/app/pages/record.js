import { problems, query } from '../api.js';
import { h, link, notice } from '../dom.js';
import { label, t } from '../i18n.js';

const KINDS = ['HEAD_OF_MISSION_MEETING', 'BILATERAL_MEETING', 'SCOPING_MISSION', 'MONITORING_MISSION', 'STUDY_TOUR',
  'WORKING_GROUP', 'BRIEFING', 'MULTILATERAL_FORUM', 'CALL'];
const SETTINGS = ['OTTAWA', 'IN_COUNTRY', 'MULTILATERAL', 'INTERDEPARTMENTAL'];
const LEVELS = ['MINISTER', 'ADM', 'DG', 'DIRECTOR', 'WORKING'];
const STATUSES = ['HELD', 'PLANNED', 'CANCELLED'];

export async function render([countryCode], session) {
  const heading = h('h1', {}, t('record.title'));
  if (!session.viewer.canRecord) return [heading, notice(t('record.notAllowed'), 'warning')];
  const [countries, departments] = await Promise.all([query('gap-by-country'), query('departments')]);
  const recipients = (countries.data.leveragingCoverage ?? []).map(r => r.country);
  const status = h('div', { id: 'record-outcome', 'aria-live': 'polite' });
  const details = h('div', { id: 'record-details' });
  const countrySelect = select('country', t('record.country'),
    [['', t('country.choose')], ...recipients.map(c => [c.iso2, c.name])], countryCode ?? '');
  const form = h('form', { novalidate: true, id: 'record-form' },
    countrySelect, details,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('record.submit'))));
  const chosen = () => form.elements.country.value;
  const showDetails = async () => {
    details.replaceChildren();
    if (!chosen()) return;
    const country = (await query('country-profile', { code: chosen() })).data.country;
    details.replaceChildren(...meetingFields(country, departments.data.departments?.nodes ?? []));
    // The suggested code follows the date until the user writes their own.
    const [date, code] = [form.elements.date, form.elements.code];
    date.addEventListener('change', () => {
      if (/^[A-Z]{2}-MTG-\d{4}-\d{2}-\d{2}$/.test(code.value)) code.value = `${country.iso2}-MTG-${date.value}`;
    });
  };
  form.elements.country.addEventListener('change', showDetails);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren();
    clearErrors(form);
    const input = readInput(form);
    const mistakes = check(input, form);
    if (mistakes.length) return showErrors(form, status, mistakes);
    const answer = await query('record-meeting', { input });
    const payload = answer.data.recordEngagement;
    const refused = payload?.errors?.length ? payload.errors
      : problems(answer).map(e => ({ field: null, message: e.message }));
    if (refused.length) return showErrors(form, status, refused);
    const saved = h('div', { class: 'notice success', role: 'status', tabindex: '-1' },
      h('p', {}, t('record.saved', { code: payload.engagement.code })),
      h('p', {}, link(`#/country/${input.countries[0]}`, t('record.seeCountry', {
        country: recipients.find(c => c.iso2 === input.countries[0])?.name ?? input.countries[0] }))));
    status.replaceChildren(saved);
    saved.focus();
    await showDetails();
  });
  await showDetails();
  return [heading, h('p', { class: 'lead' }, t('record.intro')), status, form];
}

function meetingFields(country, departments) {
  const today = new Date().toISOString().slice(0, 10);
  const counterparts = [...country.missions.map(m => [m.code, `${m.name}${m.inCanada ? ` (${m.city})` : ''}`]),
    ...country.authorities.map(a => [a.code, a.name])];
  const embassy = country.missions.find(m => m.inCanada);
  const results = country.projects.flatMap(p => p.results).sort((a, b) => a.code.localeCompare(b.code));
  return [
    input('code', t('record.code'), { value: `${country.iso2}-MTG-${today}`, hint: t('record.codeHint') }),
    input('date', t('record.date'), { type: 'date', value: today }),
    select('status', t('record.status'), STATUSES.map(s => [s, label(s)]), 'HELD'),
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
        h('th', { scope: 'row', id: `dept-${d.code}` }, `${d.name} (${d.code})`),
        h('td', {}, h('input', { type: 'checkbox', name: 'present', value: d.code, 'aria-label': `${t('record.present')}: ${d.code}`, id: `present-${d.code}` })),
        h('td', {}, h('input', { type: 'radio', name: 'lead', value: d.code, 'aria-label': `${t('record.lead')}: ${d.code}` }))))))),
    choices('raisedResults', t('record.raisedResults'), results.map(r => [r.code, `${r.code} · ${r.summary}`])),
    choices('raisedProjects', t('record.raisedProjects'), country.projects.map(p => [p.code, `${p.code} · ${p.title}`])),
  ];
}

function readInput(form) {
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
  };
}

/** What the API would refuse for a missing value, said before sending (the API checks again, and checks more). */
function check(input, form) {
  const mistakes = [];
  for (const name of ['country', 'code', 'date', 'summaryEn', 'summaryFr']) {
    const value = name === 'country' ? input.countries[0] : input[name];
    if (!value) mistakes.push({ field: `input.${name}`, message: t('record.required', { field: fieldLabel(form, name) }) });
  }
  if (input.attendance.length === 0) mistakes.push({ field: 'input.attendance', message: t('record.noAttendance') });
  else if (input.attendance.filter(a => a.lead).length !== 1) mistakes.push({ field: 'input.attendance', message: t('record.oneLead') });
  return mistakes;
}

function fieldLabel(form, name) {
  return form.querySelector(`label[for="record-${name}"]`)?.textContent.toLowerCase() ?? name;
}

/** Errors beside their fields, and a summary on top linking to each (what, where, why). */
function showErrors(form, status, errors) {
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

function clearErrors(form) {
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

function input(name, text, { type = 'text', value = '', hint } = {}) {
  return wrap(name, text, h('input', { type, value, required: true, size: 40 }), hint);
}

function textarea(name, text, lang) {
  return wrap(name, text, h('textarea', { required: true, lang, rows: 3 }));
}

function select(name, text, options, selected) {
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
