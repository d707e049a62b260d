import { query, redacted } from '../api.js';
import { h, link, redactedNotice, section, table } from '../dom.js';
import { bars } from '../charts.js';
import { dollars, label, number, t } from '../i18n.js';

export async function render() {
  const answer = await query('program-profile');
  const profile = answer.data.programProfile;
  const breakdown = (title, rows, name, nameTitle) => section(title,
    bars(title, rows.map(name), rows.map(r => r.fundingCad), { format: dollars }),
    table(title, [
      { title: nameTitle, value: name, rowHeader: true },
      { title: t('col.projects'), value: r => number(r.projects), number: true },
      { title: t('col.funding'), value: r => dollars(r.fundingCad), number: true },
    ], rows));
  return [
    h('h1', {}, t('overview.title')),
    h('p', { class: 'lead' }, t('overview.lead')),
    h('ul', { class: 'figures' },
      h('li', {}, h('span', { class: 'value' }, number(profile.projects)), t('overview.projects')),
      h('li', {}, h('span', { class: 'value' }, dollars(profile.fundingCad)), t('overview.funding'))),
    h('p', {}, link('#/gap', t('overview.gapLink'))),
    h('div', { class: 'grid' },
      redacted(answer, 'programProfile', 'byDesignation')
        ? section(t('overview.byDesignation'), redactedNotice())
        : breakdown(t('overview.byDesignation'), profile.byDesignation, r => label(r.designation), t('col.designation')),
      breakdown(t('overview.byStatus'), profile.byStatus, r => label(r.status), t('col.status')),
      breakdown(t('overview.bySize'), profile.bySizeClass, r => label(r.sizeClass), t('col.size'))),
    breakdown(t('overview.byPartner'), profile.byPartner, r => r.partner.name, t('col.partner')),
    breakdown(t('overview.byPriorityArea'), profile.byPriorityArea, r => r.priorityArea.name, t('col.priorityArea')),
    h('p', { class: 'hint' }, t('overview.priorityAreaNote')),
  ];
}
