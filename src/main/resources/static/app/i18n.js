// The dashboard's words in Canada's two official languages, and the formats of each (dates, numbers, dollars).
// The chosen language is remembered in the browser; the API is asked for labels in the same language.

const STORAGE_KEY = 'engagement-graph.language';

const WORDS = {
  EN: {
    product: 'Engagement Graph', skip: 'Skip to main content', signOut: 'Sign out', switchTo: 'Français',
    signedInAs: 'Signed in as {name}', pageTitle: '{page} · Engagement Graph',
    'nav.overview': 'Overview', 'nav.gap': 'Leveraging gap', 'nav.briefing': 'Briefing packs',
    'nav.record': 'Record a meeting', 'nav.explore': 'Graph explorer',
    'signIn.title': 'Sign in', 'signIn.lead': 'Sign in to see the program, its results and where they were raised.',
    'signIn.user': 'User name', 'signIn.password': 'Password', 'signIn.token': 'Access token',
    'signIn.tokenHint': 'Paste the access token issued by your department’s identity provider.',
    'signIn.submit': 'Sign in', 'signIn.failed': 'The user name or password is not right. Try again.',
    'signIn.tokenFailed': 'The token was refused: it may have expired. Get a new one and try again.',
    'signIn.demo': 'Demo users: viewer, analyst, coordinator and admin; the password is “demo”. Only analysts and above hold the Protected B clearance; coordinators and admins can record meetings.',
    'error.title': 'Something went wrong', 'error.unavailable': 'The service cannot answer right now ({code}). Try again in a moment.',
    'error.notFound': 'Nothing has the key “{key}”.',     'redacted': 'Protected B: your account does not hold the clearance to see this part. Everything else on this page is shown.',
    'overview.title': 'Program overview',
    'overview.lead': 'What the program funds: projects and funding by priority area, country designation, implementing partner, status and size.',
    'overview.projects': 'Projects', 'overview.funding': 'Funding', 'overview.byPriorityArea': 'By priority area',
    'overview.byDesignation': 'By country designation', 'overview.byPartner': 'By implementing partner',
    'overview.byStatus': 'By status', 'overview.bySize': 'By size', 'overview.priorityAreaNote': 'A project can serve several priority areas, so these rows add up to more than the total.',
    'overview.gapLink': 'See which results were never raised in Ottawa',
    'col.priorityArea': 'Priority area', 'col.designation': 'Designation', 'col.partner': 'Partner', 'col.status': 'Status',
    'col.size': 'Size', 'col.projects': 'Projects', 'col.funding': 'Funding (CAD)', 'col.country': 'Country',
    'col.results': 'Results', 'col.ottawa': 'Raised in Ottawa', 'col.inCountry': 'Raised in-country',
    'col.never': 'Never raised in Ottawa', 'col.coverage': 'Ottawa coverage',     'col.result': 'Result', 'col.project': 'Project', 'col.achieved': 'Achieved', 'col.age': 'Waiting for',
    'col.mentioned': 'Project mentioned in Ottawa', 'col.date': 'Date', 'col.meeting': 'Meeting', 'col.kind': 'Kind',
    'col.channel': 'Channel', 'col.counterpart': 'Counterpart', 'col.couldHaveRaised': 'Results that could have been raised',
    'col.attendance': 'Canadian attendance', 'col.department': 'Department', 'col.role': 'Role', 'col.quarter': 'Quarter',
    'col.requested': 'Requested', 'col.issued': 'Issued', 'col.issuedRatio': 'Issued / requested',
    'col.medianDays': 'Median days to issue', 'col.meetings': 'Meetings', 'col.resultsRaised': 'Results raised',
    'col.keyMessages': 'Approved key messages', 'col.decision': 'Decision', 'col.action': 'Action', 'col.due': 'Due',
    'col.assignedTo': 'Assigned to', 'col.summary': 'Summary',     'col.period': 'Period', 'col.quarters': 'Quarters', 'col.meanMedianDays': 'Mean of median days',
    'gap.title': 'Leveraging gap',
    'gap.lead': 'For every country with projects: how many results were raised with its embassy in Ottawa, where travel documents are issued, and how many never were. Sort by any column; choose a country to see its results.',
    'gap.chart': 'Results per country: raised in Ottawa, raised only in-country or elsewhere, never raised',
    'gap.chartOttawa': 'Raised in Ottawa', 'gap.chartElsewhere': 'Raised, but never in Ottawa', 'gap.chartNever': 'Never raised anywhere',
    'gap.sortBy': 'Sort by {column}', 'gap.table': 'Every country', 'gap.total': '{count} countries',
    'country.region': 'Region', 'country.embassy': 'Mission in Canada',
    'country.noEmbassy': 'No mission in Canada is recorded.', 'country.timeline': 'Engagements and travel-document issuance',
    'country.timelineLead': 'Meetings held each quarter (bars) beside travel documents issued (line). The dashed marker is the first time a result was raised in Ottawa.',
    'country.heldOttawa': 'Meetings in Ottawa', 'country.heldElsewhere': 'Other meetings', 'country.tdIssued': 'Travel documents issued',
    'country.tdRequested': 'Travel documents requested', 'country.firstOttawa': 'First result raised in Ottawa: {date} ({code})',
    'country.noFirstOttawa': 'No result of this country has ever been raised in Ottawa.', 'country.beforeAfter': 'Before and after the first Ottawa leveraging',
    'country.before': 'Before', 'country.after': 'After',
    'country.unleveraged': 'Results never raised in Ottawa', 'country.unleveragedLead': '{count} results of this country’s projects were never raised with its mission in Canada, oldest first.',
    'country.noneUnleveraged': 'Every result of this country has been raised in Ottawa.',
    'country.missed': 'Missed opportunities', 'country.missedLead': 'Meetings with the country’s mission in Canada or its authorities where results were waiting, yet none was raised.', 'country.missedShown': '{shown} of {count} such meetings, oldest first.', 'country.moreResults': '(and {count} more)',
    'country.noneMissed': 'No missed opportunity: every such meeting raised at least one waiting result.',
    'country.plan': 'Engagement plan and roles', 'country.noPlan': 'No engagement plan is recorded for this country.',
    'country.planFacts': 'Plan {code}, approved {date}, escalation stage {stage}.', 'country.noLeverageRole': 'No department holds the LEVERAGE role: nobody is charged with raising project results.',
    'country.planned': 'Planned meetings', 'country.nonePlanned': 'No meeting is planned.', 'country.prepare': 'Prepare the briefing',
    'country.record': 'Record a meeting with this country', 'country.explore': 'Show in the graph', 'country.choose': 'Choose a country',
    'country.projects': 'Projects', 'country.quarterTable': 'Figures for each quarter', 'country.viewAll': 'Show every country',
    'days': '{days} days ({years} years)', 'yes': 'Yes', 'no': 'No', 'none': '—',
    'briefing.title': 'Briefing packs', 'briefing.lead': 'Planned meetings, soonest first. Open one to prepare its briefing: the results to raise with their approved messages, the travel-document trend, the latest decisions and the open actions.',
    'briefing.nonePlanned': 'No meeting is planned.', 'briefing.packTitle': 'Briefing: {counterpart}',     'briefing.toRaise': 'Results to raise', 'briefing.toRaiseLead': 'Achieved, and never raised with this counterpart’s channel.', 'briefing.toRaiseShown': 'The oldest {shown} of {count}.',
    'briefing.noneToRaise': 'Every result has already been raised on this channel.', 'briefing.tdTrend': 'Travel-document trend',
    'briefing.decisions': 'Latest decisions', 'briefing.actions': 'Open follow-up actions', 'briefing.noActions': 'No open action.', 'briefing.actionsShown': 'The {shown} due soonest of {count}.',
    'briefing.noDecisions': 'No decision recorded.', 'briefing.print': 'Print the briefing', 'briefing.prepared': 'Prepared on {date}.',
    'record.title': 'Record a meeting', 'record.intro': 'A meeting planned, held or cancelled, with who attended and which results were raised. The service checks everything before it saves; nothing is saved if anything is wrong.',
    'record.notAllowed': 'Recording meetings needs the coordinator role. Sign in as a coordinator to record one.',
    'record.country': 'Country', 'record.code': 'Meeting code', 'record.codeHint': 'A new, unique code, e.g. QN-HOM-2026-12-10.',
    'record.date': 'Date', 'record.status': 'Status', 'record.kind': 'Kind of meeting', 'record.setting': 'Setting',
    'record.level': 'Most senior Canadian level', 'record.summaryEn': 'Summary in English', 'record.summaryFr': 'Summary in French',
    'record.counterpart': 'Counterpart', 'record.noCounterpart': 'None (internal)', 'record.attendance': 'Canadian attendance',
    'record.attendanceHint': 'Tick every department present and choose the one that led.', 'record.lead': 'Led the meeting',
    'record.present': 'Present', 'record.raisedResults': 'Results raised', 'record.raisedProjects': 'Projects mentioned',
    'record.submit': 'Save the meeting', 'record.errors': 'The meeting was not saved', 'record.errorsLead': 'Correct the following, then save again:',
    'record.saved': 'Meeting {code} was saved.', 'record.seeCountry': 'See {country}’s leveraging',
    'record.required': 'Enter the {field}.', 'record.oneLead': 'Choose exactly one department that led the meeting.',
    'record.noAttendance': 'Tick at least one department that attended.',
    'explore.title': 'Graph explorer', 'explore.lead': 'Search for any country, project, result, department, mission or meeting, see what it is linked to, and expand the picture by choosing a node.',
    'explore.search': 'Search', 'explore.searchHint': 'A name, title, code or words of a summary, in English or French.',
    'explore.searchButton': 'Search', 'explore.noMatch': 'Nothing matches “{text}”.', 'explore.matches': '{count} matches',
    'explore.graph': 'Neighbourhood {of} {key}', 'explore.graphLabel': 'Graph of {count} nodes and {links} links. The same nodes are listed beside it.',
    'explore.nodes': 'Nodes', 'explore.expand': 'Expand', 'explore.focus': 'Centre on', 'explore.truncated': 'Only the first nodes are drawn: expand one to see more around it.',
    'explore.path': 'Path from a result to a department', 'explore.pathFrom': 'From (key)', 'explore.pathTo': 'To (department code)',
    'explore.pathButton': 'Find the path', 'explore.noPath': 'No path joins {from} and {to} within the graph’s limits.',
    'explore.pathFound': 'Path of {hops} links: {steps}', 'explore.empty': 'Search for a node, or open one from a country page.',
    'explore.legend': 'Legend',
    // Graph explorer (issue 16, branch 16a): legend and filters, controls, details, hide and undo, export, paths.
    'explore.legendHint': 'Choose a type to hide or show its nodes.', 'explore.typeShown': '{type}: shown', 'explore.typeHidden': '{type}: hidden',
    'explore.controls': 'Graph controls', 'explore.zoomIn': 'Zoom in', 'explore.zoomOut': 'Zoom out', 'explore.fit': 'Fit to the frame',
    'explore.zoomLevel': 'Zoom: {percent}', 'explore.undo': 'Undo hiding', 'explore.hiddenCount': '{count} hidden',
    'explore.exportPng': 'Export as PNG', 'explore.pngReady': 'Download the PNG image of the graph', 'explore.hide': 'Hide',
    'explore.details': 'Details', 'explore.detailsOf': 'Details: {type} {key}', 'explore.detailsEmpty': 'Choose a node (its Details button, or click it in the graph) to see its properties.',
    'explore.properties': 'Properties', 'explore.linksInView': 'Links in the picture', 'explore.expandAlong': 'Expand along',
    'explore.allRelationships': 'Every relationship', 'explore.omitted': '+{count} {types} not shown', 'explore.showOmitted': 'Show the {count} {types}',
    'explore.noRaisingMeeting': '{from} was never raised at a held meeting that {to} attended.',
    'explore.notFound': 'Not found: {message}', 'explore.typeCount': '{type} ({count})',
    'explore.kilobytes': 'KB', 'explore.UNCLASSIFIED': 'Unclassified', 'explore.PROTECTED_B': 'Protected B',
    'prop.code': 'Code', 'prop.name': 'Name', 'prop.title': 'Title', 'prop.summary': 'Summary', 'prop.text': 'Text', 'prop.date': 'Date',
    'prop.status': 'Status', 'prop.kind': 'Kind', 'prop.setting': 'Setting', 'prop.level': 'Level', 'prop.achievedOn': 'Achieved on',
    'prop.type': 'Type', 'prop.indicator': 'Indicator', 'prop.start': 'Start', 'prop.end': 'End', 'prop.fundingCad': 'Funding (CAD)',
    'prop.classification': 'Classification', 'prop.region': 'Region', 'prop.iso2': 'ISO code', 'prop.iso3': 'ISO 3 code', 'prop.city': 'City',
    'prop.version': 'Version', 'prop.acronym': 'Acronym', 'prop.due': 'Due', 'prop.unit': 'Unit', 'prop.value': 'Value', 'prop.quarter': 'Quarter',
  },
  FR: {
    product: 'Graphe des engagements', skip: 'Passer au contenu principal', signOut: 'Se déconnecter', switchTo: 'English',
    signedInAs: 'Connecté : {name}', pageTitle: '{page} · Graphe des engagements',
    'nav.overview': 'Aperçu', 'nav.gap': 'Écart de mise à profit', 'nav.briefing': 'Trousses d’information',
    'nav.record': 'Consigner une rencontre', 'nav.explore': 'Explorateur du graphe',
    'signIn.title': 'Connexion', 'signIn.lead': 'Connectez-vous pour voir le programme, ses résultats et où ils ont été soulevés.',
    'signIn.user': 'Nom d’utilisateur', 'signIn.password': 'Mot de passe', 'signIn.token': 'Jeton d’accès',
    'signIn.tokenHint': 'Collez le jeton d’accès délivré par le fournisseur d’identité de votre ministère.',
    'signIn.submit': 'Se connecter', 'signIn.failed': 'Le nom d’utilisateur ou le mot de passe est erroné. Réessayez.',
    'signIn.tokenFailed': 'Le jeton a été refusé : il a peut-être expiré. Obtenez-en un nouveau et réessayez.',
    'signIn.demo': 'Utilisateurs de démonstration : viewer, analyst, coordinator et admin; le mot de passe est « demo ». Seuls les analystes et au-delà détiennent la cote Protégé B; les coordonnateurs et les administrateurs peuvent consigner des rencontres.',
    'error.title': 'Un problème est survenu', 'error.unavailable': 'Le service ne peut pas répondre pour l’instant ({code}). Réessayez dans un moment.',
    'error.notFound': 'Aucun élément n’a la clé « {key} ».',     'redacted': 'Protégé B : votre compte ne détient pas la cote nécessaire pour voir cette partie. Tout le reste de la page est affiché.',
    'overview.title': 'Aperçu du programme',
    'overview.lead': 'Ce que finance le programme : projets et financement par domaine prioritaire, désignation du pays, partenaire d’exécution, état et taille.',
    'overview.projects': 'Projets', 'overview.funding': 'Financement', 'overview.byPriorityArea': 'Par domaine prioritaire',
    'overview.byDesignation': 'Par désignation du pays', 'overview.byPartner': 'Par partenaire d’exécution',
    'overview.byStatus': 'Par état', 'overview.bySize': 'Par taille', 'overview.priorityAreaNote': 'Un projet peut servir plusieurs domaines prioritaires : ces lignes dépassent donc le total.',
    'overview.gapLink': 'Voir les résultats jamais soulevés à Ottawa',
    'col.priorityArea': 'Domaine prioritaire', 'col.designation': 'Désignation', 'col.partner': 'Partenaire', 'col.status': 'État',
    'col.size': 'Taille', 'col.projects': 'Projets', 'col.funding': 'Financement ($ CA)', 'col.country': 'Pays',
    'col.results': 'Résultats', 'col.ottawa': 'Soulevés à Ottawa', 'col.inCountry': 'Soulevés dans le pays',
    'col.never': 'Jamais soulevés à Ottawa', 'col.coverage': 'Couverture à Ottawa',     'col.result': 'Résultat', 'col.project': 'Projet', 'col.achieved': 'Atteint le', 'col.age': 'En attente depuis',
    'col.mentioned': 'Projet mentionné à Ottawa', 'col.date': 'Date', 'col.meeting': 'Rencontre', 'col.kind': 'Type',
    'col.channel': 'Canal', 'col.counterpart': 'Interlocuteur', 'col.couldHaveRaised': 'Résultats qui auraient pu être soulevés',
    'col.attendance': 'Participation canadienne', 'col.department': 'Ministère', 'col.role': 'Rôle', 'col.quarter': 'Trimestre',
    'col.requested': 'Demandés', 'col.issued': 'Délivrés', 'col.issuedRatio': 'Délivrés / demandés',
    'col.medianDays': 'Délai médian (jours)', 'col.meetings': 'Rencontres', 'col.resultsRaised': 'Résultats soulevés',
    'col.keyMessages': 'Messages clés approuvés', 'col.decision': 'Décision', 'col.action': 'Mesure', 'col.due': 'Échéance',
    'col.assignedTo': 'Confiée à', 'col.summary': 'Résumé',     'col.period': 'Période', 'col.quarters': 'Trimestres', 'col.meanMedianDays': 'Moyenne des délais médians',
    'gap.title': 'Écart de mise à profit',
    'gap.lead': 'Pour chaque pays doté de projets : combien de résultats ont été soulevés auprès de son ambassade à Ottawa, où les titres de voyage sont délivrés, et combien ne l’ont jamais été. Triez selon n’importe quelle colonne; choisissez un pays pour voir ses résultats.',
    'gap.chart': 'Résultats par pays : soulevés à Ottawa, soulevés seulement dans le pays ou ailleurs, jamais soulevés',
    'gap.chartOttawa': 'Soulevés à Ottawa', 'gap.chartElsewhere': 'Soulevés, mais jamais à Ottawa', 'gap.chartNever': 'Jamais soulevés',
    'gap.sortBy': 'Trier par {column}', 'gap.table': 'Tous les pays', 'gap.total': '{count} pays',
    'country.region': 'Région', 'country.embassy': 'Mission au Canada',
    'country.noEmbassy': 'Aucune mission au Canada n’est consignée.', 'country.timeline': 'Engagements et délivrance de titres de voyage',
    'country.timelineLead': 'Rencontres tenues chaque trimestre (barres) et titres de voyage délivrés (ligne). Le repère pointillé marque la première fois qu’un résultat a été soulevé à Ottawa.',
    'country.heldOttawa': 'Rencontres à Ottawa', 'country.heldElsewhere': 'Autres rencontres', 'country.tdIssued': 'Titres de voyage délivrés',
    'country.tdRequested': 'Titres de voyage demandés', 'country.firstOttawa': 'Premier résultat soulevé à Ottawa : {date} ({code})',
    'country.noFirstOttawa': 'Aucun résultat de ce pays n’a jamais été soulevé à Ottawa.', 'country.beforeAfter': 'Avant et après la première mise à profit à Ottawa',
    'country.before': 'Avant', 'country.after': 'Après',
    'country.unleveraged': 'Résultats jamais soulevés à Ottawa', 'country.unleveragedLead': '{count} résultats des projets de ce pays n’ont jamais été soulevés auprès de sa mission au Canada, du plus ancien au plus récent.',
    'country.noneUnleveraged': 'Tous les résultats de ce pays ont été soulevés à Ottawa.',
    'country.missed': 'Occasions manquées', 'country.missedLead': 'Rencontres avec la mission du pays au Canada ou ses autorités où des résultats attendaient, sans qu’aucun ne soit soulevé.', 'country.missedShown': '{shown} de {count} rencontres de ce genre, de la plus ancienne à la plus récente.', 'country.moreResults': '(et {count} de plus)',
    'country.noneMissed': 'Aucune occasion manquée : chacune de ces rencontres a soulevé au moins un résultat en attente.',
    'country.plan': 'Plan d’engagement et rôles', 'country.noPlan': 'Aucun plan d’engagement n’est consigné pour ce pays.',
    'country.planFacts': 'Plan {code}, approuvé le {date}, étape d’escalade {stage}.', 'country.noLeverageRole': 'Aucun ministère ne détient le rôle MISE À PROFIT : personne n’est chargé de soulever les résultats des projets.',
    'country.planned': 'Rencontres prévues', 'country.nonePlanned': 'Aucune rencontre n’est prévue.', 'country.prepare': 'Préparer la trousse d’information',
    'country.record': 'Consigner une rencontre avec ce pays', 'country.explore': 'Voir dans le graphe', 'country.choose': 'Choisir un pays',
    'country.projects': 'Projets', 'country.quarterTable': 'Chiffres de chaque trimestre', 'country.viewAll': 'Voir tous les pays',
    'days': '{days} jours ({years} ans)', 'yes': 'Oui', 'no': 'Non', 'none': '—',
    'briefing.title': 'Trousses d’information', 'briefing.lead': 'Rencontres prévues, de la plus proche à la plus lointaine. Ouvrez-en une pour préparer sa trousse : les résultats à soulever et leurs messages approuvés, la tendance des titres de voyage, les dernières décisions et les mesures en suspens.',
    'briefing.nonePlanned': 'Aucune rencontre n’est prévue.', 'briefing.packTitle': 'Trousse d’information : {counterpart}',     'briefing.toRaise': 'Résultats à soulever', 'briefing.toRaiseLead': 'Atteints, et jamais soulevés sur le canal de cet interlocuteur.', 'briefing.toRaiseShown': 'Les {shown} plus anciens sur {count}.',
    'briefing.noneToRaise': 'Tous les résultats ont déjà été soulevés sur ce canal.', 'briefing.tdTrend': 'Tendance des titres de voyage',
    'briefing.decisions': 'Dernières décisions', 'briefing.actions': 'Mesures de suivi en suspens', 'briefing.noActions': 'Aucune mesure en suspens.', 'briefing.actionsShown': 'Les {shown} aux échéances les plus proches sur {count}.',
    'briefing.noDecisions': 'Aucune décision consignée.', 'briefing.print': 'Imprimer la trousse', 'briefing.prepared': 'Préparée le {date}.',
    'record.title': 'Consigner une rencontre', 'record.intro': 'Une rencontre prévue, tenue ou annulée, avec les participants et les résultats soulevés. Le service vérifie tout avant d’enregistrer; rien n’est enregistré si quelque chose cloche.',
    'record.notAllowed': 'Consigner des rencontres exige le rôle de coordonnateur. Connectez-vous comme coordonnateur pour en consigner une.',
    'record.country': 'Pays', 'record.code': 'Code de la rencontre', 'record.codeHint': 'Un code nouveau et unique, p. ex. QN-HOM-2026-12-10.',
    'record.date': 'Date', 'record.status': 'État', 'record.kind': 'Type de rencontre', 'record.setting': 'Cadre',
    'record.level': 'Niveau canadien le plus élevé', 'record.summaryEn': 'Résumé en anglais', 'record.summaryFr': 'Résumé en français',
    'record.counterpart': 'Interlocuteur', 'record.noCounterpart': 'Aucun (interne)', 'record.attendance': 'Participation canadienne',
    'record.attendanceHint': 'Cochez chaque ministère présent et choisissez celui qui a dirigé la rencontre.', 'record.lead': 'A dirigé la rencontre',
    'record.present': 'Présent', 'record.raisedResults': 'Résultats soulevés', 'record.raisedProjects': 'Projets mentionnés',
    'record.submit': 'Enregistrer la rencontre', 'record.errors': 'La rencontre n’a pas été enregistrée', 'record.errorsLead': 'Corrigez ce qui suit, puis enregistrez de nouveau :',
    'record.saved': 'La rencontre {code} a été enregistrée.', 'record.seeCountry': 'Voir la mise à profit : {country}',
    'record.required': 'Indiquez : {field}.', 'record.oneLead': 'Choisissez exactement un ministère qui a dirigé la rencontre.',
    'record.noAttendance': 'Cochez au moins un ministère présent.',
    'explore.title': 'Explorateur du graphe', 'explore.lead': 'Cherchez un pays, un projet, un résultat, un ministère, une mission ou une rencontre, voyez ce qui y est lié et élargissez l’image en choisissant un nœud.',
    'explore.search': 'Recherche', 'explore.searchHint': 'Un nom, un titre, un code ou des mots d’un résumé, en français ou en anglais.',
    'explore.searchButton': 'Chercher', 'explore.noMatch': 'Rien ne correspond à « {text} ».', 'explore.matches': '{count} résultats de recherche',
    'explore.graph': 'Voisinage {of} {key}', 'explore.graphLabel': 'Graphe de {count} nœuds et {links} liens. Les mêmes nœuds sont énumérés à côté.',
    'explore.nodes': 'Nœuds', 'explore.expand': 'Élargir', 'explore.focus': 'Centrer sur', 'explore.truncated': 'Seuls les premiers nœuds sont dessinés : élargissez-en un pour voir ce qui l’entoure.',
    'explore.path': 'Chemin d’un résultat à un ministère', 'explore.pathFrom': 'De (clé)', 'explore.pathTo': 'À (code du ministère)',
    'explore.pathButton': 'Trouver le chemin', 'explore.noPath': 'Aucun chemin ne relie {from} et {to} dans les limites du graphe.',
    'explore.pathFound': 'Chemin de {hops} liens : {steps}', 'explore.empty': 'Cherchez un nœud, ou ouvrez-en un depuis la page d’un pays.',
    'explore.legend': 'Légende',
    // Explorateur du graphe (issue 16, branche 16a) : légende et filtres, commandes, détails, masquer et annuler, export, chemins.
    'explore.legendHint': 'Choisissez un type pour masquer ou afficher ses nœuds.', 'explore.typeShown': '{type} : affiché', 'explore.typeHidden': '{type} : masqué',
    'explore.controls': 'Commandes du graphe', 'explore.zoomIn': 'Agrandir', 'explore.zoomOut': 'Réduire', 'explore.fit': 'Ajuster au cadre',
    'explore.zoomLevel': 'Zoom : {percent}', 'explore.undo': 'Annuler le masquage', 'explore.hiddenCount': '{count} masqué(s)',
    'explore.exportPng': 'Exporter en PNG', 'explore.pngReady': 'Télécharger l’image PNG du graphe', 'explore.hide': 'Masquer',
    'explore.details': 'Détails', 'explore.detailsOf': 'Détails : {type} {key}', 'explore.detailsEmpty': 'Choisissez un nœud (son bouton Détails, ou cliquez dessus dans le graphe) pour voir ses propriétés.',
    'explore.properties': 'Propriétés', 'explore.linksInView': 'Liens dans l’image', 'explore.expandAlong': 'Élargir selon',
    'explore.allRelationships': 'Toutes les relations', 'explore.omitted': '+{count} {types} hors de l’image', 'explore.showOmitted': 'Afficher les {count} {types}',
    'explore.noRaisingMeeting': '{from} n’a jamais été soulevé lors d’une rencontre tenue à laquelle {to} a participé.',
    'explore.notFound': 'Introuvable : {message}', 'explore.typeCount': '{type} ({count})',
    'explore.kilobytes': 'ko', 'explore.UNCLASSIFIED': 'Non classifié', 'explore.PROTECTED_B': 'Protégé B',
    'prop.code': 'Code', 'prop.name': 'Nom', 'prop.title': 'Titre', 'prop.summary': 'Résumé', 'prop.text': 'Texte', 'prop.date': 'Date',
    'prop.status': 'État', 'prop.kind': 'Genre', 'prop.setting': 'Cadre', 'prop.level': 'Niveau', 'prop.achievedOn': 'Atteint le',
    'prop.type': 'Type', 'prop.indicator': 'Indicateur', 'prop.start': 'Début', 'prop.end': 'Fin', 'prop.fundingCad': 'Financement (CAD)',
    'prop.classification': 'Classification', 'prop.region': 'Région', 'prop.iso2': 'Code ISO', 'prop.iso3': 'Code ISO 3', 'prop.city': 'Ville',
    'prop.version': 'Version', 'prop.acronym': 'Sigle', 'prop.due': 'Échéance', 'prop.unit': 'Unité', 'prop.value': 'Valeur', 'prop.quarter': 'Trimestre',
  },
};

