#!/usr/bin/env python3
"""Writes the JSON Schemas and examples of the voting events and the vote requests (run once when they change)."""
import json, os, uuid

BASE = os.path.join(os.path.dirname(__file__), '..', 'platform/event-contracts/src/main/resources/lianxin/events')
S = lambda: {"type": "string", "minLength": 1}
NS = lambda: {"type": ["string", "null"]}
T = lambda: {"type": "string", "format": "date-time"}
NT = lambda: {"type": ["string", "null"], "format": "date-time"}
I = lambda: {"type": "integer", "minimum": 0}
B = lambda: {"type": "boolean"}
ARR = lambda item: {"type": "array", "items": item}
STATES = ["DRAFT", "OPEN", "CLOSED", "DECRYPTING", "TALLIED", "PUBLISHED", "CANCELLED"]
KINDS = ["LIVELIHOOD_PROJECTS", "APPOINTMENT", "SATISFACTION", "SCORE", "MOTION", "SELECTION"]

POLL = ({"pollId": S(), "congressId": S(), "kind": {"enum": KINDS}, "title": {"type": "string", "minLength": 1, "maxLength": 200},
         "state": {"enum": STATES}, "secret": B(), "isPublic": B(),
         "publicFeed": {"description": "\"feed\" when the event goes to the public feed (public polls), else null", "enum": ["feed", None]},
         "rollSize": {"type": "integer", "minimum": 1}, "requestId": NS(), "programmeId": NS()},
        ["pollId", "congressId", "kind", "title", "state", "secret", "isPublic", "rollSize"],
        {"pollId": "3b2f7c1e-8d4a-4e5f-9a6b-1c2d3e4f5a6b", "congressId": "cn-county-qingshan", "kind": "APPOINTMENT",
         "title": "关于任命住房和城乡建设局局长的表决", "state": "OPEN", "secret": True, "isPublic": True, "publicFeed": "feed",
         "rollSize": 3, "requestId": None, "programmeId": None})
PROGRAMME = ({"programmeId": S(), "congressId": S(), "title": S(), "phase": {"enum": ["COLLECTING", "SCREENING", "VOTING", "DECIDED"]},
              "year": {"type": "integer"}, "seats": {"type": "integer", "minimum": 1},
              "publicFeed": {"enum": ["feed"]}},
             ["programmeId", "congressId", "title", "phase", "year", "seats"],
             {"programmeId": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "congressId": "cn-county-qingshan",
              "title": "青山县2027年民生实事项目", "phase": "COLLECTING", "year": 2027, "seats": 20, "publicFeed": "feed"})
PROPOSAL = ({"proposalId": S(), "programmeId": S(), "congressId": S(), "title": S(), "proposerId": S(),
             "place": NS(), "source": {"enum": ["DIRECT", "DEPUTY", "STATION"]}, "sourceRef": NS()},
            ["proposalId", "programmeId", "congressId", "title", "proposerId", "source"],
            {"proposalId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "programmeId": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
             "congressId": "cn-county-qingshan", "title": "老旧小区加装电梯", "proposerId": "citizen1@qingshan",
             "place": "城关镇幸福小区", "source": "STATION", "sourceRef": "城关镇代表之家"})
ROLL = ARR(S())
ITEM_RESULT = {"type": "object", "required": ["item", "favourable", "passed", "rank"],
               "properties": {"item": S(), "favourable": I(), "base": I(), "needed": I(), "averageScore": {"type": "number"},
                              "passed": B(), "rank": {"type": "integer", "minimum": 1}}}
CANDIDATE = {"type": "object", "required": ["proposalId", "title", "budgetYuan", "department"],
             "properties": {"proposalId": S(), "title": S(), "feasibility": NS(), "budgetYuan": I(), "department": S()}}
