#!/usr/bin/env python3
"""Validate every seed file (seed/reference/*.json + seed/demo/*.json) against the model contract.

Usage:  python3 seed/tools/check_seed.py [seed_dir]
Stdlib only. Exit code 0 when everything passes, 1 otherwise (errors are listed with file, record, field).

Three layers of checks:
  1. FORMAT   - the loader contract (labels, keys, property names/types/enums, relationship fields,
                reference syntax, references that resolve, unique keys), embedded below as data.
  2. DOMAIN   - hard rules of the demo (WITH/CONCERNS consistency, RAISED after achievedOn, exactly one
                lead, date ranges, fictional ISO codes, designations decided at the RWG, TD stats only for
                recalcitrant countries...).
  3. SCENARIO - the public facts the seed must reproduce (13 projects, $21,000,000, Table 1, the 2020
                milestones) and the storyline edge cases the analytical questions rely on.
"""
import datetime as dt
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

TODAY = dt.date(2026, 11, 21)

# ---------------------------------------------------------------------------------------------
# 1. The contract (/tmp/model-spec.md) as data
# ---------------------------------------------------------------------------------------------
# prop spec: name -> (type, required, enum or None);  types: S I F D B
E = None
MODEL_SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "java", "ca",
                             "engagementgraph", "model")


def value_list(name):
    """The values of the Java enum model/<name>.java, the single source of every value list: its constant names, or
    the IATI codes of a coded list (PIPELINE(1), ...)."""
    with open(os.path.join(MODEL_SOURCES, name + ".java"), encoding="utf-8") as source:
        text = source.read()
    body = text[text.index("{", text.index("public enum " + name)) + 1:]
    constants = body[:min(i for i in (body.find(";"), body.find("}")) if i >= 0)]
    values = re.findall(r"\b([A-Z][A-Z0-9_]*)\s*(?:\(\s*(\d+)\s*\))?", constants)
    return [int(code) for _, code in values] if values and values[0][1] else [constant for constant, _ in values]