// Overview & tables (issue 16): the program-wide gap up front, exports, filters, sorting, chart drill-down.
Object.assign(WORDS.EN, {
  'overview.gapTitle': 'The leveraging gap, program-wide',
  'overview.gapLead': 'Results of the program’s projects never raised with their country’s embassy, high commission or consulate in Canada, where travel documents are issued, and meetings with those missions where results were waiting yet none was raised.',
  'overview.neverRaised': 'results never raised in Ottawa', 'overview.missedMeetings': 'missed Ottawa meetings',
  'overview.longestWait': 'days: the longest wait', 'overview.longestWaitOf': '{result}, {country}, achieved {date}',
  'overview.noWait': 'no result is waiting',
  'overview.chart': 'Results never raised in Ottawa, by country (the {count} largest gaps)',
  'overview.chartHint': 'Choose a bar to list that country’s results and missed meetings below.',
  'overview.neverList': 'Results never raised in Ottawa, all countries',
  'overview.neverListLead': 'Oldest first: the first has waited longest. Rows {from} to {to} of {count}.',
  'overview.missedList': 'Missed Ottawa meetings, all countries',
  'overview.missedListLead': 'Held meetings with a country’s mission in Canada where its results were waiting and none was raised, newest first. Rows {from} to {to} of {count}.',
  'overview.noneNever': 'Every result has been raised in Ottawa.', 'overview.noneMissed': 'No missed Ottawa meeting.',
  'overview.next': 'Next page of “{list}”', 'overview.first': 'First page of “{list}”',
  'overview.profile': 'What the program funds',
  'col.region': 'Region', 'col.waiting': 'Results waiting', 'col.oldestWaiting': 'Waiting longest',
  'export.csv': 'CSV', 'export.xlsx': 'Excel', 'export.png': 'Image (PNG)',
  'export.csvLabel': 'Download “{table}” as CSV', 'export.xlsxLabel': 'Download “{table}” as an Excel workbook',
  'export.pngLabel': 'Download the chart “{chart}” as a PNG image', 'export.done': 'Downloaded {name}',
  'export.product': 'engagement-graph',
  'filter.title': 'Filters', 'filter.all': 'All', 'filter.apply': 'Apply', 'filter.clear': 'Clear the filters',
  'filter.region': 'Region', 'filter.country': 'Country', 'filter.from': 'Meetings from', 'filter.to': 'Meetings until',
  'filter.department': 'Department', 'filter.designation': 'Designation (Protected B)',
  'filter.asOf': 'Results as of', 'filter.heardBy': 'Counting only meetings attended by',
  'filter.datePlaceholder': 'YYYY-MM-DD', 'filter.dateHint': 'Dates as year-month-day, for example 2024-03-31.',
  'filter.badDate': 'Dates must read year-month-day, for example 2024-03-31.',
  'filter.shown': '{shown} of {count} countries shown.',
  'gap.departments': 'Department columns: how many of the country’s results were raised at meetings the department attended, itself or through one of its units.',
  'gap.chartHint': 'The chart follows the table’s order. Choose a bar to open the country.',
});
Object.assign(WORDS.FR, {
  'overview.gapTitle': 'L’écart de mise à profit, dans tout le programme',
  'overview.gapLead': 'Les résultats des projets du programme jamais soulevés auprès de l’ambassade, du haut-commissariat ou du consulat de leur pays au Canada, où les titres de voyage sont délivrés, et les rencontres avec ces missions où des résultats attendaient sans qu’aucun ne soit soulevé.',
  'overview.neverRaised': 'résultats jamais soulevés à Ottawa', 'overview.missedMeetings': 'rencontres manquées à Ottawa',
  'overview.longestWait': 'jours : l’attente la plus longue', 'overview.longestWaitOf': '{result}, {country}, atteint le {date}',
  'overview.noWait': 'aucun résultat n’attend',
  'overview.chart': 'Résultats jamais soulevés à Ottawa, par pays (les {count} écarts les plus grands)',
  'overview.chartHint': 'Choisissez une barre pour énumérer ci-dessous les résultats et les rencontres manquées de ce pays.',
  'overview.neverList': 'Résultats jamais soulevés à Ottawa, tous pays',
  'overview.neverListLead': 'Du plus ancien au plus récent : le premier attend depuis le plus longtemps. Lignes {from} à {to} sur {count}.',
  'overview.missedList': 'Rencontres manquées à Ottawa, tous pays',
  'overview.missedListLead': 'Rencontres tenues avec la mission d’un pays au Canada où ses résultats attendaient sans qu’aucun ne soit soulevé, de la plus récente à la plus ancienne. Lignes {from} à {to} sur {count}.',
  'overview.noneNever': 'Tous les résultats ont été soulevés à Ottawa.', 'overview.noneMissed': 'Aucune rencontre manquée à Ottawa.',
  'overview.next': 'Page suivante de « {list} »', 'overview.first': 'Première page de « {list} »',
  'overview.profile': 'Ce que finance le programme',
  'col.region': 'Région', 'col.waiting': 'Résultats en attente', 'col.oldestWaiting': 'En attente depuis le plus longtemps',
  'export.csv': 'CSV', 'export.xlsx': 'Excel', 'export.png': 'Image (PNG)',
  'export.csvLabel': 'Télécharger « {table} » en CSV', 'export.xlsxLabel': 'Télécharger « {table} » en classeur Excel',
  'export.pngLabel': 'Télécharger le graphique « {chart} » en image PNG', 'export.done': 'Téléchargé : {name}',
  'export.product': 'graphe-engagements',
  'filter.title': 'Filtres', 'filter.all': 'Sans filtre', 'filter.apply': 'Appliquer', 'filter.clear': 'Effacer les filtres',
  'filter.region': 'Région', 'filter.country': 'Pays', 'filter.from': 'Rencontres à partir du', 'filter.to': 'Rencontres jusqu’au',
  'filter.department': 'Ministère', 'filter.designation': 'Désignation (Protégé B)',
  'filter.asOf': 'Résultats en date du', 'filter.heardBy': 'En ne comptant que les rencontres auxquelles a participé',
  'filter.datePlaceholder': 'AAAA-MM-JJ', 'filter.dateHint': 'Dates au format année-mois-jour, par exemple 2024-03-31.',
  'filter.badDate': 'Les dates doivent suivre le format année-mois-jour, par exemple 2024-03-31.',
  'filter.shown': '{shown} pays affichés sur {count}.',
  'gap.departments': 'Colonnes des ministères : combien de résultats du pays ont été soulevés lors de rencontres auxquelles le ministère a participé, lui-même ou par l’une de ses unités.',
  'gap.chartHint': 'Le graphique suit l’ordre du tableau. Choisissez une barre pour ouvrir le pays.',
});

