#!/usr/bin/env python3
"""Deterministic generator for seed/demo/*.json (fictional demo scenario).

Usage:  python3 seed/tools/generate_demo.py
Stdlib only, fixed random seed: running it twice gives byte-identical files.
Hand-authored storyline records live in demo_data.py; this script adds the routine engagements
(RWG cycle, monitoring missions, partner calls, in-country bilaterals, multilateral forums),
derives the bilingual summaries from what each engagement raised, and computes the TD statistics.
"""
import datetime as dt
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_data as DD  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo")
rng = random.Random(20250331)

D = dt.date.fromisoformat
COVID_FROM, COVID_TO = D("2020-03-15"), D("2021-06-30")


def iso(d):
    return d.isoformat()


def weekday(d):
    """Move weekend dates to the nearest weekday (Sat -> Fri, Sun -> Mon)."""
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d + dt.timedelta(days=1)
    return d


def covid(d):
    return COVID_FROM <= d <= COVID_TO


def quarter_of(d):
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


# ------------------------------------------------------------------------------------------
# French helpers
# ------------------------------------------------------------------------------------------
def fr_de(s):
    """'de' + article contraction: le -> du, les -> des."""
    if s.startswith("le "):
        return "du " + s[3:]
    if s.startswith("les "):
        return "des " + s[4:]
    return "de " + s


def fr_a(s):
    if s.startswith("le "):
        return "au " + s[3:]
    if s.startswith("les "):
        return "aux " + s[4:]
    return "à " + s