REGIONS = value_list("Region")
NODES = {
    "Country": ("iso2", {"iso2": ("S", 1, E), "iso3": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E),
                         "region": ("S", 1, REGIONS)}),
    "Designation": ("code", {"code": ("S", 1, E), "status": ("S", 1, value_list("DesignationStatus")),
                             "from": ("D", 1, E), "to": ("D", 0, E)}),
    "Mission": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E),
                         "kind": ("S", 1, value_list("MissionKind")), "city": ("S", 1, E)}),
    "Authority": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E),
                           "kind": ("S", 1, value_list("AuthorityKind"))}),
    "Department": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E)}),
    "Unit": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E)}),
    "Organization": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E),
                              "type": ("I", 1, value_list("OrganisationType"))}),
    "Program": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E), "start": ("D", 1, E),
                         "end": ("D", 0, E), "budgetCad": ("I", 0, E)}),
    "Envelope": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E), "start": ("D", 1, E),
                          "end": ("D", 1, E), "budgetCad": ("I", 1, E)}),
    "PriorityArea": ("code", {"code": ("S", 1, E), "nameEn": ("S", 1, E), "nameFr": ("S", 1, E)}),
    "Project": ("code", {"code": ("S", 1, E), "titleEn": ("S", 1, E), "titleFr": ("S", 1, E),
                         "status": ("I", 1, value_list("ProjectStatus")), "start": ("D", 1, E), "end": ("D", 1, E),
                         "fundingCad": ("I", 1, E)}),
    "Result": ("code", {"code": ("S", 1, E), "summaryEn": ("S", 1, E), "summaryFr": ("S", 1, E), "achievedOn": ("D", 1, E),
                        "type": ("S", 1, value_list("ResultType")), "indicatorEn": ("S", 1, E),
                        "indicatorFr": ("S", 1, E), "baseline": ("F", 0, E), "value": ("F", 0, E),
                        "unitEn": ("S", 0, E), "unitFr": ("S", 0, E)}),
    "Outcome": ("code", {"code": ("S", 1, E), "level": ("S", 1, value_list("OutcomeLevel")),
                         "textEn": ("S", 1, E), "textFr": ("S", 1, E)}),
    "Engagement": ("code", {"code": ("S", 1, E), "date": ("D", 1, E), "status": ("S", 1, value_list("EngagementStatus")),
                            "kind": ("S", 1, value_list("EngagementKind")),
                            "setting": ("S", 1, value_list("EngagementSetting")),
                            "level": ("S", 1, value_list("EngagementLevel")),
                            "summaryEn": ("S", 1, E), "summaryFr": ("S", 1, E)}),
    "KeyMessage": ("code", {"code": ("S", 1, E), "textEn": ("S", 1, E), "textFr": ("S", 1, E), "approvedOn": ("D", 1, E)}),
    "Decision": ("code", {"code": ("S", 1, E), "date": ("D", 1, E),
                          "kind": ("S", 1, value_list("DecisionKind")),
                          "textEn": ("S", 1, E), "textFr": ("S", 1, E)}),
    "EngagementPlan": ("code", {"code": ("S", 1, E), "approvedOn": ("D", 1, E), "escalationStage": ("I", 1, [0, 1, 2, 3, 4])}),
    "TdStat": ("code", {"code": ("S", 1, E), "country": ("S", 1, E), "quarter": ("S", 1, E), "requested": ("I", 1, E),
                        "issued": ("I", 1, E), "medianDaysToIssue": ("F", 0, E)}),
    "Action": ("code", {"code": ("S", 1, E), "textEn": ("S", 1, E), "textFr": ("S", 1, E), "due": ("D", 1, E),
                        "status": ("S", 1, value_list("ActionStatus"))}),
    "Source": ("code", {"code": ("S", 1, E), "titleEn": ("S", 1, E), "titleFr": ("S", 1, E), "date": ("D", 1, E),
                        "kind": ("S", 1, value_list("SourceKind")),
                        "uri": ("S", 0, E)}),
}
# (from label, relationship type) -> (target labels, {rel prop: (type, required, enum)})
RELS = {
    ("Designation", "OF"): (["Country"], {}),
    ("Designation", "DECIDED_AT"): (["Engagement"], {}),
    ("Mission", "REPRESENTS"): (["Country"], {}),
    ("Mission", "LOCATED_IN"): (["Country"], {}),
    ("Authority", "OF"): (["Country"], {}),
    ("Unit", "PART_OF"): (["Department"], {}),
    ("Envelope", "PART_OF"): (["Program"], {}),
    ("Project", "FUNDED_BY"): (["Envelope"], {}),
    ("Project", "IMPLEMENTED_BY"): (["Organization"], {}),
    ("Project", "IN"): (["Country"], {}),
    ("Project", "BENEFITS"): (["Authority"], {}),
    ("Project", "ADDRESSES"): (["PriorityArea"], {}),
    ("Project", "MANAGED_BY"): (["Unit"], {}),
    ("Result", "OF"): (["Project"], {}),
    ("Result", "CONTRIBUTES_TO"): (["Outcome"], {}),
    ("Outcome", "LEADS_TO"): (["Outcome"], {}),
    ("Engagement", "WITH"): (["Mission", "Authority", "Organization"], {}),
    ("Engagement", "CONCERNS"): (["Country"], {}),
    ("Engagement", "ATTENDED_BY"): (["Department", "Unit"], {"lead": ("B", 1, E)}),
    ("Engagement", "RAISED"): (["Result", "Project"], {}),
    ("Engagement", "USED"): (["KeyMessage"], {}),
    ("Engagement", "FOLLOWS"): (["Engagement"], {}),
    ("Engagement", "PART_OF"): (["Organization"], {}),
    ("KeyMessage", "ABOUT"): (["Result", "Project"], {}),
    ("KeyMessage", "DRAFTED_BY"): (["Department"], {}),
    ("Decision", "TAKEN_AT"): (["Engagement"], {}),
    ("Decision", "CONCERNS"): (["Country"], {}),
    ("EngagementPlan", "FOR"): (["Country"], {}),
    # Department -[:HOLDS_ROLE {role}]-> EngagementPlan, written on the EngagementPlan record (incoming)
    ("EngagementPlan", "HOLDS_ROLE"): (["Department"], {"role": ("S", 1, value_list("PlanRoleKind"))}),
    ("TdStat", "FOR"): (["Country"], {}),
    ("Action", "FROM"): (["Engagement"], {}),
    ("Action", "ASSIGNED_TO"): (["Department"], {}),
}
for _label in NODES:
    RELS[(_label, "SOURCED_FROM")] = (["Source"], {})

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def type_ok(t, v):
    if t == "S":
        return isinstance(v, str) and v.strip() != ""
    if t == "I":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "F":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == "D":
        return is_date(v)
    if t == "B":
        return isinstance(v, bool)
    raise ValueError(t)


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------------------------------------
# Load
# ---------------------------------------------------------------------------------------------
seed = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(glob.glob(os.path.join(seed, "reference", "*.json"))) + sorted(glob.glob(os.path.join(seed, "demo", "*.json")))
if not files:
    print(f"no seed files under {seed}")
    sys.exit(1)

