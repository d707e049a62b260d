#!/usr/bin/env python3
"""Compute the "expected answers" to the analytical questions from the seed files alone.

Usage:
  python3 seed/tools/expected_answers.py            # print the markdown
  python3 seed/tools/expected_answers.py --write    # also splice it into seed/demo/SCENARIO.md
                                                    # (between the BEGIN/END EXPECTED markers)
Stdlib only; reads seed/reference/*.json and seed/demo/*.json exactly as the loader would.

Definitions used (kept identical to DOMAIN.md):
- "raised" always means: an engagement with status HELD has a RAISED relationship to the result.
- Ottawa channel for country C: a HELD engagement WITH a Mission that REPRESENTS C and is LOCATED_IN CA
  (embassy, high commission or consulate in Canada).
- In-country channel for country C: a HELD engagement WITH an Authority OF C, or with setting IN_COUNTRY
  (and CONCERNS C).
- "Attended by department D": ATTENDED_BY D directly or a Unit PART_OF D (in this seed a unit never
  attends without its department, so both readings give the same numbers).
- Missed opportunity (question 3): HELD engagement E on a channel of C; candidates = results of C achieved
  strictly before E.date and not raised on that channel by a HELD engagement dated strictly before E.date;
  E is missed when it has at least one candidate and RAISED none of them. (No engagement shares its date
  with a result of a country it concerns, so "before" vs "on or before" gives the same answer.)
"""
import datetime as dt
import glob
import json
import os
import sys
from collections import Counter, defaultdict

SEED = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-21"
DEPTS = ["IRCC", "CBSA", "GAC", "PS", "IRB"]

N = defaultdict(dict)
for path in sorted(glob.glob(os.path.join(SEED, "reference", "*.json"))) + sorted(glob.glob(os.path.join(SEED, "demo", "*.json"))):
    doc = json.load(open(path, encoding="utf-8"))
    key = "iso2" if doc["label"] == "Country" else "code"
    for r in doc["records"]:
        N[doc["label"]][r[key]] = r


def refs(rec, field):
    v = rec.get(field)
    if v is None:
        return []
    v = v if isinstance(v, list) else [v]
    out = []
    for x in v:
        if isinstance(x, str):
            out.append((None, x, {}))
        else:
            lbl = [k for k in x if k[0].isupper()][0]
            out.append((lbl, x[lbl], {k: y for k, y in x.items() if k != lbl}))
    return out


def first(rec, field):
    r = refs(rec, field)
    return r[0][1] if r else None


C, P, R, E = N["Country"], N["Project"], N["Result"], N["Engagement"]
mission_rep = {k: first(m, "REPRESENTS") for k, m in N["Mission"].items()}
mission_loc = {k: first(m, "LOCATED_IN") for k, m in N["Mission"].items()}
auth_of = {k: first(a, "OF") for k, a in N["Authority"].items()}
unit_of = {k: first(u, "PART_OF") for k, u in N["Unit"].items()}
proj_cc = {k: first(p, "IN") for k, p in P.items()}
res_proj = {k: first(r, "OF") for k, r in R.items()}
res_cc = {k: proj_cc[res_proj[k]] for k in R}
fictional = [cc for cc in C if cc not in ("CA", "AU", "NZ", "GB", "US")]
desig = defaultdict(list)
for d in N["Designation"].values():
    desig[first(d, "OF")].append(d["status"])


def ottawa_of(e):
    return {mission_rep[t] for l, t, _ in refs(e, "WITH") if l == "Mission" and mission_loc[t] == "CA"}


def incountry_of(e):
    s = {auth_of[t] for l, t, _ in refs(e, "WITH") if l == "Authority"}
    if e["setting"] == "IN_COUNTRY":
        s |= {t for _, t, _ in refs(e, "CONCERNS")}
    return s


def attends(e, dep):
    return any(t == dep or unit_of.get(t) == dep for _, t, _ in refs(e, "ATTENDED_BY"))


def lead(e):
    for _, t, p in refs(e, "ATTENDED_BY"):
        if p.get("lead"):
            return unit_of.get(t, t)


def raised_results(e):
    return [t for l, t, _ in refs(e, "RAISED") if l == "Result"]