def fr_join(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " et " + items[-1]


def en_join(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


# ------------------------------------------------------------------------------------------
# Countries, authorities, missions
# ------------------------------------------------------------------------------------------
CTY = {}
for iso2, (iso3, en, fr, fr_le, fr_de_, fr_en, region, capital, okind) in DD.COUNTRIES.items():
    CTY[iso2] = dict(iso3=iso3, en=en, fr=fr, fr_le=fr_le, fr_de=fr_de_, fr_en=fr_en, region=region,
                     capital=capital, okind=okind)

AUTH = {}  # code -> dict
for cc, lst in DD.AUTHORITIES.items():
    for suffix, kind, base_en, base_fr, art in lst:
        code = f"{cc}-{suffix}"
        name_fr = f"{base_fr} {CTY[cc]['fr_de']}"
        running = base_fr[0].lower() + base_fr[1:] if base_fr.startswith("Ministère") else base_fr
        art_fr = (f"{art}{running}" if art.endswith("'") else f"{art} {running}") + f" {CTY[cc]['fr_de']}"
        AUTH[code] = dict(code=code, country=cc, kind=kind, en=f"{base_en} of {CTY[cc]['en']}", fr=name_fr,
                          the_en=f"the {base_en} of {CTY[cc]['en']}", art_fr=art_fr)

MISSIONS = {}
for cc, c in CTY.items():
    if c["okind"] == "HIGH_COMMISSION":
        en, fr, the_en, art_fr = (f"High Commission of {c['en']} in Ottawa", f"Haut-commissariat {c['fr_de']} à Ottawa",
                                  f"the High Commission of {c['en']} in Ottawa", f"le haut-commissariat {c['fr_de']} à Ottawa")
    else:
        en, fr, the_en, art_fr = (f"Embassy of {c['en']} in Ottawa", f"Ambassade {c['fr_de']} à Ottawa",
                                  f"the Embassy of {c['en']} in Ottawa", f"l'ambassade {c['fr_de']} à Ottawa")
    MISSIONS[f"{cc}-OTT"] = dict(code=f"{cc}-OTT", en=en, fr=fr, the_en=the_en, art_fr=art_fr, kind=c["okind"],
                                 city="Ottawa", represents=cc, located="CA")
for code, cc, city in DD.CONSULATES:
    c = CTY[cc]
    MISSIONS[code] = dict(code=code, en=f"Consulate General of {c['en']} in {city}", fr=f"Consulat général {c['fr_de']} à {city}",
                          the_en=f"the Consulate General of {c['en']} in {city}", art_fr=f"le consulat général {c['fr_de']} à {city}",
                          kind="CONSULATE", city=city, represents=cc, located="CA")
for cc, kind in DD.CANADIAN_MISSIONS.items():
    c = CTY[cc]
    if kind == "HIGH_COMMISSION":
        en, fr = f"High Commission of Canada in {c['en']}", f"Haut-commissariat du Canada {c['fr_en']}"
    else:
        en, fr = f"Embassy of Canada to {c['en']}", f"Ambassade du Canada {c['fr_en']}"
    MISSIONS[f"CA-{cc}"] = dict(code=f"CA-{cc}", en=en, fr=fr, kind=kind, city=c["capital"], represents="CA", located=cc)

ORG_EN = {"IOM": "IOM", "UNODC": "UNODC", "UNHCR": "UNHCR", "ARK": "ARK Group DMCC"}
ORG_FR = {"IOM": "l'OIM", "UNODC": "l'ONUDC", "UNHCR": "le HCR", "ARK": "ARK Group DMCC"}
ORGS = {"IOM", "UNODC", "UNHCR", "ARK", "IGC", "RCM", "GFMD", "M5", "MPI", "RWG"}
UNIT_PARENT = {"MCET": "IRCC", "IRCC-IIR": "IRCC", "IRCC-INTL": "IRCC", "CBSA-LO": "CBSA", "CBSA-REM": "CBSA", "GAC-GEO": "GAC"}
DEPTS = {"IRCC", "CBSA", "GAC", "PS", "IRB"}

PROJ = DD.PROJECTS
RES = {}
for r in DD.RESULTS:
    (code, proj, ach, typ, sen, sfr, ien, ifr, base, val, uen, ufr, shen, shfr, outs) = r
    RES[code] = dict(code=code, project=proj, achievedOn=ach, type=typ, summaryEn=sen, summaryFr=sfr,
                     indicatorEn=ien, indicatorFr=ifr, baseline=base, value=val, unitEn=uen, unitFr=ufr,
                     shortEn=shen, shortFr=shfr, outcomes=outs, country=PROJ[proj]["country"])
RESULTS_BY_COUNTRY = {}
for r in RES.values():
    RESULTS_BY_COUNTRY.setdefault(r["country"], []).append(r)
ACHIEVED_DATES = {cc: {r["achievedOn"] for r in lst} for cc, lst in RESULTS_BY_COUNTRY.items()}

# ------------------------------------------------------------------------------------------
# Engagements
# ------------------------------------------------------------------------------------------
ENG = {}  # code -> internal dict


def item_label(code):
    if code in RES:
        r = RES[code]
        return f"{r['shortEn']} ({code})", f"{r['shortFr']} ({code})"
    p = PROJ[code]
    return f"{p['shortEn']} ({code})", f"{p['shortFr']} ({code})"


def add_eng(code, date, status, kind, setting, level, lead, others, with_=(), concerns=(), raised=(), used=(),
            follows=(), part_of=None, en="", fr="", no_result_phrase=False, reason=None, note=None, sources=(), tag=None):
    if isinstance(date, str):
        date = D(date)
    base = code
    n = 2
    while code in ENG:
        code = f"{base}-{n}"
        n += 1
    # attendance: lead first (always a department), units bring their parent department along
    att = [(lead, True)]
    seen = {lead}
    for o in others:
        if o in UNIT_PARENT and UNIT_PARENT[o] not in seen:
            att.append((UNIT_PARENT[o], False))
            seen.add(UNIT_PARENT[o])
        if o not in seen:
            att.append((o, False))
            seen.add(o)
    for r in raised:
        if r in RES:
            assert date >= D(RES[r]["achievedOn"]), (code, r)
    ENG[code] = dict(code=code, date=date, status=status, kind=kind, setting=setting, level=level, att=att,
                     with_=list(with_), concerns=list(dict.fromkeys(concerns)), raised=list(raised), used=list(used),
                     follows=list(follows), part_of=part_of, en=en, fr=fr, no_result_phrase=no_result_phrase,
                     reason=reason, note=note, sources=list(sources), tag=tag)
    return code


def finish_summary(e):
    en, fr = e["en"], e["fr"]
    if e["raised"]:
        items = [item_label(x) for x in e["raised"]]
        if e["status"] == "CANCELLED":
            en += " Items that were to be cited: " + "; ".join(i[0] for i in items) + "."
            fr += " Éléments qui devaient être cités : " + "; ".join(i[1] for i in items) + "."
        else:
            en += " Items cited: " + "; ".join(i[0] for i in items) + "."
            fr += " Éléments cités : " + "; ".join(i[1] for i in items) + "."
    elif e["no_result_phrase"] and e["status"] == "HELD":
        en += " No project results were cited."
        fr += " Aucun résultat de projet n'a été cité."
    note = e["note"]
    if e["status"] == "CANCELLED":
        default = ("public health measures", "mesures de santé publique") if covid(e["date"]) else ("scheduling conflict", "conflit d'horaire")
        reason = note or default
        en += f" Cancelled ({reason[0]})."
        fr += f" Activité annulée ({reason[1]})."
    else:
        if note:
            en += " " + note[0]
            fr += " " + note[1]
        if e["status"] == "PLANNED":
            en += " Status: planned."
            fr += " Activité prévue."
    return en, fr


# ---------------- RWG cycle ----------------
ADM_MD = {1: (2, 20), 2: (5, 21), 3: (8, 27), 4: (11, 12)}
RWG_DATES = {}


def quarters(y0, q0, y1, q1):
    y, q = y0, q0
    while (y, q) <= (y1, q1):
        yield y, q
        q += 1
        if q == 5:
            y, q = y + 1, 1


# first pass: ADM dates (needed for designation dates)
for y, q in quarters(2019, 2, 2025, 4):
    m, d = ADM_MD[q]
    RWG_DATES[f"RWG-ADM-{y}-Q{q}"] = weekday(dt.date(y, m, d))
RWG_DATES["RWG-ADM-2026-Q4"] = D("2026-12-17")

DESIG_FROM = {code: RWG_DATES[rwg] for code, cc, status, rwg in DD.DESIGNATIONS}
DESIG_COUNTRY = {code: (cc, status) for code, cc, status, rwg in DD.DESIGNATIONS}


def designated_countries(d):
    out = []
    for code, cc, status, rwg in DD.DESIGNATIONS:
        if DESIG_FROM[code] <= d:
            out.append(cc)
    return out


DECISIONS_AT = {}
for dec in DD.DECISIONS:
    DECISIONS_AT.setdefault(dec[1], []).append(dec)

prev = None
rwg_codes = []
for y, q in list(quarters(2019, 2, 2025, 4)) + [(2026, 4)]:
    adm = RWG_DATES[f"RWG-ADM-{y}-Q{q}"]
    if (y, q) == (2026, 4):
        dates = {"WL": D("2026-11-26"), "DG": D("2026-12-03"), "ADM": adm}
    else:
        dates = {"WL": weekday(adm - dt.timedelta(days=28)), "DG": weekday(adm - dt.timedelta(days=14)), "ADM": adm}
    concerns = list(DD.ALL_R) if y == 2019 else designated_countries(adm)
    for lvl in ("WL", "DG", "ADM"):
        code = f"RWG-{lvl}-{y}-Q{q}"
        d = dates[lvl]
        status = "PLANNED" if y == 2026 else ("CANCELLED" if code in DD.RWG_CANCELLED else "HELD")
        if lvl == "ADM":
            lead = "GAC" if y % 2 == 0 else "CBSA"
            others = ["CBSA" if lead == "GAC" else "GAC", "IRCC", "MCET", "PS"] + (["IRB"] if q == 2 else [])
            level = "ADM"
            en = f"Quarterly meeting of the interdepartmental ADM-level Removals Working Group (Q{q} {y})."
            fr = f"Réunion trimestrielle du groupe de travail interministériel sur les renvois au niveau des SMA (T{q} {y})."
        elif lvl == "DG":
            lead, others, level = "CBSA", ["GAC", "IRCC", "MCET", "PS"], "DG"
            en = f"DG-level steering committee of the Removals Working Group: technical review ahead of the Q{q} {y} ADM meeting."
            fr = f"Comité directeur du GTR au niveau des DG : examen technique en vue de la réunion des SMA du T{q} {y}."
        else:
            lead, others, level = "CBSA", ["CBSA-REM", "IRCC", "MCET", "GAC"], "WORKING"
            en = f"Working-level steering committee of the Removals Working Group preparing the Q{q} {y} ADM agenda."
            fr = f"Comité directeur du GTR au niveau opérationnel chargé de préparer l'ordre du jour des SMA du T{q} {y}."
        n_dec = len(DECISIONS_AT.get(code, [])) + sum(1 for x in DD.DESIGNATIONS if x[3] == code)
        if n_dec and status == "HELD":
            en += f" {n_dec} decision{'s' if n_dec > 1 else ''} recorded (see the record of decision)."
            fr += f" {n_dec} décision{'s' if n_dec > 1 else ''} consignée{'s' if n_dec > 1 else ''} (voir le compte rendu des décisions)."
        srcs = [f"SRC-RWG-ROD-{y}-Q{q}"] if (lvl == "ADM" and status == "HELD") else []
        c = add_eng(code, d, status, "WORKING_GROUP", "INTERDEPARTMENTAL", level, lead, others, concerns=concerns,
                    raised=DD.RWG_RAISED.get(code, []), used=DD.RWG_USED.get(code, []),
                    follows=[prev] if prev else [], part_of="RWG", en=en, fr=fr, sources=srcs, tag="RWG")
        RWG_DATES[code] = d
        rwg_codes.append(c)
        prev = c

# ---------------- Ottawa channel ----------------
OTT_KIND = {"HOM": "HEAD_OF_MISSION_MEETING", "CALL": "CALL", "BIL": "BILATERAL_MEETING"}
for cc, rows in DD.OTTAWA.items():
    prev = None
    c = CTY[cc]
    for (date, status, k, level, lead, others, mission, raised, used, nen, nfr) in rows:
        m = MISSIONS[mission]
        if k == "HOM":
            en = f"Meeting in Ottawa with the Head of Mission of {c['en']} on removals cooperation and the timely issuance of travel documents."
            fr = (f"Rencontre à Ottawa avec le chef de mission {c['fr_de']} sur la coopération en matière de renvois "
                  f"et la délivrance en temps opportun des documents de voyage.")
        elif k == "CALL":
            en = f"Call with {m['the_en']} on pending travel-document requests."
            fr = f"Appel avec {m['art_fr']} au sujet des demandes de documents de voyage en attente."
        else:
            en = f"Meeting at {m['the_en']} on removal files handled by the consulate."
            fr = f"Rencontre {fr_a(m['art_fr'])} au sujet des dossiers de renvoi traités par le consulat."
        note = (nen, nfr) if nen else None
        code = f"{cc}-{k}-{date}" if k != "BIL" else f"{cc}-CON-{date}"
        srcs = [f"SRC-MR-{code}"] if (status == "HELD" and any(x in RES for x in raised)) else []
        code = add_eng(code, date, status, OTT_KIND[k], "OTTAWA", level, lead, others, with_=[mission], concerns=[cc],
                       raised=raised, used=used, follows=[prev] if prev else [], en=en, fr=fr, no_result_phrase=True,
                       note=note, sources=srcs, tag="OTTAWA")
        prev = code

# ---------------- Study tours in Canada ----------------
for (date, cc, auths, lead, others, raised) in DD.STUDY_TOURS:
    c = CTY[cc]
    first = raised[0]
    proj = first if first in PROJ else RES[first]["project"]
    if covid(D(date)):
        en = (f"Virtual study programme delivered from Canada to officials of {c['en']} by IRCC and partner departments, "
              f"as part of {PROJ[proj]['shortEn']}.")
        fr = (f"Programme d'études virtuel offert depuis le Canada à des fonctionnaires {c['fr_de']} par IRCC et des "
              f"ministères partenaires, dans le cadre {fr_de(PROJ[proj]['shortFr'])}.")
    else:
        en = (f"Study tour in Canada for officials of {c['en']}, hosted by IRCC with partner departments, "
              f"linked to {PROJ[proj]['shortEn']}.")
        fr = (f"Voyage d'études au Canada pour des fonctionnaires {c['fr_de']}, organisé par IRCC avec des ministères "
              f"partenaires, en lien avec {PROJ[proj]['shortFr']}.")
    add_eng(f"{cc}-TOUR-{date}", date, "HELD", "STUDY_TOUR", "OTTAWA", "DIRECTOR", lead, others, with_=auths,
            concerns=[cc], raised=raised, en=en, fr=fr, tag="TOUR")

# ---------------- Scoping, monitoring and partner calls (per project) ----------------
CANCELLED_MONITORING = {("MCEE-QS-01", 1): ("security situation in the capital", "situation sécuritaire dans la capitale"),
                        ("MCEE-XC-01", 1): ("entry visas not issued in time", "visas d'entrée non délivrés à temps")}


def nudge(d, cc):
    """Avoid ties between an engagement date and a result date of the same country (keeps Q3 unambiguous)."""
    d = weekday(d)
    while iso(d) in ACHIEVED_DATES.get(cc, set()) or d.weekday() >= 5:
        d = d + dt.timedelta(days=1)
    return d


for pcode, p in PROJ.items():
    cc, c = p["country"], CTY[p["country"]]
    start, end = D(p["start"]), D(p["end"])
    results = sorted([r for r in RES.values() if r["project"] == pcode], key=lambda r: r["achievedOn"])
    # scoping
    sd = nudge(start - dt.timedelta(days=120 + rng.randint(-10, 10)), cc)
    others = ["MCET"] + (["GAC"] if cc in DD.CANADIAN_MISSIONS else [])
    if covid(sd):
        en = (f"Virtual scoping call with authorities of {c['en']} (travel restrictions) to confirm needs for "
              f"{p['shortEn']}.")
        fr = (f"Appel exploratoire virtuel avec les autorités {c['fr_de']} (restrictions de voyage) afin de confirmer "
              f"les besoins liés {fr_a(p['shortFr'])}.")
        kind = "CALL"
    else:
        en = f"Scoping mission in {c['en']} with the beneficiary authorities to confirm needs before approval of {p['shortEn']}."
        fr = (f"Mission exploratoire {c['fr_en']} auprès des autorités bénéficiaires afin de confirmer les besoins avant "
              f"l'approbation {fr_de(p['shortFr'])}.")
        kind = "SCOPING_MISSION"
    prev = add_eng(f"{cc}-SCO-{iso(sd)}", sd, "HELD", kind, "IN_COUNTRY", "DIRECTOR", "IRCC", others,
                   with_=p["benefits"], concerns=[cc], raised=[pcode], en=en, fr=fr, tag="SCOPING")
    # partner calls: kick-off and mid-term
    for label_en, label_fr, d in (("kick-off", "de lancement", start + dt.timedelta(days=14)),
                                  ("mid-term", "de mi-parcours", start + (end - start) / 2)):
        d = nudge(d, cc)
        en = f"{label_en.capitalize()} call with {ORG_EN[p['partner']]} on the implementation of {p['shortEn']}."
        fr = f"Appel {label_fr} avec {ORG_FR[p['partner']]} sur la mise en œuvre {fr_de(p['shortFr'])}."
        add_eng(f"{cc}-PCALL-{iso(d)}", d, "HELD", "CALL", "IN_COUNTRY", "WORKING", "IRCC", ["MCET"],
                with_=[p["partner"]], concerns=[cc], raised=[pcode], en=en, fr=fr, tag="PARTNER")
    # monitoring missions
    dates = []
    d = start + dt.timedelta(days=240 + rng.randint(-15, 15))
    while d < end:
        dates.append(d)
        d = d + dt.timedelta(days=330 + rng.randint(-20, 20))
    dates.append(end + dt.timedelta(days=45 + rng.randint(-5, 10)))
    last_held = start - dt.timedelta(days=1)
    for i, md in enumerate(dates):
        md = nudge(md, cc)
        final = i == len(dates) - 1
        status = "CANCELLED" if (pcode, i) in CANCELLED_MONITORING else "HELD"
        others = ["MCET"]
        if cc in DD.CANADIAN_MISSIONS and rng.random() < 0.6:
            others.append("GAC")
        if rng.random() < 0.3:
            others.append("IRCC-INTL")
        cbsa = (pcode in ("MCEE-QM-02", "MCEE-QR-02") and i % 2 == 1) or (pcode == "MCEE-QN-01" and i == 1)
        if cbsa:
            others += ["CBSA-LO"]
        raised = [pcode]
        if status == "HELD":
            for r in results:
                a = D(r["achievedOn"])
                if last_held < a <= md and r["code"] not in DD.CANCEL_ONLY and not (cbsa and r["code"] in DD.NO_CBSA):
                    raised.append(r["code"])
            last_held = md
        else:
            raised = []
        if covid(md):
            kind = "CALL"
            en = f"Virtual monitoring call with authorities of {c['en']} (travel restrictions) on {p['shortEn']}."
            fr = f"Appel de suivi virtuel avec les autorités {c['fr_de']} (restrictions de voyage) concernant {p['shortFr']}."
        else:
            kind = "MONITORING_MISSION"
            word_en, word_fr = ("Final monitoring mission", "Mission de suivi finale") if final else ("Monitoring mission", "Mission de suivi")
            en = f"{word_en} in {c['en']} to review the progress of {p['shortEn']} with the beneficiary authorities."
            fr = f"{word_fr} {c['fr_en']} pour examiner avec les autorités bénéficiaires l'avancement {fr_de(p['shortFr'])}."
        note = CANCELLED_MONITORING.get((pcode, i))
        prev = add_eng(f"{cc}-MON-{iso(md)}", md, status, kind, "IN_COUNTRY", rng.choice(["DIRECTOR", "WORKING"]), "IRCC",
                       others, with_=p["benefits"], concerns=[cc], raised=raised, follows=[prev], en=en, fr=fr,
                       no_result_phrase=True, note=note, tag="MONITORING")

# ---------------- Multilateral forums ----------------
ALL_R = DD.ALL_R
multi_prev = {}


def add_multi(series, code, date, status, kind, level, lead, others, with_, part_of, concerns, en, fr, raised=()):
    prev = multi_prev.get(series)
    c = add_eng(code, date, status, kind, "MULTILATERAL", level, lead, others, with_=with_, concerns=concerns,
                raised=raised, follows=[prev] if prev else [], part_of=part_of, en=en, fr=fr, tag="MULTI")
    multi_prev[series] = c
    return c


for y, md, conc in [(2019, "06-12", ["QM", "QS"]), (2020, "10-07", ["QM", "QN"]), (2021, "06-16", ["QS", "QT"]),
                    (2022, "06-15", ["QR", "XB"]), (2023, "06-14", ["QM", "QU"]), (2024, "06-12", ["QS", "XC"]),
                    (2025, "06-18", ["QN", "QT"])]:
    add_multi("IGC", f"IGC-{y}-{md}", f"{y}-{md}", "HELD", "MULTILATERAL_FORUM", "ADM", "IRCC", ["IRCC-IIR", "CBSA", "IRB"],
              ["IGC"], "IGC", conc,
              f"IGC full-round meeting {y}: exchanges with partner states on asylum, returns and migration management.",
              f"Réunion plénière {y} des CIG : échanges avec les États partenaires sur l'asile, les retours et la gestion des migrations.")
for y, md, st in [(2020, "03-24", "CANCELLED"), (2021, "03-17", "HELD"), (2022, "03-23", "HELD"), (2023, "03-22", "HELD"),
                  (2024, "03-19", "HELD"), (2025, "03-25", "HELD")]:
    add_multi("IGC-ACE", f"IGC-ACE-{y}-{md}", f"{y}-{md}", st, "MULTILATERAL_FORUM", "DIRECTOR", "CBSA", ["CBSA-REM", "IRCC"],
              ["IGC"], "IGC", ALL_R,
              "IGC working group on admission, control and enforcement: exchange of practices on returns and travel documents.",
              "Groupe de travail des CIG sur l'admission, le contrôle et l'exécution : échange de pratiques sur les retours et les documents de voyage.")
for y, md in [(2019, "11-07"), (2020, "11-26"), (2021, "11-18"), (2022, "11-16"), (2023, "11-09"), (2024, "11-14"), (2025, "11-13")]:
    add_multi("RCM", f"RCM-{y}-{md}", f"{y}-{md}", "HELD", "MULTILATERAL_FORUM", "ADM", "IRCC", ["GAC", "CBSA"],
              ["RCM"], "RCM", ["QN", "XA"],
              f"Regional Conference on Migration (Puebla Process): vice-ministerial meeting {y}.",
              f"Conférence régionale sur les migrations (Processus de Puebla) : réunion vice-ministérielle {y}.")
for date, auth, raised, others in [("2022-11-16", "QN-DGM", ["QN-R03"], ["MCET", "GAC"]),
                                   ("2023-11-09", "XA-MIG", ["XA-R02"], ["MCET"]),
                                   ("2024-11-14", "QN-DGM", ["QN-R06", "QN-R07"], ["MCET"])]:
    a = AUTH[auth]
    add_eng(f"{a['country']}-RCMBIL-{date}", date, "HELD", "BILATERAL_MEETING", "MULTILATERAL", "ADM", "IRCC", others,
            with_=[auth], concerns=[a["country"]], raised=raised, part_of="RCM",
            en=f"Bilateral meeting on the margins of the Regional Conference on Migration with {a['the_en']}.",
            fr=f"Rencontre bilatérale en marge de la Conférence régionale sur les migrations avec {a['art_fr']}.",
            no_result_phrase=True, tag="MULTI")
for y, md in [(2020, "01-22"), (2021, "01-26"), (2024, "01-24"), (2025, "05-20")]:
    add_multi("GFMD", f"GFMD-{y}-{md}", f"{y}-{md}", "HELD", "MULTILATERAL_FORUM", "DG", "IRCC", ["GAC"], ["GFMD"], "GFMD",
              ["XB", "XC"],
              f"Global Forum on Migration and Development {y}: Canada's contribution on regular pathways and a balanced public narrative on migration.",
              f"Forum mondial sur la migration et le développement {y} : contribution du Canada sur les voies régulières et un discours public équilibré sur la migration.")
for y, md, raised in [(2019, "12-17", []), (2023, "12-13", ["MCEE-QS-01", "XC-R01"])]:
    add_multi("GRF", f"GRF-{y}-{md}", f"{y}-{md}", "HELD", "MULTILATERAL_FORUM", "MINISTER", "IRCC", ["GAC"], ["UNHCR"], "UNHCR",
              ["XC", "QS"],
              f"Global Refugee Forum {y}: Canada presents its support to asylum and refugee protection systems.",
              f"Forum mondial sur les réfugiés {y} : le Canada présente son appui aux régimes d'asile et de protection des réfugiés.",
              raised=raised)
add_eng("LAD-2022-06-10", "2022-06-10", "HELD", "MULTILATERAL_FORUM", "MULTILATERAL", "MINISTER", "IRCC", ["GAC"],
        concerns=["QN", "XA"], raised=["MCEE-XA-01"],
        en="Summit of the Americas: endorsement of the Los Angeles Declaration on Migration and Protection; Canada highlights its capacity-building support.",
        fr="Sommet des Amériques : adhésion à la Déclaration de Los Angeles sur la migration et la protection; le Canada met en valeur son appui au renforcement des capacités.",
        tag="MULTI")
for y in range(2019, 2026):
    for md, conc in (("04-23", ["QM", "QN", "QS"]), ("10-15", ["QR", "QT"])):
        date = f"{y}-{md}"
        st = "CANCELLED" if date == "2020-04-23" else "HELD"
        kind = "CALL" if date in ("2020-10-15", "2021-04-23") else "MULTILATERAL_FORUM"
        add_multi("M5", f"M5-{date}", date, st, kind, "DG", "IRCC", ["CBSA", "IRCC-IIR"], ["M5"], "M5", conc,
                  "Migration Five (M5) meeting with Australia, New Zealand, the United Kingdom and the United States: removals positions and consistent messaging.",
                  "Réunion du Groupe des cinq pour la migration (M5) avec l'Australie, la Nouvelle-Zélande, le Royaume-Uni et les États-Unis : positions sur les renvois et cohérence des messages.")
for date, conc in (("2021-10-20", ["XB"]), ("2024-04-10", ["XB", "QU"])):
    add_multi("MPI", f"MPI-{date}", date, "HELD", "MULTILATERAL_FORUM", "DIRECTOR", "IRCC", ["IRCC-IIR"], ["MPI"], "MPI", conc,
              "Migration Policy Institute roundtable on labour mobility and regular pathways.",
              "Table ronde du Migration Policy Institute sur la mobilité de la main-d'œuvre et les voies régulières.")
add_eng("IOM-2022-11-29", "2022-11-29", "HELD", "MULTILATERAL_FORUM", "MULTILATERAL", "DG", "IRCC", ["GAC"], with_=["IOM"],
        concerns=["XB", "QR"], part_of="IOM",
        en="IOM Council session: Canada's statement on capacity building for migration management.",
        fr="Session du Conseil de l'OIM : déclaration du Canada sur le renforcement des capacités en gestion des migrations.", tag="MULTI")
add_eng("UNODC-2023-05-22", "2023-05-22", "HELD", "MULTILATERAL_FORUM", "MULTILATERAL", "DIRECTOR", "IRCC", ["PS"],
        with_=["UNODC"], concerns=["QN", "XA"], part_of="UNODC",
        en="UN Commission on Crime Prevention and Criminal Justice: side event with UNODC on countering migrant smuggling.",
        fr="Commission des Nations Unies pour la prévention du crime et la justice pénale : activité parallèle avec l'ONUDC sur la lutte contre le trafic de migrants.",
        tag="MULTI")


# ---------------- In-country bilaterals led by Canada's missions (GAC) ----------------
def raised_in_country_before(code_result, d):
    for e in ENG.values():
        if e["status"] != "HELD" or e["date"] >= d or code_result not in e["raised"]:
            continue
        if e["setting"] == "IN_COUNTRY" or any(w in AUTH for w in e["with_"]):
            return True
    return False


bil_specs = []
for cc in DD.CANADIAN_MISSIONS:
    for y in range(2020, 2026):
        d = dt.date(y, rng.choice([2, 3, 5, 6, 9, 10, 11]), rng.randint(3, 26))
        bil_specs.append((nudge(d, cc), cc))
bil_specs.sort()
bil_prev = {}
for d, cc in bil_specs:
    c = CTY[cc]
    auth = f"{cc}-MFA"
    others = []
    if rng.random() < 0.3:
        others.append("IRCC-INTL")
    cbsa = cc in ("QM", "QN", "QR") and rng.random() < 0.35
    if cbsa:
        others.append("CBSA-LO")
    projs = sorted([k for k, p in PROJ.items() if p["country"] == cc and D(p["start"]) <= d], key=lambda k: PROJ[k]["start"])
    eligible = sorted([r for r in RESULTS_BY_COUNTRY.get(cc, []) if D(r["achievedOn"]) < d
                       and r["code"] not in DD.CANCEL_ONLY and not (cbsa and r["code"] in DD.NO_CBSA)
                       and not raised_in_country_before(r["code"], d)], key=lambda r: r["achievedOn"])
    x = rng.random()
    raised = []
    if x < 0.4 and eligible:
        raised = [eligible[-1]["code"]]
    elif x < 0.65 and projs:
        raised = [projs[-1]]
    cap = c["capital"]
    if covid(d):
        kind = "CALL"
        en = f"Call between Canada's head of mission in {cap} and {AUTH[auth]['the_en']} on bilateral relations and migration cooperation."
        fr = (f"Appel entre le chef de mission du Canada à {cap} et {AUTH[auth]['art_fr']} sur les relations bilatérales "
              f"et la coopération en matière de migration.")
    else:
        kind = "BILATERAL_MEETING"
        en = f"Meeting of Canada's head of mission in {cap} with {AUTH[auth]['the_en']} on bilateral relations and migration cooperation."
        fr = (f"Rencontre du chef de mission du Canada à {cap} avec {AUTH[auth]['art_fr']} sur les relations bilatérales "
              f"et la coopération en matière de migration.")
    code = add_eng(f"{cc}-BIL-{iso(d)}", d, "HELD", kind, "IN_COUNTRY", rng.choice(["DG", "DIRECTOR"]), "GAC", others,
                   with_=[auth], concerns=[cc], raised=raised, follows=[bil_prev[cc]] if cc in bil_prev else [],
                   en=en, fr=fr, no_result_phrase=True, tag="BILATERAL")
    bil_prev[cc] = code

# ---------------- Interdepartmental briefings ----------------
BRIEF_TEXT = {
    "minister_launch": ("Briefing to the Minister on the launch of the whole-of-government removals strategy and of the new grant envelope.",
                        "Séance d'information à l'intention du ministre sur le lancement de la stratégie pangouvernementale en matière de renvois et de la nouvelle enveloppe de subventions."),
    "results": ("IRCC briefing to partner departments on project results available for diplomatic engagement.",
                "Séance d'information d'IRCC à l'intention des ministères partenaires sur les résultats de projet pouvant être mis à profit dans les échanges diplomatiques."),
    "minister_results": ("Briefing to the Minister on recent capacity-building highlights.",
                         "Séance d'information à l'intention du ministre sur les faits saillants récents du renforcement des capacités."),
    "minister_sunset": ("Briefing to the Minister on the end of the envelope on 31 March 2025 and on the results still to come.",
                        "Séance d'information à l'intention du ministre sur la fin de l'enveloppe, le 31 mars 2025, et sur les résultats à venir."),
    "evaluation": ("Working-level briefing to CBSA and GAC on the evaluation's findings and recommendations.",
                   "Séance d'information au niveau opérationnel à l'intention de l'ASFC et d'AMC sur les constatations et les recommandations de l'évaluation."),
}
for (code, date, level, lead, others, concerns, raised, used, follows, text) in DD.BRIEFINGS:
    d = D(date)
    if text == "prehom":
        c = CTY[concerns[0]]
        en = f"Preparatory briefing ahead of a meeting in Ottawa with the Head of Mission of {c['en']}."
        fr = f"Séance d'information préparatoire en vue d'une rencontre à Ottawa avec le chef de mission {c['fr_de']}."
    else:
        en, fr = BRIEF_TEXT[text]
    fl = list(follows)
    # link each cited result to the latest in-country engagement that raised it before (path for question 9)
    for r in raised:
        if r not in RES:
            continue
        cands = [e for e in ENG.values() if e["status"] == "HELD" and e["date"] < d and r in e["raised"]
                 and e["tag"] in ("MONITORING", "BILATERAL", "TOUR")]
        if cands:
            best = max(cands, key=lambda e: (e["date"], e["code"]))["code"]
            if best not in fl:
                fl.append(best)
    status = "PLANNED" if d > D("2026-11-21") else "HELD"
    add_eng(code, d, status, "BRIEFING", "INTERDEPARTMENTAL", level, lead, others, concerns=concerns, raised=raised,
            used=used, follows=fl, en=en, fr=fr, tag="BRIEFING")
    # a pre-meeting briefing is followed by the next Ottawa meeting with that country
    if text == "prehom":
        nxt = sorted([e for e in ENG.values() if e["tag"] == "OTTAWA" and e["concerns"] == concerns and e["date"] > d],
                     key=lambda e: e["date"])
        if nxt and code not in nxt[0]["follows"]:
            nxt[0]["follows"].append(code)

# ---------------- Planned meetings ahead (the opportunity radar) ----------------
# A handful of PLANNED meetings in the eight weeks after "today", on all three radar channels (OTTAWA, IN_COUNTRY,
# FORUM), so the radar ranks something for several countries: Valdoria gets a second Ottawa chance after its
# 8 December meeting (which is then no longer its last), Marovia an Ottawa and an in-country one. No random draw here:
# the routine meetings above keep their dates.
RADAR_MEETINGS = [
    ("QM-HOM-2026-12-15", "2026-12-15", "HEAD_OF_MISSION_MEETING", "OTTAWA", "DG", "CBSA", ["IRCC"], ["QM-OTT"], ["QM"], None,
     "Meeting in Ottawa with the Head of Mission of Marovia on removals cooperation and the timely issuance of travel documents.",
     "Rencontre à Ottawa avec le chef de mission de la Marovie sur la coopération en matière de renvois et la délivrance en temps opportun des documents de voyage."),
    ("IGC-2027-01-07", "2027-01-07", "MULTILATERAL_FORUM", "MULTILATERAL", "ADM", "IRCC", ["CBSA", "GAC"], ["IGC"], ["QM", "QR", "QT"], "IGC",
     "Intergovernmental Consultations on Migration, Asylum and Refugees: working group on returns and readmission.",
     "Consultations intergouvernementales sur les migrations, l'asile et les réfugiés : groupe de travail sur les retours et la réadmission."),
    ("QS-HOM-2027-01-13", "2027-01-13", "HEAD_OF_MISSION_MEETING", "OTTAWA", "DG", "GAC", ["CBSA"], ["QS-OTT"], ["QS"], None,
     "Meeting in Ottawa with the Head of Mission of Tarsinia on migration cooperation and the issuance of travel documents.",
     "Rencontre à Ottawa avec le chef de mission de la Tarsinie sur la coopération en matière de migration et la délivrance des documents de voyage."),
    ("QR-BIL-2027-01-14", "2027-01-14", "BILATERAL_MEETING", "IN_COUNTRY", "DIRECTOR", "GAC", [], ["QR-IMM"], ["QR"], None,
     "Meeting of Canada's head of mission in Taravan with the Department of Immigration of Kesmara on identity verification.",
     "Rencontre du chef de mission du Canada à Taravan avec le Département de l'immigration du Kesmara sur la vérification de l'identité."),
    ("QM-MON-2027-01-19", "2027-01-19", "MONITORING_MISSION", "IN_COUNTRY", "DIRECTOR", "IRCC", ["MCET", "CBSA"], ["QM-BIP"], ["QM"], None,
     "Monitoring mission to Marovia with the Border and Immigration Police.",
     "Mission de suivi en Marovie auprès de la Police des frontières et de l'immigration."),
    ("QN-CALL-2027-01-20", "2027-01-20", "CALL", "OTTAWA", "WORKING", "CBSA", ["CBSA-REM"], ["QN-TOR"], ["QN"], None,
     "Call with the Consulate of Valdoria in Toronto on pending travel document requests.",
     "Appel avec le consulat de la Valdorie à Toronto sur les demandes de documents de voyage en attente."),
]
for code, date, kind, setting, level, lead, others, with_, concerns, part_of, en, fr in RADAR_MEETINGS:
    assert D(date) > D("2026-11-21"), code
    add_eng(code, date, "PLANNED", kind, setting, level, lead, others, with_=with_, concerns=concerns,
            part_of=part_of, en=en, fr=fr, tag="RADAR")

# ------------------------------------------------------------------------------------------
# Sanity on the storyline before writing
# ------------------------------------------------------------------------------------------
for e in ENG.values():
    for r in e["raised"]:
        if r in DD.CANCEL_ONLY:
            assert e["status"] == "CANCELLED", (e["code"], r)
        if r in DD.NO_CBSA and e["status"] == "HELD":
            assert not any(a in ("CBSA", "CBSA-LO", "CBSA-REM") for a, _ in e["att"]), (e["code"], r)
assert len(ENG) >= 300, len(ENG)

# ------------------------------------------------------------------------------------------
# TD statistics (recalcitrant countries only)
# ------------------------------------------------------------------------------------------
OTT_MISSIONS = {m["code"]: m["represents"] for m in MISSIONS.values() if m["located"] == "CA"}
first_leverage = {}
for e in sorted(ENG.values(), key=lambda e: e["date"]):
    if e["status"] != "HELD":
        continue
    for w in e["with_"]:
        if w in OTT_MISSIONS:
            cc = OTT_MISSIONS[w]
            if any(r in RES and RES[r]["country"] == cc for r in e["raised"]) and cc not in first_leverage:
                first_leverage[cc] = e["date"]

TD_PARAMS = {  # base requests/quarter, base issued ratio, base median days, yearly drift of ratio after 2022
    "QM": (42, 0.34, 148.0, 0.0),
    "QN": (56, 0.29, 176.0, -0.015),
    "QR": (31, 0.41, 121.0, 0.0),
    "QS": (47, 0.23, 205.0, -0.01),
    "QT": (26, 0.37, 134.0, 0.0),
}
TD = []
for cc in DD.RECALCITRANT:
    base_req, base_ratio, base_days, drift = TD_PARAMS[cc]
    lev = first_leverage.get(cc)
    lev_q = quarter_of(lev) if lev else None
    k_after = 0
    for y in range(2019, 2026):
        for q in range(1, 5):
            qs = f"{y}-Q{q}"
            growth = 1.0 + max(0, y - 2021) * 0.07
            factor = 0.25 if (2020, 2) <= (y, q) <= (2021, 1) else (0.6 if (y, q) == (2021, 2) else 1.0)
            req = max(3, round(base_req * growth * factor * (1 + 0.12 * math.sin(q * 1.7 + y)) * rng.uniform(0.9, 1.1)))
            ratio = base_ratio + drift * max(0, y - 2022)
            days = base_days * (1 + 0.03 * max(0, y - 2021))
            if lev_q and qs > lev_q:
                k_after += 1
                ratio += min(0.27, 0.07 * k_after)
                days *= 1 - min(0.42, 0.1 * k_after)
            if factor < 1:
                ratio *= 0.6
                days *= 1.3
            issued = min(req, max(0, round(req * ratio * rng.uniform(0.9, 1.1))))
            median = round(days * rng.uniform(0.93, 1.07), 1) if issued > 0 else None
            rec = {"code": f"{cc}-{qs}", "country": cc, "quarter": qs, "requested": req, "issued": issued}
            if median is not None:
                rec["medianDaysToIssue"] = median
            rec["FOR"] = cc
            TD.append(rec)


# ------------------------------------------------------------------------------------------
# Write files
# ------------------------------------------------------------------------------------------
def write(name, label, records):
    path = os.path.join(DEMO, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"label": label, "records": records}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fnum(x):
    return None if x is None else float(x)


os.makedirs(DEMO, exist_ok=True)
write("countries.json", "Country", [
    {"iso2": cc, "iso3": c["iso3"], "nameEn": c["en"], "nameFr": c["fr"], "region": c["region"]} for cc, c in CTY.items()])
write("authorities.json", "Authority", [
    {"code": a["code"], "nameEn": a["en"], "nameFr": a["fr"], "kind": a["kind"], "OF": a["country"]} for a in AUTH.values()])
write("missions.json", "Mission", [
    {"code": m["code"], "nameEn": m["en"], "nameFr": m["fr"], "kind": m["kind"], "city": m["city"],
     "REPRESENTS": m["represents"], "LOCATED_IN": m["located"]} for m in MISSIONS.values()])

# sources (meeting records and project reports)
sources = []
for code in rwg_codes:
    e = ENG[code]
    if code.startswith("RWG-ADM") and e["status"] == "HELD":
        y, q = code.split("-")[2], code.split("-")[3][1]
        sources.append({"code": f"SRC-RWG-ROD-{y}-Q{q}",
                        "titleEn": f"Record of decision – ADM Removals Working Group, Q{q} {y}",
                        "titleFr": f"Compte rendu des décisions – GTR des SMA, T{q} {y}",
                        "date": iso(e["date"]), "kind": "MEETING_RECORD"})
for e in sorted(ENG.values(), key=lambda e: (e["date"], e["code"])):
    for s in e["sources"]:
        if s.startswith("SRC-MR-"):
            cc = e["concerns"][0]
            sources.append({"code": s, "titleEn": f"Meeting notes – {CTY[cc]['en']}, Ottawa, {iso(e['date'])}",
                            "titleFr": f"Notes de rencontre – {CTY[cc]['fr']}, Ottawa, {iso(e['date'])}",
                            "date": iso(e["date"]), "kind": "MEETING_RECORD"})
REPORT = {}
for pcode, p in PROJ.items():
    if p["status"] == 3:
        REPORT[pcode] = (f"SRC-PR-{pcode}-INTERIM", f"Interim narrative report – {p['titleEn']}",
                         f"Rapport narratif provisoire – {p['titleFr']}", "2025-06-30")
    else:
        REPORT[pcode] = (f"SRC-PR-{pcode}-FINAL", f"Final narrative report – {p['titleEn']}",
                         f"Rapport narratif final – {p['titleFr']}", iso(D(p["end"]) + dt.timedelta(days=90)))
    code, ten, tfr, date = REPORT[pcode]
    sources.append({"code": code, "titleEn": ten, "titleFr": tfr, "date": date, "kind": "PROJECT_REPORT"})
write("sources.json", "Source", sources)

write("projects.json", "Project", [
    {"code": k, "titleEn": p["titleEn"], "titleFr": p["titleFr"], "status": p["status"], "start": p["start"],
     "end": p["end"], "fundingCad": p["funding"], "FUNDED_BY": "MCEE", "IMPLEMENTED_BY": p["partner"], "IN": p["country"],
     "BENEFITS": p["benefits"], "ADDRESSES": p["areas"], "MANAGED_BY": "MCET", "SOURCED_FROM": [REPORT[k][0]]}
    for k, p in PROJ.items()])

HIGHLIGHTS = {"QM-R04", "QN-R03", "QN-R04", "XA-R03"}
res_records = []
for r in RES.values():
    rec = {"code": r["code"], "summaryEn": r["summaryEn"], "summaryFr": r["summaryFr"], "achievedOn": r["achievedOn"],
           "type": r["type"], "indicatorEn": r["indicatorEn"], "indicatorFr": r["indicatorFr"],
           "baseline": fnum(r["baseline"]), "value": fnum(r["value"]), "unitEn": r["unitEn"], "unitFr": r["unitFr"],
           "OF": r["project"], "CONTRIBUTES_TO": r["outcomes"],
           "SOURCED_FROM": [REPORT[r["project"]][0]] + (["SRC-EVAL-2025"] if r["code"] in HIGHLIGHTS else [])}
    res_records.append(rec)
write("results.json", "Result", res_records)


def ref_with(x):
    if x in MISSIONS:
        return {"Mission": x}
    if x in AUTH:
        return {"Authority": x}
    assert x in ORGS, x
    return {"Organization": x}


def att_ref(a, lead):
    return {("Unit" if a in UNIT_PARENT else "Department"): a, "lead": lead}


eng_records = []
for e in sorted(ENG.values(), key=lambda e: (e["date"], e["code"])):
    en, fr = finish_summary(e)
    rec = {"code": e["code"], "date": iso(e["date"]), "status": e["status"], "kind": e["kind"], "setting": e["setting"],
           "level": e["level"], "summaryEn": en, "summaryFr": fr}
    if e["with_"]:
        rec["WITH"] = [ref_with(x) for x in e["with_"]]
    rec["CONCERNS"] = e["concerns"]
    rec["ATTENDED_BY"] = [att_ref(a, l) for a, l in e["att"]]
    if e["raised"]:
        rec["RAISED"] = [{"Result": x} if x in RES else {"Project": x} for x in e["raised"]]
    if e["used"]:
        rec["USED"] = e["used"]
    if e["follows"]:
        rec["FOLLOWS"] = e["follows"]
    if e["part_of"]:
        rec["PART_OF"] = e["part_of"]
    if e["sources"]:
        rec["SOURCED_FROM"] = e["sources"]
    eng_records.append(rec)
# split by family to keep files readable
families = {"engagements-rwg.json": lambda r: r["code"].startswith("RWG-"),
            "engagements-ottawa.json": lambda r: ENG[r["code"]]["tag"] in ("OTTAWA", "TOUR"),
            "engagements-in-country.json": lambda r: ENG[r["code"]]["tag"] in ("SCOPING", "MONITORING", "PARTNER", "BILATERAL"),
            "engagements-multilateral.json": lambda r: ENG[r["code"]]["tag"] == "MULTI",
            "engagements-briefings.json": lambda r: ENG[r["code"]]["tag"] == "BRIEFING",
            "engagements-planned.json": lambda r: ENG[r["code"]]["tag"] == "RADAR"}
placed = set()
for fname, pred in families.items():
    recs = [r for r in eng_records if pred(r) and r["code"] not in placed]
    placed.update(r["code"] for r in recs)
    write(fname, "Engagement", recs)
assert placed == {r["code"] for r in eng_records}

write("key-messages.json", "KeyMessage", [
    {"code": k, "textEn": v[3], "textFr": v[4], "approvedOn": v[0],
     "ABOUT": [{"Result": x} if x in RES else {"Project": x} for x in v[2]], "DRAFTED_BY": v[1]}
    for k, v in DD.KEY_MESSAGES.items()])
write("designations.json", "Designation", [
    {"code": code, "status": status, "from": iso(DESIG_FROM[code]), "OF": cc, "DECIDED_AT": rwg,
     "SOURCED_FROM": [f"SRC-RWG-ROD-{rwg.split('-')[2]}-{rwg.split('-')[3]}"]}
    for code, cc, status, rwg in DD.DESIGNATIONS])
write("decisions.json", "Decision", [
    {"code": code, "date": iso(RWG_DATES[rwg]), "kind": kind, "textEn": en, "textFr": fr, "TAKEN_AT": rwg,
     "CONCERNS": conc, "SOURCED_FROM": [f"SRC-RWG-ROD-{rwg.split('-')[2]}-{rwg.split('-')[3]}"]}
    for code, rwg, kind, conc, en, fr in DD.DECISIONS])
write("engagement-plans.json", "EngagementPlan", [
    {"code": code, "approvedOn": iso(RWG_DATES[rwg]), "escalationStage": stage, "FOR": cc,
     "HOLDS_ROLE": [{"Department": d, "role": role} for d, role in roles],
     "SOURCED_FROM": [f"SRC-RWG-ROD-{rwg.split('-')[2]}-{rwg.split('-')[3]}"]}
    for code, cc, rwg, stage, roles in DD.PLANS])
write("td-stats.json", "TdStat", TD)
write("actions.json", "Action", [
    {"code": code, "textEn": en, "textFr": fr, "due": due, "status": st, "FROM": frm, "ASSIGNED_TO": dep}
    for code, frm, dep, due, st, en, fr in DD.ACTIONS])

print(f"engagements={len(ENG)} results={len(RES)} projects={len(PROJ)} td={len(TD)} first_ottawa_leverage="
      + ", ".join(f"{k}:{v}" for k, v in sorted(first_leverage.items())))