REQUEST = ({"requestId": S(), "congressId": S(), "title": {"type": "string", "minLength": 1, "maxLength": 200},
            "subjectType": S(), "subjectId": S(), "items": {"type": "array", "minItems": 1, "items": S()},
            "roll": {"type": "array", "minItems": 1, "items": S()}, "opensAt": NT(), "closesAt": T(), "secret": B(),
            "isPublic": B(),
            "scrutineers": {"description": "a secret poll's scrutineers (监票人); without them staff name them before it opens",
                            "type": "array", "maxItems": 15, "items": S()},
            "scrutineerThreshold": {"type": ["integer", "null"], "minimum": 1}},
           ["requestId", "congressId", "title", "subjectType", "subjectId", "items", "roll", "closesAt"])

SCRUTINEERS = {"scrutineers": ARR(S()), "threshold": {"type": "integer", "minimum": 1},
               "keyStage": {"enum": ["COMMITTING", "SHARING", "CONFIRMING", "READY", "FAILED"]}}
SCRUTINEERS_EX = {"state": "DRAFT", "scrutineers": ["D-qingshan-004", "D-qingshan-005", "D-qingshan-006"], "threshold": 2}
HEX_POINT = {"type": "string", "pattern": "^(02|03)[0-9a-f]{64}$"}
TYPES = [
    ("lianxin.voting.poll-created.v1", POLL, {"method": {"enum": ["YES_NO_ABSTAIN", "APPROVAL", "RATING", "SCORE"]},
        "items": ARR(S()), "opensAt": NT(), "closesAt": NT(), "scrutineers": ARR(S())}, ["method", "items"],
        {"state": "DRAFT", "method": "YES_NO_ABSTAIN", "items": ["任命张某某为局长"], "opensAt": None, "closesAt": "2027-01-12T03:00:00Z",
         "scrutineers": ["D-qingshan-004", "D-qingshan-005", "D-qingshan-006"]}),
    ("lianxin.voting.scrutineers-assigned.v1", POLL, SCRUTINEERS, ["scrutineers", "threshold", "keyStage"],
        dict(SCRUTINEERS_EX, keyStage="COMMITTING")),
    ("lianxin.voting.key-ceremony-step.v1", POLL, dict(SCRUTINEERS, step={"enum": ["commitments", "shares", "confirmation"]},
        scrutineerIndex={"type": "integer", "minimum": 1}), ["scrutineers", "threshold", "keyStage", "step", "scrutineerIndex"],
        dict(SCRUTINEERS_EX, keyStage="SHARING", step="commitments", scrutineerIndex=3)),
    ("lianxin.voting.poll-key-ready.v1", POLL, dict(SCRUTINEERS, publicKey=HEX_POINT),
        ["scrutineers", "threshold", "keyStage", "publicKey"],
        dict(SCRUTINEERS_EX, keyStage="READY", publicKey="02" + "6b" * 32)),
    ("lianxin.voting.key-ceremony-failed.v1", POLL, dict(SCRUTINEERS, complainant={"type": "integer", "minimum": 1},
        against=ARR({"type": "integer", "minimum": 1})), ["scrutineers", "threshold", "keyStage", "complainant", "against"],
        dict(SCRUTINEERS_EX, keyStage="FAILED", complainant=2, against=[1])),
    ("lianxin.voting.decryption-requested.v1", POLL, dict(SCRUTINEERS, boxDigest={"type": "string", "pattern": "^[0-9a-f]{64}$"},
        ballots=I()), ["scrutineers", "threshold", "keyStage", "boxDigest", "ballots"],
        dict(SCRUTINEERS_EX, state="DECRYPTING", keyStage="READY", boxDigest="9f2c" * 16, ballots=3)),
    ("lianxin.voting.decryption-share-given.v1", POLL, dict(SCRUTINEERS, scrutineerIndex={"type": "integer", "minimum": 1}),
        ["scrutineers", "threshold", "keyStage", "scrutineerIndex"],
        dict(SCRUTINEERS_EX, state="DECRYPTING", keyStage="READY", scrutineerIndex=1)),
    ("lianxin.voting.poll-opened.v1", POLL, {"roll": ROLL, "openedAt": T(), "closesAt": NT()}, ["roll", "openedAt"],
        {"roll": ["D-qingshan-001", "D-qingshan-002", "D-qingshan-003"], "openedAt": "2027-01-12T02:00:00Z", "closesAt": None}),
    ("lianxin.voting.turnout-changed.v1", POLL, {"ballotsCast": I(), "present": I()}, ["ballotsCast", "present"],
        {"ballotsCast": 2, "present": 3}),
    ("lianxin.voting.poll-closed.v1", POLL, {"roll": ROLL, "closedAt": T(), "ballotsCast": I(), "present": I()},
        ["roll", "closedAt", "ballotsCast", "present"],
        {"state": "CLOSED", "roll": ["D-qingshan-001", "D-qingshan-002", "D-qingshan-003"], "closedAt": "2027-01-12T02:20:00Z",
         "ballotsCast": 3, "present": 3}),
    ("lianxin.voting.paper-tally-entered.v1", POLL, {"source": {"enum": ["PAPER", "DEVICE"]}, "ballots": I(), "invalid": I(),
        "counts": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": I()}}},
        ["source", "ballots", "invalid", "counts"],
        {"state": "CLOSED", "source": "PAPER", "ballots": 1, "invalid": 0, "counts": {"任命张某某为局长": {"YES": 1}}}),
    ("lianxin.voting.poll-tallied.v1", POLL, {"valid": B(), "boxDigest": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "ballots": I()},
        ["valid", "boxDigest", "ballots"],
        {"state": "TALLIED", "valid": True, "boxDigest": "9f2c" * 16, "ballots": 3}),
    ("lianxin.voting.result-published.v1", POLL, {"roll": ROLL, "valid": B(), "quorumMet": B(), "present": I(), "ballots": I(),
        "invalidBallots": I(), "items": ARR(ITEM_RESULT), "passed": ARR(S()), "selected": ARR(S()), "tiedAtCutoff": ARR(S()),
        "boxDigest": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "publishedAt": T()},
        ["roll", "valid", "quorumMet", "present", "ballots", "items", "passed", "selected", "tiedAtCutoff", "boxDigest", "publishedAt"],
        {"state": "PUBLISHED", "roll": ["D-qingshan-001", "D-qingshan-002", "D-qingshan-003"], "valid": True, "quorumMet": True,
         "present": 3, "ballots": 3, "invalidBallots": 0,
         "items": [{"item": "任命张某某为局长", "favourable": 3, "base": 3, "needed": 2, "averageScore": 0.0, "passed": True, "rank": 1}],
         "passed": ["任命张某某为局长"], "selected": [], "tiedAtCutoff": [], "boxDigest": "9f2c" * 16,
         "publishedAt": "2027-01-12T02:30:00Z"}),
    ("lianxin.voting.poll-cancelled.v1", POLL, {"roll": ROLL, "reason": S()}, ["roll", "reason"],
        {"state": "CANCELLED", "roll": ["D-qingshan-001", "D-qingshan-002", "D-qingshan-003"], "reason": "提请事项撤回"}),
    ("lianxin.voting.programme-opened.v1", PROGRAMME, {"collectingUntil": T()}, ["collectingUntil"],
        {"collectingUntil": "2026-12-31T16:00:00Z"}),
    ("lianxin.voting.project-proposed.v1", PROPOSAL, {}, [], {}),
    ("lianxin.voting.proposal-merged.v1", PROPOSAL, {"into": S()}, ["into"], {"into": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}),
    ("lianxin.voting.programme-shortlisted.v1", PROGRAMME, {"candidates": ARR(CANDIDATE)}, ["candidates"],
        {"phase": "SCREENING", "seats": 1, "candidates": [
            {"proposalId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "title": "老旧小区加装电梯", "feasibility": "已完成选址论证",
             "budgetYuan": 12000000, "department": "县住建局"},
            {"proposalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "title": "农村饮水安全提升", "feasibility": None,
             "budgetYuan": 8500000, "department": "县水利局"}]}),
    ("lianxin.voting.programme-voting-started.v1", PROGRAMME, {"pollId": S()}, ["pollId"],
        {"phase": "VOTING", "pollId": "3b2f7c1e-8d4a-4e5f-9a6b-1c2d3e4f5a6b"}),
    ("lianxin.voting.livelihood-projects-selected.v1", PROGRAMME, {"pollId": S(), "projects": ARR(CANDIDATE),
        "selectedCount": I(), "tiedAtCutoff": ARR(S()), "totalBudgetYuan": I()},
        ["pollId", "projects", "selectedCount", "tiedAtCutoff", "totalBudgetYuan"],
        {"phase": "DECIDED", "seats": 1, "pollId": "3b2f7c1e-8d4a-4e5f-9a6b-1c2d3e4f5a6b", "projects": [
            {"proposalId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "title": "老旧小区加装电梯", "feasibility": "已完成选址论证",
             "budgetYuan": 12000000, "department": "县住建局"}], "selectedCount": 1, "tiedAtCutoff": [],
         "totalBudgetYuan": 12000000}),
]
DESC = {"POLL": "Every poll event carries the poll's snapshot (ids, kind, title, state, secrecy, public or not) and then its own facts. No poll event says anything of a single ballot.",
        "PROGRAMME": "Every programme event carries the programme's snapshot and then its own facts.",
        "PROPOSAL": "Every proposal event carries the proposal's snapshot and then its own facts."}

def write(name, title, desc, props, required, data, source, subject):
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://lianxin.io/schemas/events/" + name + ".json",
              "title": name + " — " + title, "description": desc, "type": "object",
              "required": required, "properties": props}
    with open(os.path.join(BASE, 'schemas', name + '.json'), 'w') as f:
        json.dump(schema, f, ensure_ascii=False, indent=2); f.write('\n')
    example = {"specversion": "1.0", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, name)), "source": source, "type": name,
               "subject": subject, "time": "2027-01-12T02:30:00Z", "datacontenttype": "application/json",
               "dataschema": "https://lianxin.io/schemas/events/" + name + ".json", "congressid": "cn-county-qingshan",
               "sequence": "0000000000000002.0000", "data": data}
    with open(os.path.join(BASE, 'examples', name + '.json'), 'w') as f:
        json.dump(example, f, ensure_ascii=False, indent=2); f.write('\n')