def raised_projects(e):
    return [t for l, t, _ in refs(e, "RAISED") if l == "Project"]


HELD = [e for e in sorted(E.values(), key=lambda e: (e["date"], e["code"])) if e["status"] == "HELD"]
raised_any, raised_ott, raised_inc = set(), set(), set()
raised_dep = {d: set() for d in DEPTS}
proj_ott = set()
for e in HELD:
    for r in raised_results(e):
        raised_any.add(r)
        if res_cc[r] in ottawa_of(e):
            raised_ott.add(r)
        if res_cc[r] in incountry_of(e):
            raised_inc.add(r)
        for d in DEPTS:
            if attends(e, d):
                raised_dep[d].add(r)
    for p in raised_projects(e):
        if proj_cc[p] in ottawa_of(e):
            proj_ott.add(p)

lines = []
w = lines.append


def table(header, rows):
    w("| " + " | ".join(header) + " |")
    w("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        w("| " + " | ".join(str(x) for x in r) + " |")
    w("")


def money(x):
    return f"{x:,}"


# ------------------------------------------------------------------ inventory
w("### Inventory")
w("")
counts = {"fictional countries": len(fictional), "projects": len(P), "results": len(R), "engagements": len(E),
          "engagements HELD / CANCELLED / PLANNED": " / ".join(str(sum(1 for e in E.values() if e["status"] == s)) for s in ("HELD", "CANCELLED", "PLANNED")),
          "RAISED relationships (all statuses)": sum(len(refs(e, "RAISED")) for e in E.values()),
          "RAISED -> Result at HELD engagements": sum(len(raised_results(e)) for e in HELD),
          "key messages": len(N["KeyMessage"]), "decisions": len(N["Decision"]), "designations": len(N["Designation"]),
          "engagement plans": len(N["EngagementPlan"]), "TD statistics": len(N["TdStat"]), "actions": len(N["Action"]),
          "sources (reference + demo)": len(N["Source"])}
table(["item", "count"], counts.items())

# ------------------------------------------------------------------ Q2 coverage per country
w("### Q1/Q2 – Leveraging coverage per fictional country (HELD engagements only)")
w("")
rows = []
for cc in fictional:
    rs = [r for r in R if res_cc[r] == cc]
    ds = "/".join(sorted(set(desig.get(cc, [])))) or "—"
    rows.append([cc, C[cc]["nameEn"], ds, len(rs), sum(r in raised_any for r in rs), sum(r in raised_ott for r in rs),
                 sum(r in raised_inc for r in rs)] + [sum(r in raised_dep[d] for r in rs) for d in DEPTS])
tot = ["**all**", "", "", len(R), len(raised_any), len(raised_ott), len(raised_inc)] + [len(raised_dep[d]) for d in DEPTS]
rows.append(tot)
table(["iso2", "country", "designation", "results", "raised anywhere", "raised in Ottawa", "raised in-country"]
      + [f"with {d} present" for d in DEPTS], rows)

w("### Q2 – Coverage per project")
w("")
rows = []
for p in sorted(P):
    rs = [r for r in R if res_proj[r] == p]
    rows.append([p, proj_cc[p], len(rs), sum(r in raised_any for r in rs), sum(r in raised_ott for r in rs),
                 sum(r in raised_inc for r in rs), "yes" if p in proj_ott else "no"])
table(["project", "country", "results", "raised anywhere", "raised in Ottawa", "raised in-country", "project itself raised in Ottawa"], rows)

# ------------------------------------------------------------------ Q1 lists
w("### Q1 – Results never raised with the Ottawa mission (as of today, channel OTTAWA)")
w("")
rows = []
for cc in fictional:
    never = sorted(r for r in R if res_cc[r] == cc and r not in raised_ott)
    if [r for r in R if res_cc[r] == cc]:
        rows.append([cc, len(never), ", ".join(never) or "—"])
table(["iso2", "count", "result codes never raised in Ottawa"], rows)
w(f"Total never raised in Ottawa: **{sum(1 for r in R if r not in raised_ott)}** of {len(R)}; "
  f"raised in Ottawa: {sorted(raised_ott)}.")
w("")
pm = sorted(r for r in R if r not in raised_ott and res_proj[r] in proj_ott)
w("**Project mentioned in Ottawa, result never cited** (the project was RAISED at a HELD Ottawa-channel engagement "
  "of its country, the result never was):")
w("")
table(["result", "project", "achievedOn"], [[r, res_proj[r], R[r]["achievedOn"]] for r in pm])
only_c = sorted(r for r in R if r not in raised_any and any(
    r in raised_results(e) for e in E.values() if e["status"] == "CANCELLED"))
w(f"**Raised only at a CANCELLED engagement:** {', '.join(only_c) or '—'} "
  f"(at {', '.join(sorted(e['code'] for e in E.values() if e['status'] == 'CANCELLED' and set(raised_results(e)) & set(only_c)))}).")
w("")
never_any = sorted(r for r in R if r not in raised_any)
w(f"**Never raised at any HELD engagement:** {', '.join(never_any) or '—'}.")
w("")
inc_not_ott = sorted(r for r in R if r in raised_inc and r not in raised_ott)
w(f"**Raised in-country but never in Ottawa ({len(inc_not_ott)}):** {', '.join(inc_not_ott)}.")
w("")
# asOf example
asof = "2023-12-31"
ott_asof = set()
for e in HELD:
    if e["date"] <= asof:
        for r in raised_results(e):
            if res_cc[r] in ottawa_of(e):
                ott_asof.add(r)
ach = [r for r in R if R[r]["achievedOn"] <= asof]
w(f"**asOf {asof}:** {len(ach)} results achieved, {sum(r in ott_asof for r in ach)} raised in Ottawa by then "
  f"({', '.join(sorted(r for r in ach if r in ott_asof))}); unleveraged in Ottawa then: {len(ach) - sum(r in ott_asof for r in ach)}.")
w("")

# ------------------------------------------------------------------ Q3 missed opportunities
w("### Q3 – Missed opportunities (HELD engagements with the country's mission or authorities)")
w("")
rows_o, rows_i = [], []
for e in HELD:
    for chan, ccs in (("OTTAWA", ottawa_of(e)), ("IN_COUNTRY", {auth_of[t] for l, t, _ in refs(e, "WITH") if l == "Authority"})):
        for cc in ccs:
            def on_chan(x):
                return cc in (ottawa_of(x) if chan == "OTTAWA" else incountry_of(x))
            already = {r for x in HELD if x["date"] < e["date"] and on_chan(x) for r in raised_results(x) if res_cc[r] == cc}
            cands = sorted(r for r in R if res_cc[r] == cc and R[r]["achievedOn"] < e["date"] and r not in already)
            if cands and not (set(raised_results(e)) & set(cands)):
                row = [e["code"], lead(e), ", ".join(raised_projects(e)) or "—", ", ".join(cands)]
                (rows_o if chan == "OTTAWA" else rows_i).append(row)
w(f"**Ottawa channel: {len(rows_o)} missed opportunities** "
  f"({sum(1 for r in rows_o if r[1] == 'CBSA')} CBSA-led):")
w("")
table(["engagement", "lead", "projects raised", "results that could have been raised"], rows_o)
w(f"**In-country channel (WITH an authority): {len(rows_i)} missed opportunities:**")
w("")
table(["engagement", "lead", "projects raised", "results that could have been raised"], rows_i)

# ------------------------------------------------------------------ Q5 dissemination gaps
w("### Q5 – Dissemination gaps")
w("")
for d in ("CBSA", "GAC"):
    gap = sorted(r for r in R if r not in raised_dep[d])
    w(f"- Results never raised at a HELD engagement **{d}** attended ({len(gap)}): {', '.join(gap)}")
w("")

# ------------------------------------------------------------------ Q6 accountability
w("### Q6 – Accountability gaps")
w("")
plans = defaultdict(list)
for k, p in N["EngagementPlan"].items():
    plans[first(p, "FOR")].append(k)
w(f"- Designated countries with no engagement plan: {', '.join(sorted(cc for cc in desig if cc not in plans))}")
nolev = sorted(k for k, p in N["EngagementPlan"].items() if not any(x.get("role") == "LEVERAGE" for _, _, x in refs(p, "HOLDS_ROLE")))
w(f"- Plans where no department holds LEVERAGE: {', '.join(nolev)}")
td_cc = {t["country"] for t in N["TdStat"].values()}
w(f"- Preventative countries with no TD statistics: {', '.join(sorted(cc for cc, s in desig.items() if 'PREVENTATIVE' in s and cc not in td_cc))}")
w(f"- Countries with TD statistics: {', '.join(sorted(td_cc))}")
w(f"- Fictional countries with no designation: {', '.join(sorted(cc for cc in fictional if cc not in desig))}; "
  f"with no results: {', '.join(sorted(cc for cc in fictional if not any(res_cc[r] == cc for r in R)))}")
w("")
table(["plan", "country", "approvedOn", "stage", "roles"],
      [[k, first(p, "FOR"), p["approvedOn"], p["escalationStage"], ", ".join(f"{t}:{x['role']}" for _, t, x in refs(p, "HOLDS_ROLE"))]
       for k, p in sorted(N["EngagementPlan"].items())])

# ------------------------------------------------------------------ Q7 TD vs engagement
w("### Q7 – TD issuance around the first Ottawa leveraging")
w("")


def qkey(d):
    return f"{d[:4]}-Q{(int(d[5:7]) - 1) // 3 + 1}"


def qshift(q, n):
    y, k = int(q[:4]), int(q[-1]) - 1 + n
    return f"{y + k // 4}-Q{k % 4 + 1}"


first_lev = {}
for e in HELD:
    for r in raised_results(e):
        cc = res_cc[r]
        if cc in ottawa_of(e) and cc not in first_lev:
            first_lev[cc] = (e["date"], e["code"])
rows = []
tds = {(t["country"], t["quarter"]): t for t in N["TdStat"].values()}
for cc in sorted(td_cc):
    fl = first_lev.get(cc)
    if not fl:
        rows.append([cc, "never", "—", "—", "—", "—"])
        continue
    q0 = qkey(fl[0])

    def agg(qs):
        ts = [tds[(cc, q)] for q in qs if (cc, q) in tds]
        req, iss = sum(t["requested"] for t in ts), sum(t["issued"] for t in ts)
        md = [t["medianDaysToIssue"] for t in ts if t.get("medianDaysToIssue") is not None]
        return f"{iss}/{req} = {iss / req:.2f}", f"{sum(md) / len(md):.1f}"
    b = agg([qshift(q0, -i) for i in range(1, 5)])
    a = agg([qshift(q0, i) for i in range(1, 5)])
    rows.append([cc, f"{fl[0]} ({fl[1]}, {q0})", b[0], b[1], a[0], a[1]])
table(["country", "first Ottawa leveraging", "issued/requested, 4 quarters before", "mean median days before",
       "issued/requested, 4 quarters after", "mean median days after"], rows)
w("Quarters are calendar quarters; the leveraging quarter itself is excluded from both windows.")
w("")
w("Engagements that raised results, by country and quarter (HELD; any channel):")
w("")
per_q = defaultdict(lambda: defaultdict(int))
for e in HELD:
    for r in raised_results(e):
        per_q[res_cc[r]][qkey(e["date"])] += 1
table(["country", "quarter: number of result citations"],
      [[cc, ", ".join(f"{q}:{n}" for q, n in sorted(per_q[cc].items()))] for cc in fictional if per_q[cc]])

# ------------------------------------------------------------------ Q8 program profile
w("### Q8 – Program profile")
w("")
areas = Counter()
area_fund = Counter()
for k, p in P.items():
    for _, a, _ in refs(p, "ADDRESSES"):
        areas[a] += 1
        area_fund[a] += p["fundingCad"]
table(["priority area", "projects (Table 1)", "funding of those projects (CAD, a project counts in each of its areas)"],
      [[a, areas.get(a, 0), money(area_fund.get(a, 0))] for a in N["PriorityArea"]])
by_partner = defaultdict(lambda: [0, 0])
by_status = defaultdict(lambda: [0, 0])
by_desig = defaultdict(lambda: [0, 0])
by_size = defaultdict(lambda: [0, 0])
for k, p in P.items():
    for agg, key in ((by_partner, first(p, "IMPLEMENTED_BY")), (by_status, p["status"]),
                     (by_desig, "/".join(sorted(set(desig.get(proj_cc[k], [])))) or "NONE"),
                     (by_size, "small (< 250,000)" if p["fundingCad"] < 250_000 else "large (250,000 - 3,000,000)")):
        agg[key][0] += 1
        agg[key][1] += p["fundingCad"]
for title, agg in (("partner", by_partner), ("status (IATI)", by_status), ("designation of the country", by_desig), ("size class", by_size)):
    table([title, "projects", "funding (CAD)"], [[k, v[0], money(v[1])] for k, v in sorted(agg.items(), key=lambda x: str(x[0]))])
w(f"Total: {len(P)} projects, {money(sum(p['fundingCad'] for p in P.values()))} CAD. "
  f"Projects starting in 2020: {', '.join(sorted(k for k, p in P.items() if p['start'].startswith('2020')))} "
  f"({money(sum(p['fundingCad'] for p in P.values() if p['start'].startswith('2020')))} CAD).")
w("")
table(["project", "country", "partner", "status", "start", "end", "fundingCad", "priority areas"],
      [[k, proj_cc[k], first(p, "IMPLEMENTED_BY"), p["status"], p["start"], p["end"], money(p["fundingCad"]),
        ", ".join(t for _, t, _ in refs(p, "ADDRESSES"))] for k, p in sorted(P.items())])

# ------------------------------------------------------------------ Q4 briefing pack
w("### Q4 – Briefing pack for the PLANNED meetings")
w("")
for e in sorted(E.values(), key=lambda e: e["date"]):
    if e["status"] != "PLANNED" or not ottawa_of(e):
        continue
    cc = sorted(ottawa_of(e))[0]
    missions = [t for l, t, _ in refs(e, "WITH") if l == "Mission"]
    with_m = {r for x in HELD if set(missions) & {t for l, t, _ in refs(x, "WITH")} for r in raised_results(x)}
    unr = sorted(r for r in R if res_cc[r] == cc and r not in with_m)
    kms = sorted(k for k, m in N["KeyMessage"].items() if any(
        (res_cc[t] if l == "Result" else proj_cc[t]) == cc for l, t, _ in refs(m, "ABOUT")))
    decs = sorted([d for d in N["Decision"].values() if cc in [t for _, t, _ in refs(d, "CONCERNS")]], key=lambda d: d["date"])
    acts = sorted(a["code"] for a in N["Action"].values() if a["status"] == "OPEN"
                  and cc in [t for _, t, _ in refs(E[first(a, "FROM")], "CONCERNS")])
    last_td = sorted([t for t in N["TdStat"].values() if t["country"] == cc], key=lambda t: t["quarter"])[-4:]
    w(f"**{e['code']}** ({e['date']}, WITH {', '.join(missions)}, lead {lead(e)}):")
    w("")
    w(f"- results never raised with this counterpart ({len(unr)}): {', '.join(unr)}")
    w(f"- approved key messages about the country's results/projects: {', '.join(kms) or '—'}")
    w(f"- latest decisions (newest first): {', '.join(d['code'] + ' ' + d['kind'] for d in reversed(decs[-3:])) or '—'}")
    w(f"- open follow-up actions from engagements concerning {cc}: {', '.join(acts) or '—'}")
    w(f"- TD trend (last 4 quarters): " + (", ".join(f"{t['quarter']} {t['issued']}/{t['requested']} ({t.get('medianDaysToIssue', '—')} d)" for t in last_td) or "—"))
    w("")

text = "\n".join(lines).rstrip() + "\n"
print(text)
if "--write" in sys.argv:
    path = os.path.join(SEED, "demo", "SCENARIO.md")
    doc = open(path, encoding="utf-8").read()
    b, e_ = "<!-- BEGIN EXPECTED (generated by seed/tools/expected_answers.py --write; do not edit by hand) -->", "<!-- END EXPECTED -->"
    i, j = doc.index(b) + len(b), doc.index(e_)
    open(path, "w", encoding="utf-8").write(doc[:i] + "\n\n" + text + "\n" + doc[j:])