nodes = defaultdict(dict)       # label -> key -> record
origin = {}                     # (label, key) -> "file#i"
layer = {}                      # (label, key) -> reference|demo
rels = []                       # (where, fromLabel, fromKey, type, targetLabel, targetKey, props)

for path in files:
    rel = os.path.relpath(path, seed)
    raw = open(path, encoding="utf-8").read()
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as ex:
        err(rel, f"invalid JSON: {ex}")
        continue
    if raw != json.dumps(doc, ensure_ascii=False, indent=2) + "\n":
        err(rel, "not pretty-printed as json.dumps(indent=2, ensure_ascii=False) + newline (or uses \\u escapes)")
    if not isinstance(doc, dict) or set(doc) != {"label", "records"}:
        err(rel, 'file must be one object {"label": ..., "records": [...]}')
        continue
    label = doc["label"]
    if label not in NODES:
        err(rel, f"unknown label {label!r}")
        continue
    if not isinstance(doc["records"], list):
        err(rel, "records must be a list")
        continue
    keyname, props = NODES[label]
    for i, rec in enumerate(doc["records"]):
        where = f"{rel}#{i}"
        if not isinstance(rec, dict):
            err(where, "record must be an object")
            continue
        key = rec.get(keyname)
        where = f"{rel}#{i} ({key})"
        for f, v in rec.items():
            if f in props:
                t, req, enum = props[f]
                if v is None:
                    if req:
                        err(where, f"required property {f} is null")
                    continue
                if not type_ok(t, v):
                    err(where, f"property {f}={v!r} is not of type {t}")
                elif enum is not None and v not in enum:
                    err(where, f"property {f}={v!r} not in {enum}")
            elif (label, f) in RELS:
                targets, rprops = RELS[(label, f)]
                vals = v if isinstance(v, list) else [v]
                if isinstance(v, list) and not v:
                    err(where, f"relationship {f} is an empty list")
                for ref in vals:
                    if isinstance(ref, str):
                        if len(targets) != 1:
                            err(where, f"{f}: plain key {ref!r} not allowed, {targets} are possible targets")
                            continue
                        if rprops and any(r[1] for r in rprops.values()):
                            err(where, f"{f}: plain key {ref!r} cannot carry the required relationship properties")
                            continue
                        rels.append((where, label, key, f, targets[0], ref, {}))
                    elif isinstance(ref, dict):
                        lbls = [k for k in ref if k in targets]
                        others = {k: x for k, x in ref.items() if k not in targets}
                        if len(lbls) != 1:
                            err(where, f"{f}: reference {ref} must name exactly one target label among {targets}")
                            continue
                        bad = False
                        for pk, pv in others.items():
                            if pk not in rprops:
                                err(where, f"{f}: unknown relationship property {pk!r}")
                                bad = True
                            elif not type_ok(rprops[pk][0], pv) or (rprops[pk][2] and pv not in rprops[pk][2]):
                                err(where, f"{f}: relationship property {pk}={pv!r} invalid")
                                bad = True
                        for pk, (pt, preq, _) in rprops.items():
                            if preq and pk not in others:
                                err(where, f"{f}: missing relationship property {pk}")
                                bad = True
                        if not isinstance(ref[lbls[0]], str):
                            err(where, f"{f}: key in {ref} must be a string")
                            continue
                        if not bad:
                            rels.append((where, label, key, f, lbls[0], ref[lbls[0]], others))
                    else:
                        err(where, f"{f}: invalid reference {ref!r}")
            else:
                err(where, f"unknown property or relationship field {f!r} for {label}")
        for p_, (t, req, enum) in props.items():
            if req and p_ not in rec:
                err(where, f"missing required property {p_}")
        if not isinstance(key, str):
            continue
        if key in nodes[label]:
            err(where, f"duplicate {label} key {key!r} (first in {origin[(label, key)]})")
            continue
        nodes[label][key] = rec
        origin[(label, key)] = where
        layer[(label, key)] = rel.split(os.sep)[0]