import re
catalog = open(os.path.join(os.path.dirname(__file__), '..', 'platform/event-contracts/src/main/java/io/lianxin/events/EventCatalog.java')).read()
def description(name):
    slug = name.split('.')[2]
    m = re.search(r'"' + re.escape(slug) + r'", "([^"]*)"', catalog) or re.search(re.escape(name) + r'",[^"]*"([^"]*)"', catalog)
    return m.group(1)

for name, (snap_props, snap_req, snap_ex), facts, req, ex in TYPES:
    which = "POLL" if snap_props is POLL[0] else "PROGRAMME" if snap_props is PROGRAMME[0] else "PROPOSAL"
    props = dict(snap_props); props.update(facts)
    data = dict(snap_ex); data.update(ex)
    subject = data.get("pollId") or data.get("proposalId") or data.get("programmeId")
    write(name, description(name), DESC[which], props, snap_req + req, data, "/voting-service", subject)

for name, ex in [("lianxin.supervision.satisfaction-vote-requested.v1",
                  {"requestId": "sat-2027-housing-report", "congressId": "cn-county-qingshan", "title": "对县住建局专项工作报告的满意度测评",
                   "subjectType": "WORK_REPORT", "subjectId": "R-2027-001", "items": ["县住建局专项工作报告"],
                   "roll": ["D-qingshan-001", "D-qingshan-002"], "opensAt": None, "closesAt": "2027-03-01T09:00:00Z",
                   "secret": True, "isPublic": True}),
                 ("lianxin.supervision.score-vote-requested.v1",
                  {"requestId": "score-2027-street-review", "congressId": "cn-county-qingshan", "title": "街道人大工委述职评议",
                   "subjectType": "PERFORMANCE_REVIEW", "subjectId": "PR-2027-003", "items": ["城关街道", "东关街道"],
                   "roll": ["D-qingshan-001", "D-qingshan-002"], "opensAt": None, "closesAt": "2027-03-01T09:00:00Z",
                   "secret": True, "isPublic": False})]:
    write(name, description(name), "A request for a poll; voting-service creates exactly one poll per requestId and answers with result-published carrying it.",
          REQUEST[0], REQUEST[1], ex, "/supervision-service", ex["subjectId"])
print("ok")