// Labels of the API's enumerations.
const ENUMS = {
  EN: {
    RECALCITRANT: 'Recalcitrant', PREVENTATIVE: 'Preventative', PIPELINE: 'Pipeline', IMPLEMENTATION: 'Implementation',
    FINALISATION: 'Finalisation', CLOSED: 'Closed', CANCELLED: 'Cancelled', SUSPENDED: 'Suspended', SMALL: 'Small (under $250,000)',
    LARGE: 'Large ($250,000 to $3M)', PLANNED: 'Planned', HELD: 'Held', BILATERAL_MEETING: 'Bilateral meeting',
    HEAD_OF_MISSION_MEETING: 'Head-of-mission meeting', SCOPING_MISSION: 'Scoping mission', MONITORING_MISSION: 'Monitoring mission',
    STUDY_TOUR: 'Study tour', WORKING_GROUP: 'Working group', BRIEFING: 'Briefing', MULTILATERAL_FORUM: 'Multilateral forum', CALL: 'Call',
    OTTAWA: 'Ottawa', IN_COUNTRY: 'In-country', MULTILATERAL: 'Multilateral', INTERDEPARTMENTAL: 'Interdepartmental', ANY: 'Any',
    MINISTER: 'Minister', ADM: 'Assistant deputy minister', DG: 'Director general', DIRECTOR: 'Director', WORKING: 'Working level',
    LEAD: 'Lead', LEVERAGE: 'Leverage', TRACK: 'Track', ESCALATE: 'Escalate', OUTPUT: 'Output', OUTCOME: 'Outcome', IMPACT: 'Impact',
    AFRICA: 'Africa', AMERICAS: 'Americas', ASIA: 'Asia', EUROPE: 'Europe', MIDDLE_EAST: 'Middle East', OCEANIA: 'Oceania',
    EMBASSY: 'Embassy', HIGH_COMMISSION: 'High commission', CONSULATE: 'Consulate', SELECT_COUNTRY: 'Country selected',
    APPROVE_PLAN: 'Plan approved', DEESCALATE: 'De-escalation', PAUSE_VISAS: 'Visa pause', OTHER: 'Other', OPEN: 'Open', DONE: 'Done',
  },
  FR: {
    RECALCITRANT: 'Récalcitrant', PREVENTATIVE: 'Préventif', PIPELINE: 'En préparation', IMPLEMENTATION: 'Mise en œuvre',
    FINALISATION: 'Finalisation', CLOSED: 'Terminé', CANCELLED: 'Annulé', SUSPENDED: 'Suspendu', SMALL: 'Petit (moins de 250 000 $)',
    LARGE: 'Grand (250 000 $ à 3 M$)', PLANNED: 'Prévue', HELD: 'Tenue', BILATERAL_MEETING: 'Rencontre bilatérale',
    HEAD_OF_MISSION_MEETING: 'Rencontre avec le chef de mission', SCOPING_MISSION: 'Mission exploratoire', MONITORING_MISSION: 'Mission de suivi',
    STUDY_TOUR: 'Voyage d’étude', WORKING_GROUP: 'Groupe de travail', BRIEFING: 'Séance d’information', MULTILATERAL_FORUM: 'Forum multilatéral', CALL: 'Appel',
    OTTAWA: 'Ottawa', IN_COUNTRY: 'Dans le pays', MULTILATERAL: 'Multilatéral', INTERDEPARTMENTAL: 'Interministériel', ANY: 'Tous',
    MINISTER: 'Ministre', ADM: 'Sous-ministre adjoint', DG: 'Directeur général', DIRECTOR: 'Directeur', WORKING: 'Niveau opérationnel',
    LEAD: 'Direction', LEVERAGE: 'Mise à profit', TRACK: 'Suivi', ESCALATE: 'Escalade', OUTPUT: 'Extrant', OUTCOME: 'Effet', IMPACT: 'Impact',
    AFRICA: 'Afrique', AMERICAS: 'Amériques', ASIA: 'Asie', EUROPE: 'Europe', MIDDLE_EAST: 'Moyen-Orient', OCEANIA: 'Océanie',
    EMBASSY: 'Ambassade', HIGH_COMMISSION: 'Haut-commissariat', CONSULATE: 'Consulat', SELECT_COUNTRY: 'Sélection du pays',
    APPROVE_PLAN: 'Approbation du plan', DEESCALATE: 'Désescalade', PAUSE_VISAS: 'Pause des visas', OTHER: 'Autre', OPEN: 'Ouverte', DONE: 'Faite',
  },
};