# resolve
out = defaultdict(lambda: defaultdict(list))   # (label,key) -> type -> [(tLabel,tKey,props)]
inc = defaultdict(lambda: defaultdict(list))   # (tLabel,tKey) -> type -> [(label,key,props)]
for where, label, key, typ, tl, tk, props in rels:
    if tk not in nodes[tl]:
        err(where, f"{typ} -> {tl} {tk!r} does not resolve")
        continue
    out[(label, key)][typ].append((tl, tk, props))
    inc[(tl, tk)][typ].append((label, key, props))


def one(label, key, typ):
    lst = out[(label, key)][typ]
    return lst[0][1] if len(lst) == 1 else None


def need(label, typ, lo, hi=None):
    for key in nodes[label]:
        n = len(out[(label, key)][typ])
        if n < lo or (hi is not None and n > hi):
            err(origin[(label, key)], f"{typ}: expected {lo}..{hi if hi is not None else 'n'} references, found {n}")


# ---------------------------------------------------------------------------------------------
# 2. Domain rules
# ---------------------------------------------------------------------------------------------
need("Designation", "OF", 1, 1); need("Designation", "DECIDED_AT", 1, 1)
need("Mission", "REPRESENTS", 1, 1); need("Mission", "LOCATED_IN", 1, 1)
need("Authority", "OF", 1, 1); need("Unit", "PART_OF", 1, 1); need("Envelope", "PART_OF", 1, 1)
for t in ("FUNDED_BY", "IMPLEMENTED_BY", "IN", "MANAGED_BY"):
    need("Project", t, 1, 1)
need("Project", "BENEFITS", 1); need("Project", "ADDRESSES", 1)
need("Result", "OF", 1, 1); need("Result", "CONTRIBUTES_TO", 1)
need("Engagement", "CONCERNS", 1); need("Engagement", "ATTENDED_BY", 1)
need("KeyMessage", "ABOUT", 1); need("KeyMessage", "DRAFTED_BY", 1, 1)
need("Decision", "TAKEN_AT", 1, 1); need("Decision", "CONCERNS", 1)
need("EngagementPlan", "FOR", 1, 1); need("EngagementPlan", "HOLDS_ROLE", 1)
need("TdStat", "FOR", 1, 1); need("Action", "FROM", 1, 1); need("Action", "ASSIGNED_TO", 1, 1)

REAL = {"CA", "AU", "NZ", "GB", "US"}
BANNED2, BANNED3 = {"XK", "ZZ", "QO"}, {"XKX", "XXA", "XXB", "XXC", "XXX"}
countries = nodes["Country"]
fictional = set()
for cc, c in countries.items():
    w = origin[("Country", cc)]
    if not re.fullmatch(r"[A-Z]{2}", cc) or not re.fullmatch(r"[A-Z]{3}", c.get("iso3", "")):
        err(w, "iso2/iso3 must be 2/3 upper-case letters")
        continue
    if layer[("Country", cc)] == "demo":
        fictional.add(cc)
        ok2 = ("QM" <= cc <= "QZ" or "XA" <= cc <= "XZ") and cc not in BANNED2
        i3 = c["iso3"]
        ok3 = ("QMA" <= i3 <= "QZZ" or "XAA" <= i3 <= "XZZ") and i3 not in BANNED3
        if not (ok2 and ok3):
            err(w, f"demo country {cc}/{i3} is not in the ISO user-assigned ranges (or uses a reserved code)")
    elif cc not in REAL:
        err(w, f"reference country {cc} is not one of {sorted(REAL)}")

# designations / plans / TD only for fictional countries
desig = defaultdict(list)
for k in nodes["Designation"]:
    cc = one("Designation", k, "OF")
    if cc and cc not in fictional:
        err(origin[("Designation", k)], f"designation of a real country {cc} is forbidden")
    if cc:
        desig[cc].append(nodes["Designation"][k]["status"])
    rec = nodes["Designation"][k]
    if rec.get("to") and rec["to"] < rec["from"]:
        err(origin[("Designation", k)], "to < from")

eng = nodes["Engagement"]


def is_rwg(ecode):
    return any(t == "RWG" for _, t, _ in out[("Engagement", ecode)]["PART_OF"])


for k in nodes["Designation"]:
    e = one("Designation", k, "DECIDED_AT")
    if e and not is_rwg(e):
        err(origin[("Designation", k)], f"DECIDED_AT {e} is not an RWG engagement (PART_OF RWG)")
    if e and eng[e]["date"] != nodes["Designation"][k]["from"]:
        err(origin[("Designation", k)], f"from {nodes['Designation'][k]['from']} differs from the RWG meeting date {eng[e]['date']}")