// --- Issue 16, dashboard defects (loading, errors, French formats, meeting editing, printed briefing) ---
Object.assign(WORDS.EN, {
  'busy.loading': 'Loading…', 'error.retry': 'Try again', 'record.required': 'Enter {field}.',
  'error.unavailable': 'The service cannot answer right now. Try again in a moment.',
  'error.NETWORK': 'The dashboard cannot reach the service: check your network connection, then try again.',
  'error.QUERY_TIMEOUT': 'The service took too long to answer. Try again in a moment.',
  'error.reference': 'If it happens again, give the support team this reference: {code}.',
  'error.notFound': 'Nothing was found for “{key}”: the link may be out of date.',
  'notFound.title': 'Page not found', 'notFound.text': 'No screen of the dashboard has the address “{address}”.',
  'notFound.home': 'Go to the program overview',
  'dateHint': 'Year, month and day, e.g. {example}.',
  'briefing.protectedB': 'PROTECTED B', 'briefing.pdf': 'Download as PDF',
  'briefing.pdfHint': 'In the print window that opens, choose “Save as PDF” as the destination. Headers and footers of the browser are not needed: the pack prints its own marking and page numbers.',
  'briefing.pageOf': 'Page',
  'record.editTitle': 'Meeting {code}', 'record.editIntro': 'Change what was recorded, mark the planned meeting as held, or cancel it. Each change is checked by the service before it is saved.',
  'record.update': 'Save the changes', 'record.hold': 'Mark as held', 'record.cancel': 'Cancel the meeting',
  'record.updated': 'Meeting {code} was saved.', 'record.heldDone': 'Meeting {code} is now recorded as held.',
  'record.cancelled': 'Meeting {code} is cancelled.', 'record.edit': 'Edit this meeting', 'record.reload': 'Reload the meeting as it is now',
  'record.missingMeeting': 'No meeting has the code “{code}”, or you are not allowed to see it.',
  'record.followUp': 'Record a meeting to raise them', 'record.prefilled': 'The form is filled in from the missed opportunity of {date}: check the date and the results, then save.',
  'record.summaryEnField': 'the summary in English', 'record.summaryFrField': 'the summary in French',
  'record.codeField': 'the meeting code', 'record.dateField': 'the date', 'record.countryField': 'the country',
  'record.badDate': 'Write the date as year-month-day, e.g. {example}.',
  'userError.VERSION_CONFLICT': 'Someone else changed this meeting since you opened it. Your changes were not saved: reload the meeting to see its current version, then make your changes again.',
  'userError.DUPLICATE_KEY': 'A meeting with the code {key} already exists. Choose another code, or open that meeting to change it.',
  'userError.RAISED_BEFORE_ACHIEVED': 'A result cannot be raised before it was achieved: {detail}. Untick it or change the date.',
  'userError.raisedLate': '{code} was achieved on {date}',
  'userError.ONE_LEAD': 'Choose exactly one department that led the meeting.',
  'userError.HELD_IN_FUTURE': 'This date is in the future, so the meeting cannot have been held yet. Record it as planned.',
  'userError.NOT_FOUND': 'This meeting no longer exists, or you are not allowed to see it.',
  'userError.NOT_PLANNED': 'Only a planned meeting can be marked as held or cancelled; this one is {status}.',
  'userError.ALREADY_CANCELLED': 'This meeting is already cancelled.',
  'userError.INVALID_STATUS_CHANGE': 'A meeting cannot go back from this status. Use “Mark as held” or “Cancel the meeting” for a planned meeting.',
  'userError.RECORDED_CANCELLED': 'A new meeting is recorded as planned or held; a planned meeting can be cancelled afterwards.',
  'userError.MISSION_NOT_OF_COUNTRY': 'The counterpart does not represent the chosen country. Choose one of its missions or authorities.',
  'userError.AUTHORITY_NOT_OF_COUNTRY': 'The counterpart does not belong to the chosen country. Choose one of its missions or authorities.',
  'userError.INVALID_DATE': 'This date does not exist. Write it as year-month-day, e.g. {example}.',
  'userError.NOT_DATE': 'Write the date as year-month-day, e.g. {example}.',
  'userError.DATE_OUT_OF_RANGE': 'This date is outside the period the program covers.',
  'userError.BAD_KEY': 'A meeting code uses capital letters, digits and hyphens only, e.g. {example}.',
  'userError.CONTROL_CHARACTER': 'The text contains an invisible control character: retype it.',
  'userError.CLEARANCE_REQUIRED': 'This meeting is Protected B: only a user with the Protected B clearance can change it.',
  'userError.PROTECTED_BY_RULE': 'Meetings of the removals working group are always Protected B.',
  'userError.IDEMPOTENCY_KEY_REUSED': 'This request was already sent with other content. Reload the page and try again.',
  'userError.unknown': 'The service refused this value: {message}',
  'userError.generic': 'The service could not save the meeting. Check the values, then save again; if it happens again, tell the dashboard’s support team.',
});
Object.assign(WORDS.FR, {
  'busy.loading': 'Chargement…', 'error.retry': 'Réessayer', 'record.required': 'Indiquez {field}.',
  'error.unavailable': 'Le service ne peut pas répondre pour l’instant. Réessayez dans un moment.',
  'error.NETWORK': 'Le tableau de bord ne parvient pas à joindre le service : vérifiez votre connexion réseau, puis réessayez.',
  'error.QUERY_TIMEOUT': 'Le service a mis trop de temps à répondre. Réessayez dans un moment.',
  'error.reference': 'Si le problème persiste, donnez cette référence à l’équipe de soutien : {code}.',
  'error.notFound': 'Rien n’a été trouvé pour « {key} » : le lien est peut-être périmé.',
  'notFound.title': 'Page introuvable', 'notFound.text': 'Aucun écran du tableau de bord n’a l’adresse « {address} ».',
  'notFound.home': 'Aller à l’aperçu du programme',
  'dateHint': 'Année, mois et jour, p. ex. {example}.',
  'briefing.protectedB': 'PROTÉGÉ B', 'briefing.pdf': 'Télécharger en PDF',
  'briefing.pdfHint': 'Dans la fenêtre d’impression qui s’ouvre, choisissez « Enregistrer au format PDF » comme destination. Les en-têtes et pieds de page du navigateur sont inutiles : la trousse imprime sa propre cote et la numérotation des pages.',
  'briefing.pageOf': 'Page',
  'record.editTitle': 'Rencontre {code}', 'record.editIntro': 'Modifiez ce qui a été consigné, marquez la rencontre prévue comme tenue ou annulez-la. Le service vérifie chaque changement avant de l’enregistrer.',
  'record.update': 'Enregistrer les changements', 'record.hold': 'Marquer comme tenue', 'record.cancel': 'Annuler la rencontre',
  'record.updated': 'La rencontre {code} a été enregistrée.', 'record.heldDone': 'La rencontre {code} est maintenant consignée comme tenue.',
  'record.cancelled': 'La rencontre {code} est annulée.', 'record.edit': 'Modifier cette rencontre', 'record.reload': 'Recharger la rencontre telle qu’elle est maintenant',
  'record.missingMeeting': 'Aucune rencontre n’a le code « {code} », ou vous n’êtes pas autorisé à la voir.',
  'record.followUp': 'Consigner une rencontre pour les soulever', 'record.prefilled': 'Le formulaire est rempli à partir de l’occasion manquée du {date} : vérifiez la date et les résultats, puis enregistrez.',
  'record.summaryEnField': 'le résumé en anglais', 'record.summaryFrField': 'le résumé en français',
  'record.codeField': 'le code de la rencontre', 'record.dateField': 'la date', 'record.countryField': 'le pays',
  'record.badDate': 'Écrivez la date sous la forme année-mois-jour, p. ex. {example}.',
  'userError.VERSION_CONFLICT': 'Quelqu’un d’autre a modifié cette rencontre depuis que vous l’avez ouverte. Vos changements n’ont pas été enregistrés : rechargez la rencontre pour voir sa version actuelle, puis refaites vos changements.',
  'userError.DUPLICATE_KEY': 'Une rencontre porte déjà le code {key}. Choisissez un autre code, ou ouvrez cette rencontre pour la modifier.',
  'userError.RAISED_BEFORE_ACHIEVED': 'Un résultat ne peut pas être soulevé avant d’avoir été atteint : {detail}. Décochez-le ou changez la date.',
  'userError.raisedLate': '{code} a été atteint le {date}',
  'userError.ONE_LEAD': 'Choisissez exactement un ministère qui a dirigé la rencontre.',
  'userError.HELD_IN_FUTURE': 'Cette date est dans l’avenir : la rencontre ne peut pas encore avoir eu lieu. Consignez-la comme prévue.',
  'userError.NOT_FOUND': 'Cette rencontre n’existe plus, ou vous n’êtes pas autorisé à la voir.',
  'userError.NOT_PLANNED': 'Seule une rencontre prévue peut être marquée comme tenue ou annulée; celle-ci est {status}.',
  'userError.ALREADY_CANCELLED': 'Cette rencontre est déjà annulée.',
  'userError.INVALID_STATUS_CHANGE': 'Une rencontre ne peut pas revenir de cet état. Pour une rencontre prévue, utilisez « Marquer comme tenue » ou « Annuler la rencontre ».',
  'userError.RECORDED_CANCELLED': 'Une nouvelle rencontre est consignée comme prévue ou tenue; une rencontre prévue peut ensuite être annulée.',
  'userError.MISSION_NOT_OF_COUNTRY': 'L’interlocuteur ne représente pas le pays choisi. Choisissez une de ses missions ou autorités.',
  'userError.AUTHORITY_NOT_OF_COUNTRY': 'L’interlocuteur n’appartient pas au pays choisi. Choisissez une de ses missions ou autorités.',
  'userError.INVALID_DATE': 'Cette date n’existe pas. Écrivez-la sous la forme année-mois-jour, p. ex. {example}.',
  'userError.NOT_DATE': 'Écrivez la date sous la forme année-mois-jour, p. ex. {example}.',
  'userError.DATE_OUT_OF_RANGE': 'Cette date est en dehors de la période couverte par le programme.',
  'userError.BAD_KEY': 'Un code de rencontre ne contient que des majuscules, des chiffres et des traits d’union, p. ex. {example}.',
  'userError.CONTROL_CHARACTER': 'Le texte contient un caractère de contrôle invisible : retapez-le.',
  'userError.CLEARANCE_REQUIRED': 'Cette rencontre est Protégé B : seul un utilisateur détenant la cote Protégé B peut la modifier.',
  'userError.PROTECTED_BY_RULE': 'Les rencontres du groupe de travail sur les renvois sont toujours Protégé B.',
  'userError.IDEMPOTENCY_KEY_REUSED': 'Cette demande a déjà été envoyée avec un autre contenu. Rechargez la page et réessayez.',
  'userError.unknown': 'Le service a refusé cette valeur : {message}',
  'userError.generic': 'Le service n’a pas pu enregistrer la rencontre. Vérifiez les valeurs, puis enregistrez de nouveau; si le problème persiste, avisez l’équipe de soutien du tableau de bord.',
});