for k, rec in nodes["Decision"].items():
    e = one("Decision", k, "TAKEN_AT")
    if e and not is_rwg(e):
        err(origin[("Decision", k)], f"TAKEN_AT {e} is not an RWG engagement")
    if e and eng[e]["status"] != "HELD":
        err(origin[("Decision", k)], f"TAKEN_AT {e} which is not HELD")
    if e and eng[e]["date"] != rec["date"]:
        err(origin[("Decision", k)], "decision date differs from the meeting date")
    for _, cc, _ in out[("Decision", k)]["CONCERNS"]:
        if cc not in fictional:
            err(origin[("Decision", k)], f"decision concerns real country {cc}")

mission_rep = {k: one("Mission", k, "REPRESENTS") for k in nodes["Mission"]}
mission_loc = {k: one("Mission", k, "LOCATED_IN") for k in nodes["Mission"]}
auth_of = {k: one("Authority", k, "OF") for k in nodes["Authority"]}
unit_of = {k: one("Unit", k, "PART_OF") for k in nodes["Unit"]}
for k in nodes["Mission"]:
    if mission_rep[k] == mission_loc[k] or "CA" not in (mission_rep[k], mission_loc[k]):
        err(origin[("Mission", k)], "a mission must represent a foreign country in Canada or Canada abroad")

proj = nodes["Project"]
proj_cc = {k: one("Project", k, "IN") for k in proj}
res = nodes["Result"]
res_proj = {k: one("Result", k, "OF") for k in res}
res_cc = {k: proj_cc.get(res_proj[k]) for k in res}
km = nodes["KeyMessage"]

for k, p in proj.items():
    w = origin[("Project", k)]
    if p["start"] > p["end"]:
        err(w, "start after end")
    if not 0 < p["fundingCad"] <= 3_000_000:
        err(w, "fundingCad outside (0, 3,000,000]")
    if proj_cc[k] not in fictional:
        err(w, "project must be IN a fictional country")
    for _, a, _ in out[("Project", k)]["BENEFITS"]:
        if auth_of.get(a) != proj_cc[k]:
            err(w, f"BENEFITS {a} which is not an authority of {proj_cc[k]}")
for k, r in res.items():
    w = origin[("Result", k)]
    if not "2020-01-01" <= r["achievedOn"] <= "2025-12-31":
        err(w, "achievedOn outside 2020..2025")
    if res_proj[k] and r["achievedOn"] < proj[res_proj[k]]["start"]:
        err(w, "achievedOn before the project start")

ENG_KINDS = set(NODES["Engagement"][1]["kind"][2])
for k, e in eng.items():
    w = origin[("Engagement", k)]
    d = D(e["date"])
    if not dt.date(2019, 1, 1) <= d <= dt.date(2027, 12, 31):
        err(w, "date outside 2019-01-01..2027-12-31")
    if e["status"] == "PLANNED" and d <= TODAY:
        err(w, f"PLANNED engagement dated on/before today ({TODAY})")
    if e["status"] != "PLANNED" and d > TODAY:
        err(w, f"{e['status']} engagement dated after today ({TODAY})")
    if e["status"] != "PLANNED" and d.year > 2025:
        err(w, "held/cancelled engagements must be dated 2019-2025")
    concerns = {t for _, t, _ in out[("Engagement", k)]["CONCERNS"]}
    for tl, t, _ in out[("Engagement", k)]["WITH"]:
        if tl == "Mission" and mission_rep[t] not in concerns:
            err(w, f"WITH mission {t} but does not CONCERN {mission_rep[t]}")
        if tl == "Authority" and auth_of[t] not in concerns:
            err(w, f"WITH authority {t} but does not CONCERN {auth_of[t]}")
    att = out[("Engagement", k)]["ATTENDED_BY"]
    leads = [t for _, t, p in att if p.get("lead") is True]
    if len(leads) != 1:
        err(w, f"exactly one ATTENDED_BY with lead:true expected, found {len(leads)}")
    present = {t for _, t, _ in att}
    for tl, t, _ in att:
        if tl == "Unit" and unit_of[t] not in present:
            err(w, f"unit {t} attends without its department {unit_of[t]} (seed invariant)")
    for tl, t, _ in out[("Engagement", k)]["RAISED"]:
        if tl == "Result" and e["date"] < res[t]["achievedOn"]:
            err(w, f"RAISED {t} before it was achieved ({res[t]['achievedOn']})")
        cc = res_cc[t] if tl == "Result" else proj_cc[t]
        if cc not in concerns:
            err(w, f"RAISED {t} of {cc} but does not CONCERN {cc}")
    for r in res:
        if res_cc[r] in concerns and res[r]["achievedOn"] == e["date"]:
            err(w, f"same date as result {r} of a concerned country (ties make 'achieved before' ambiguous; seed invariant)")
    for _, t, _ in out[("Engagement", k)]["USED"]:
        if e["date"] < km[t]["approvedOn"]:
            err(w, f"USED key message {t} before its approval ({km[t]['approvedOn']})")
    for _, t, _ in out[("Engagement", k)]["FOLLOWS"]:
        if eng[t]["date"] > e["date"] or t == k:
            err(w, f"FOLLOWS {t} which is later than (or equal to) itself")
    if e["setting"] == "INTERDEPARTMENTAL" and out[("Engagement", k)]["WITH"]:
        err(w, "an interdepartmental engagement has no foreign counterpart")
    if e["kind"] == "WORKING_GROUP" and not is_rwg(k):
        err(w, "WORKING_GROUP engagements are RWG meetings (PART_OF RWG)")
    # designations, decisions, plans and TD statistics are sensitive: they must not leak through free text
    for f in ("summaryEn", "summaryFr"):
        if re.search(r"r[ée]calcitrant|preventative|pr[ée]ventif", e[f], re.I):
            err(w, f"{f} mentions a designation (sensitive)")