// Department acronyms differ in French (DOMAIN.md's vocabulary); the API gives the English code, the key.
const ACRONYMS_FR = { CBSA: 'ASFC', GAC: 'AMC', PS: 'SP', IRB: 'CISR', IRCC: 'IRCC', MCET: 'EqCEM', MCEE: 'ECEM', IMCBP: 'PRCMI' };

/** A department's or unit's acronym in the current language (CBSA → ASFC in French). */
export function acronym(code) {
  return current === 'FR' ? ACRONYMS_FR[code] ?? code : code;
}

/** A quarter (2024-Q1 from the API) as each language writes it: "Q1 2024", "T1 2024". */
export function quarter(key) {
  const match = /^(\d{4})-Q([1-4])$/.exec(key ?? '');
  if (!match) return key ?? t('none');
  return `${current === 'FR' ? 'T' : 'Q'}${match[2]} ${match[1]}`;
}
// --- end of issue 16, dashboard defects ---

// --- Issue 17, opportunity radar (dashboard screen, branch 17c) ---
Object.assign(WORDS.EN, {
  'nav.radar': 'Opportunity radar',
  'radar.title': 'Opportunity radar',
  'radar.lead': 'Planned meetings ahead that can raise results, each with the results of its country never raised on that channel, ranked: raise the first ones first. Accept a suggestion to put it on the meeting’s agenda; its briefing pack and record form then show it.',
  'radar.from': 'Period from', 'radar.weeks': 'Weeks ahead', 'radar.weeksDefault': '{weeks} weeks (default)',
  'radar.weeksOption': '{weeks} weeks', 'radar.department': 'Attended by', 'radar.channel': 'Channel',
  'radar.badPeriod': 'The period must start on a date written year-month-day (e.g. 2026-12-01) and last 1 to 52 weeks; the default is shown.',
  'radar.failed': 'Part of the radar could not be answered. Try again in a moment.',
  'radar.periodToday': 'The next {weeks} weeks, from today.', 'radar.periodFrom': '{weeks} weeks from {from}.',
  'radar.scoreTitle': 'How the score is made',
  'radar.scoreLead': 'A suggestion’s score adds these parts; each row says which parts it earned and why.',
  'radar.reason.WAITED': 'Waited', 'radar.reason.RESULT_TYPE': 'Result type', 'radar.reason.KEY_MESSAGE_READY': 'Key message ready',
  'radar.reason.DESIGNATION': 'Designation (Protected B)', 'radar.reason.LAST_CHANCE': 'Last chance',
  'radar.rule.WAITED': '1 point for every 30 days from the result’s achievement to the meeting.',
  'radar.rule.RESULT_TYPE': 'Impact 6 points, outcome 4, output 0.',
  'radar.rule.KEY_MESSAGE_READY': '3 points when an approved key message about the result or its project is ready.',
  'radar.rule.DESIGNATION': '5 points when the country has a designation in force on the meeting’s date (shown to cleared readers only).',
  'radar.rule.LAST_CHANCE': '4 points when no later planned meeting in the period can raise it on the same channel.',
  'radar.scoreTies': 'Equal scores: the result achieved first ranks first, then by result code.',
  'radar.meetings': 'Planned meetings and what to raise there',
  'radar.meetingsLead': 'By date, soonest first. Meetings {from} to {to} of {count}.',
  'radar.noMeetings': 'No planned meeting in the period can raise a waiting result.',
  'radar.suggestionsOf': 'To raise at {meeting} ({country}), best first',
  'radar.waiting': 'Results waiting', 'radar.waitingCount': '{count} never raised on this channel',
  'radar.briefing': 'Open the briefing pack',
  'radar.noSuggestions': 'No result is waiting for this meeting.',
  'radar.suggestionsShown': 'The best {shown} of {count}; the briefing pack lists them all.',
  'radar.rank': 'Rank', 'radar.score': 'Score', 'radar.why': 'Why it ranks here', 'radar.keyMessage': 'Approved key message',
  'radar.noKeyMessage': 'None ready', 'radar.otherChances': 'Other planned chances', 'radar.agenda': 'On the agenda',
  'radar.accepted': 'Accepted', 'radar.notAccepted': 'Not yet',
  'radar.accept': 'Accept', 'radar.withdraw': 'Withdraw',
  'radar.acceptLabel': 'Accept {result} onto the agenda of {meeting}', 'radar.withdrawLabel': 'Withdraw {result} from the agenda of {meeting}',
  'radar.acceptDone': '{result} is on the agenda of {meeting}.', 'radar.withdrawDone': '{result} was taken off the agenda of {meeting}.',
  'radar.error.UNKNOWN_KEY': 'This meeting or result no longer exists. Reload the radar.',
  'radar.error.NOT_PLANNED': 'This meeting is no longer planned (held or cancelled): its agenda cannot change. Reload the radar.',
  'radar.error.NOT_ON_CHANNEL': 'This meeting cannot raise results of that country.',
  'radar.error.ALREADY_RAISED_THERE': 'This result was already raised on this meeting’s channel. Reload the radar.',
  'radar.error.CLEARANCE_REQUIRED': 'This meeting is Protected B: only a user with the Protected B clearance can change its agenda.',
  'radar.error.NETWORK': 'The dashboard cannot reach the service: check your network connection, then try again.',
  'radar.error.generic': 'The service could not change the agenda. Try again; if it happens again, tell the dashboard’s support team.',
  'radar.unplanned': 'Results with no planned chance: they need a meeting',
  'radar.unplannedLead': 'Never raised on the {channel} channel, and no planned meeting in the period can raise them there. Oldest first.',
  'radar.unplannedShown': 'Rows {from} to {to} of {count}.',
  'radar.noneUnplanned': 'Every waiting result has a planned chance in the period.',
  'briefing.agenda': 'On the agenda', 'briefing.agendaLead': 'Accepted from the opportunity radar: raise these first.',
  'briefing.noAgenda': 'Nothing was accepted onto this meeting’s agenda yet. ', 'briefing.openRadar': 'See the radar’s suggestions',
});
Object.assign(WORDS.FR, {
  'nav.radar': 'Radar des occasions',
  'radar.title': 'Radar des occasions',
  'radar.lead': 'Les rencontres prévues qui peuvent soulever des résultats, chacune avec les résultats de son pays jamais soulevés sur ce canal, classés : soulevez d’abord les premiers. Acceptez une suggestion pour l’inscrire à l’ordre du jour de la rencontre; sa trousse d’information et son formulaire la montrent ensuite.',
  'radar.from': 'Période à partir du', 'radar.weeks': 'Semaines à venir', 'radar.weeksDefault': '{weeks} semaines (par défaut)',
  'radar.weeksOption': '{weeks} semaines', 'radar.department': 'Avec la participation de', 'radar.channel': 'Canal',
  'radar.badPeriod': 'La période doit commencer à une date écrite année-mois-jour (p. ex. 2026-12-01) et durer de 1 à 52 semaines; la période par défaut est affichée.',
  'radar.failed': 'Une partie du radar n’a pas pu être obtenue. Réessayez dans un moment.',
  'radar.periodToday': 'Les {weeks} prochaines semaines, à compter d’aujourd’hui.', 'radar.periodFrom': '{weeks} semaines à compter du {from}.',
  'radar.scoreTitle': 'Comment la note est calculée',
  'radar.scoreLead': 'La note d’une suggestion additionne ces éléments; chaque ligne indique ceux qu’elle a obtenus et pourquoi.',
  'radar.reason.WAITED': 'Attente', 'radar.reason.RESULT_TYPE': 'Type de résultat', 'radar.reason.KEY_MESSAGE_READY': 'Message clé prêt',
  'radar.reason.DESIGNATION': 'Désignation (Protégé B)', 'radar.reason.LAST_CHANCE': 'Dernière occasion',
  'radar.rule.WAITED': '1 point par tranche de 30 jours entre l’atteinte du résultat et la rencontre.',
  'radar.rule.RESULT_TYPE': 'Impact 6 points, effet 4, extrant 0.',
  'radar.rule.KEY_MESSAGE_READY': '3 points si un message clé approuvé sur le résultat ou son projet est prêt.',
  'radar.rule.DESIGNATION': '5 points si le pays fait l’objet d’une désignation en vigueur à la date de la rencontre (visible seulement des lecteurs détenant la cote).',
  'radar.rule.LAST_CHANCE': '4 points si aucune rencontre prévue plus tard dans la période ne peut le soulever sur le même canal.',
  'radar.scoreTies': 'À note égale, le résultat atteint le premier passe devant, puis l’ordre des codes.',
  'radar.meetings': 'Rencontres prévues et ce qu’il faut y soulever',
  'radar.meetingsLead': 'Par date, de la plus proche à la plus lointaine. Rencontres {from} à {to} sur {count}.',
  'radar.noMeetings': 'Aucune rencontre prévue dans la période ne peut soulever un résultat en attente.',
  'radar.suggestionsOf': 'À soulever à {meeting} ({country}), par ordre de priorité',
  'radar.waiting': 'Résultats en attente', 'radar.waitingCount': '{count} jamais soulevés sur ce canal',
  'radar.briefing': 'Ouvrir la trousse d’information',
  'radar.noSuggestions': 'Aucun résultat n’attend cette rencontre.',
  'radar.suggestionsShown': 'Les {shown} meilleurs sur {count}; la trousse d’information les énumère tous.',
  'radar.rank': 'Rang', 'radar.score': 'Note', 'radar.why': 'Pourquoi ce rang', 'radar.keyMessage': 'Message clé approuvé',
  'radar.noKeyMessage': 'Aucun prêt', 'radar.otherChances': 'Autres occasions prévues', 'radar.agenda': 'À l’ordre du jour',
  'radar.accepted': 'Acceptée', 'radar.notAccepted': 'Pas encore',
  'radar.accept': 'Accepter', 'radar.withdraw': 'Retirer',
  'radar.acceptLabel': 'Accepter {result} à l’ordre du jour de {meeting}', 'radar.withdrawLabel': 'Retirer {result} de l’ordre du jour de {meeting}',
  'radar.acceptDone': '{result} est inscrit à l’ordre du jour de {meeting}.', 'radar.withdrawDone': '{result} a été retiré de l’ordre du jour de {meeting}.',
  'radar.error.UNKNOWN_KEY': 'Cette rencontre ou ce résultat n’existe plus. Rechargez le radar.',
  'radar.error.NOT_PLANNED': 'Cette rencontre n’est plus prévue (tenue ou annulée) : son ordre du jour ne peut plus changer. Rechargez le radar.',
  'radar.error.NOT_ON_CHANNEL': 'Cette rencontre ne peut pas soulever de résultats de ce pays.',
  'radar.error.ALREADY_RAISED_THERE': 'Ce résultat a déjà été soulevé sur le canal de cette rencontre. Rechargez le radar.',
  'radar.error.CLEARANCE_REQUIRED': 'Cette rencontre est Protégé B : seul un utilisateur détenant la cote Protégé B peut modifier son ordre du jour.',
  'radar.error.NETWORK': 'Le tableau de bord ne parvient pas à joindre le service : vérifiez votre connexion réseau, puis réessayez.',
  'radar.error.generic': 'Le service n’a pas pu modifier l’ordre du jour. Réessayez; si le problème persiste, avisez l’équipe de soutien du tableau de bord.',
  'radar.unplanned': 'Résultats sans occasion prévue : il leur faut une rencontre',
  'radar.unplannedLead': 'Jamais soulevés sur le canal « {channel} », et aucune rencontre prévue dans la période ne peut les y soulever. Du plus ancien au plus récent.',
  'radar.unplannedShown': 'Lignes {from} à {to} sur {count}.',
  'radar.noneUnplanned': 'Chaque résultat en attente a une occasion prévue dans la période.',
  'briefing.agenda': 'À l’ordre du jour', 'briefing.agendaLead': 'Acceptés à partir du radar des occasions : soulevez-les d’abord.',
  'briefing.noAgenda': 'Rien n’a encore été inscrit à l’ordre du jour de cette rencontre. ', 'briefing.openRadar': 'Voir les suggestions du radar',
});
Object.assign(ENUMS.EN, { FORUM: 'Forum' });
Object.assign(ENUMS.FR, { FORUM: 'Forum' });
// --- end of issue 17, opportunity radar ---