for label in ("KeyMessage", "Action"):
    for k, rec in nodes[label].items():
        for f in ("textEn", "textFr"):
            if re.search(r"r[ée]calcitrant|preventative|pr[ée]ventif", rec[f], re.I):
                err(origin[(label, k)], f"{f} mentions a designation (sensitive)")

for k, rec in km.items():
    for tl, t, _ in out[("KeyMessage", k)]["ABOUT"]:
        if tl == "Result" and rec["approvedOn"] < res[t]["achievedOn"]:
            err(origin[("KeyMessage", k)], f"approved before result {t} was achieved")

plans_by_cc = defaultdict(list)
for k, rec in nodes["EngagementPlan"].items():
    w = origin[("EngagementPlan", k)]
    cc = one("EngagementPlan", k, "FOR")
    plans_by_cc[cc].append(k)
    if "RECALCITRANT" not in desig.get(cc, []):
        err(w, f"plan for {cc}, which has no RECALCITRANT designation")
    deps = [t for _, t, _ in out[("EngagementPlan", k)]["HOLDS_ROLE"]]
    if len(deps) != len(set(deps)):
        err(w, "a department holds more than one role on the same plan")

td_by_cc = defaultdict(set)
for k, rec in nodes["TdStat"].items():
    w = origin[("TdStat", k)]
    if not re.fullmatch(r"\d{4}-Q[1-4]", rec["quarter"]):
        err(w, "quarter must be YYYY-Qn")
    if k != f"{rec['country']}-{rec['quarter']}":
        err(w, "code must be country-quarter")
    if one("TdStat", k, "FOR") != rec["country"]:
        err(w, "FOR differs from the country property")
    if "RECALCITRANT" not in desig.get(rec["country"], []):
        err(w, f"TD statistics for {rec['country']}, which is not designated RECALCITRANT")
    if not 0 <= rec["issued"] <= rec["requested"]:
        err(w, "issued must be within 0..requested")
    td_by_cc[rec["country"]].add(rec["quarter"])
all_q = {f"{y}-Q{q}" for y in range(2019, 2026) for q in range(1, 5)}
for cc, sts in desig.items():
    if "RECALCITRANT" in sts and td_by_cc[cc] != all_q:
        err("TdStat", f"{cc}: quarters 2019-Q1..2025-Q4 expected, missing {sorted(all_q - td_by_cc[cc])[:4]}...")

# ---------------------------------------------------------------------------------------------
# 3. Scenario checks
# ---------------------------------------------------------------------------------------------
def check(cond, msg):
    if not cond:
        err("SCENARIO", msg)


mcee = [k for k in proj if one("Project", k, "FUNDED_BY") == "MCEE"]
check(len(proj) == 13 and len(mcee) == 13, f"13 projects FUNDED_BY MCEE expected, found {len(mcee)}/{len(proj)}")
total = sum(proj[k]["fundingCad"] for k in mcee)
check(total == 21_000_000, f"total fundingCad must be 21,000,000, found {total:,}")
check(nodes["Envelope"].get("MCEE", {}).get("budgetCad") == 21_000_000, "MCEE budgetCad must be 21,000,000")
TABLE1 = {"PA-POLICY": 10, "PA-REGULAR": 9, "PA-BORDER": 7, "PA-DETER": 7, "PA-OTHER": 4, "PA-IDENTITY": 1, "PA-RETURNS": 0}
got = Counter(t for k in proj for _, t, _ in out[("Project", k)]["ADDRESSES"])
for pa, n in TABLE1.items():
    check(got.get(pa, 0) == n, f"Table 1: {pa} expected {n} projects, found {got.get(pa, 0)}")
check(set(nodes["PriorityArea"]) == set(TABLE1), "the seven priority areas must exist")
partners = {one("Project", k, "IMPLEMENTED_BY") for k in proj}
check(partners == {"IOM", "UNODC", "UNHCR", "ARK"}, f"implementing partners must be exactly the four, found {partners}")
small = [k for k in proj if proj[k]["fundingCad"] < 250_000]
check(small and len(small) < len(proj), "mix of small (< $250K) and large projects expected")
p2020 = [k for k in proj if proj[k]["start"].startswith("2020")]
check(len(p2020) == 3 and sum(proj[k]["fundingCad"] for k in p2020) == 4_000_000, "3 projects starting in 2020 totalling $4M expected")
for k in proj:
    check(proj[k]["status"] in (3, 4), f"{k}: status 4 Closed (or 3 Finalisation) expected after the envelope ended")
check(sum(1 for k in proj if proj[k]["status"] == 4) >= 10, "most projects must be Closed (4)")
dec = nodes["Decision"]
check(sum(1 for d in dec.values() if d["kind"] == "SELECT_COUNTRY" and d["date"].startswith("2020")) == 5, "5 SELECT_COUNTRY decisions in 2020 expected")
check(sum(1 for d in dec.values() if d["kind"] == "APPROVE_PLAN" and d["date"].startswith("2020")) == 4, "4 APPROVE_PLAN decisions in 2020 expected")
check(sum(1 for p in nodes["EngagementPlan"].values() if p["approvedOn"].startswith("2020")) == 4, "4 plans approved in 2020 expected")

check(len(fictional) >= 8, "at least 8 fictional countries")
stat_count = Counter(s for sts in desig.values() for s in sts)
check(stat_count["RECALCITRANT"] >= 2 and stat_count["PREVENTATIVE"] >= 2, "at least 2 RECALCITRANT and 2 PREVENTATIVE designations")
check(any(cc not in plans_by_cc for cc in desig), "a designated country without any engagement plan is expected")
check(any(cc not in desig and not any(res_cc[r] == cc for r in res) for cc in fictional),
      "a fictional country with no designation and no results is expected")
check(any(not any(t == "LEVERAGE" for _, _, p in out[("EngagementPlan", k)]["HOLDS_ROLE"] for t in [p["role"]])
          for k in nodes["EngagementPlan"]), "a plan where no department holds LEVERAGE is expected")
check(any("PREVENTATIVE" in sts and not td_by_cc[cc] for cc, sts in desig.items()), "a preventative country without TD stats expected")
for cc in fictional:
    own = [m for m in nodes["Mission"] if mission_rep[m] == cc and mission_loc[m] == "CA"]
    check(any(nodes["Mission"][m]["kind"] in ("EMBASSY", "HIGH_COMMISSION") and nodes["Mission"][m]["city"] == "Ottawa" for m in own),
          f"{cc}: embassy or high commission in Ottawa expected")
    na = sum(1 for a in auth_of.values() if a == cc)
    check(2 <= na <= 4, f"{cc}: 2-4 authorities expected, found {na}")
check(any(nodes["Mission"][m]["kind"] == "CONSULATE" and mission_loc[m] == "CA" and mission_rep[m] in fictional for m in nodes["Mission"]),
      "a consulate in Canada of a fictional country expected")
check(sum(1 for m in nodes["Mission"] if mission_rep[m] == "CA") >= 3, "Canada's missions in several fictional countries expected")