let current = localStorage.getItem(STORAGE_KEY) === 'FR' ? 'FR' : 'EN';
const listeners = [];

export function language() {
  return current;
}

export function locale() {
  return current === 'FR' ? 'fr-CA' : 'en-CA';
}

export function setLanguage(lang) {
  current = lang === 'FR' ? 'FR' : 'EN';
  localStorage.setItem(STORAGE_KEY, current);
  listeners.forEach(listener => listener(current));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The text for key in the current language, with {placeholders} filled from values. */
export function t(key, values = {}) {
  const text = WORDS[current][key] ?? WORDS.EN[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** The label of an API enumeration value. */
export function label(value) {
  if (value == null) return t('none');
  return ENUMS[current][value] ?? value;
}

export function number(value, options = {}) {
  return value == null ? t('none') : new Intl.NumberFormat(locale(), options).format(value);
}

/** Canadian dollars; compact (e.g. $14M, 14 M$) for chart axes. */
export function dollars(value, compact = false) {
  return number(value, { style: 'currency', currency: 'CAD', maximumFractionDigits: compact ? 1 : 0,
    notation: compact ? 'compact' : 'standard', currencyDisplay: 'narrowSymbol' });
}

export function percent(value) {
  return number(value, { style: 'percent', maximumFractionDigits: 0 });
}

/** A calendar date (YYYY-MM-DD from the API) in the language's long form, read as a date, not a UTC instant. */
export function date(iso) {
  if (!iso) return t('none');
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(y, m - 1, d));
  // French writes the first of a month as an ordinal ("1er décembre 2026"), which Intl does not (issue 17, radar).
  return current === 'FR' && d === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

export function age(days) {
  return t('days', { days: number(days), years: number(days / 365.25, { maximumFractionDigits: 1 }) });
}