check(len(res) >= 40, f"at least 40 results, found {len(res)}")
e2019_2025 = [k for k, e in eng.items() if "2019-01-01" <= e["date"] <= "2025-12-31"]
check(len(e2019_2025) >= 300, f"at least 300 engagements dated 2019-2025, found {len(e2019_2025)}")
for f in ("kind", "setting", "level", "status"):
    allowed = set(NODES["Engagement"][1][f][2])
    seen = {e[f] for e in eng.values()}
    check(seen == allowed, f"every engagement {f} must be present, missing {sorted(allowed - seen)}")
check(all(o in {t for k in eng for _, t, _ in out[("Engagement", k)]["PART_OF"]} for o in ("RWG", "IGC", "RCM", "GFMD", "M5")),
      "engagements PART_OF RWG, IGC, RCM, GFMD and M5 expected")
acts = Counter(a["status"] for a in nodes["Action"].values())
check(all(acts[s] for s in ("OPEN", "DONE", "DROPPED")), "actions OPEN, DONE and DROPPED expected")
check(any(a["status"] == "OPEN" and a["due"] >= "2026-10-01" for a in nodes["Action"].values()), "OPEN actions due late 2026/2027 expected")

# storyline edge cases (the analytical questions must have something to find)
def held(k):
    return eng[k]["status"] == "HELD"


def ottawa_country(k):
    return {mission_rep[t] for tl, t, _ in out[("Engagement", k)]["WITH"] if tl == "Mission" and mission_loc[t] == "CA"}


def attended(k, dep):
    return any(t == dep or unit_of.get(t) == dep for _, t, _ in out[("Engagement", k)]["ATTENDED_BY"])


def lead_of(k):
    for _, t, p in out[("Engagement", k)]["ATTENDED_BY"]:
        if p.get("lead"):
            return unit_of.get(t, t)


raised_at = defaultdict(list)   # result -> engagements
proj_raised_at = defaultdict(list)
for k in eng:
    for tl, t, _ in out[("Engagement", k)]["RAISED"]:
        (raised_at if tl == "Result" else proj_raised_at)[t].append(k)
ott_raised = {r for r, es in raised_at.items() if any(held(k) and res_cc[r] in ottawa_country(k) for k in es)}
only_cancelled = [r for r, es in raised_at.items() if es and all(eng[k]["status"] == "CANCELLED" for k in es)]
check(only_cancelled, "a result raised only at a CANCELLED engagement expected")
proj_only = [r for r in res if r not in ott_raised and any(held(k) and res_cc[r] in ottawa_country(k) for k in proj_raised_at[res_proj[r]])]
check(proj_only, "a result whose project was raised in Ottawa but the result never expected")
check(ott_raised, "some results raised in Ottawa expected")
in_country_only = [r for r in res if r not in ott_raised and any(
    held(k) and (eng[k]["setting"] == "IN_COUNTRY" or any(tl == "Authority" and auth_of[t] == res_cc[r] for tl, t, _ in out[("Engagement", k)]["WITH"]))
    for k in raised_at[r])]
check(len(in_country_only) >= 10, "many results raised in-country but never in Ottawa expected")
missed_cbsa = [k for k in eng if held(k) and ottawa_country(k) and lead_of(k) == "CBSA"
               and not any(tl == "Result" for tl, _, _ in out[("Engagement", k)]["RAISED"])
               and any(res_cc[r] in ottawa_country(k) and res[r]["achievedOn"] < eng[k]["date"] for r in res)]
check(len(missed_cbsa) >= 3, "CBSA-led Ottawa meetings that raised nothing although results existed expected")
never_cbsa = [r for r in res if not any(held(k) and attended(k, "CBSA") for k in raised_at[r])]
check(never_cbsa, "results never raised at an engagement CBSA attended expected")
planned_dec = [k for k, e in eng.items() if e["status"] == "PLANNED" and e["date"].startswith("2026-12")
               and any("RECALCITRANT" in desig.get(cc, []) for cc in ottawa_country(k))]
check(planned_dec, "a PLANNED December 2026 meeting with a recalcitrant country's mission expected")

# ---------------------------------------------------------------------------------------------
print(f"files: {len(files)}")
for label in NODES:
    print(f"  {label:15s} {len(nodes[label]):4d}")
print(f"relationships: {len(rels)}  (RAISED {sum(1 for r in rels if r[3] == 'RAISED')})")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for x in errors:
        print("  " + x)
    sys.exit(1)
print("\nOK: all checks passed")
