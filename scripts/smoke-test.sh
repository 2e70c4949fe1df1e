#!/usr/bin/env bash
# Smoke test of an installed Samråd plugin on a real Confluence Data Center 10.2 (see docs/confluence-smoke-test.md).
#
#   scripts/smoke-test.sh BASE_URL USER PASSWORD
#
# BASE_URL is Confluence's base URL with its context path (atlas-run: http://localhost:1990/confluence); USER must
# be a Confluence (system) administrator whose language is set to Dansk. The script creates a throw-away space,
# works in it through the REST APIs and removes it again. It needs bash, curl and python3 (for JSON); it is not run
# by CI. Exit status: 0 when every automatic check passed, 1 otherwise. Lines marked MANUAL name what a person checks.
#
# Optional environment:
#   SAMRAAD_SMOKE_SPACE   key of the space to create (default SMOKE plus the time); it must not exist yet
#   SAMRAAD_SMOKE_KEEP=1  leave the space in place (skips the removal check), e.g. to look at the page by hand
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 BASE_URL USER PASSWORD" >&2
    exit 2
fi
BASE_URL=${1%/}
USER_NAME=$2
PASSWORD=$3
PLUGIN_KEY=org.samraad.samraad-confluence
API=$BASE_URL/rest/samraad/1.0
SPACE_KEY=${SAMRAAD_SMOKE_SPACE:-SMOKE$(date +%H%M%S)}
WORK=$(mktemp -d)
FAILURES=0
SPACE_CREATED=0
trap 'rm -rf "$WORK"' EXIT

pass() { printf 'PASS    %s\n' "$1"; }
fail() { printf 'FAIL    %s\n' "$1"; FAILURES=$((FAILURES + 1)); }
manual() { printf 'MANUAL  %s\n' "$1"; }

# http METHOD PATH [JSON] -> the body in $WORK/body, the status on stdout; PATH is relative to BASE_URL
http() {
    local method=$1 path=$2 data=${3-}
    local args=(-s -o "$WORK/body" -w '%{http_code}' -u "$USER_NAME:$PASSWORD" -X "$method"
        -H 'Accept: application/json' -H 'X-Atlassian-Token: no-check')
    if [[ -n $data ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$data")
    fi
    curl "${args[@]}" "$BASE_URL$path" || true
}

# json EXPRESSION: evaluates a Python expression over the last body, bound to j; prints the result
json() {
    python3 - "$WORK/body" "$1" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    j = json.load(f)
value = eval(sys.argv[2], {"j": j})
print("" if value is None else (json.dumps(value) if isinstance(value, (dict, list)) else value))
PY
}

echo "Samråd smoke test against $BASE_URL as $USER_NAME (space $SPACE_KEY)"

# 1. The plugin and every module are enabled (UPM REST; administrators only)
status=$(http GET "/rest/plugins/1.0/$PLUGIN_KEY-key")
if [[ $status != 200 ]]; then
    fail "UPM: GET /rest/plugins/1.0/$PLUGIN_KEY-key answered $status (is the jar installed? is $USER_NAME an administrator?)"
    echo "Stopping: nothing else can work without the plugin."
    exit 1
fi
if [[ $(json 'j.get("enabled")') == True ]]; then pass "plugin enabled"; else fail "plugin is not enabled"; fi
disabled=$(json '[m["key"] for m in j.get("modules", []) if not m.get("enabled")]')
modules=$(json 'len(j.get("modules", []))')
if [[ $disabled == "[]" && $modules -gt 0 ]]; then
    pass "all $modules modules enabled"
else
    fail "modules not enabled: $disabled (of $modules); see the Confluence log for the reason"
fi

# 2. A council space: a space through Confluence's REST API, its council through the plugin's
status=$(http POST /rest/api/space "{\"key\":\"$SPACE_KEY\",\"name\":\"Samråd smoke $SPACE_KEY\"}")
if [[ $status == 200 ]]; then
    SPACE_CREATED=1
    pass "space $SPACE_KEY created"
else
    fail "creating space $SPACE_KEY answered $status: $(head -c 300 "$WORK/body")"
    exit 1
fi
status=$(http POST /rest/samraad/1.0/councils \
    "{\"spaceKey\":\"$SPACE_KEY\",\"name\":\"Røgprøverådet\",\"kind\":\"SOCIAL_COUNCIL\",\"locale\":\"da\"}")
if [[ $status == 201 ]]; then
    COUNCIL_ID=$(json 'j["id"]')
    pass "council $COUNCIL_ID created in $SPACE_KEY"
else
    fail "creating the council answered $status: $(head -c 300 "$WORK/body")"
    exit 1
fi
manual "create a space from the 'Samråd council space' blueprint in the create-space dialog: its home page shows the council overview and a council exists for it (GET $API/councils?spaceKey=<KEY>)"

# 3. A REST round trip with dates and times
status=$(http POST "/rest/samraad/1.0/councils/$COUNCIL_ID/meetings" \
    '{"kind":"ORDINARY","date":"2099-03-12","startTime":"17:00","endTime":"19:00"}')
if [[ $status == 201 ]]; then
    MEETING_ID=$(json 'j["id"]')
    status=$(http GET "/rest/samraad/1.0/meetings/$MEETING_ID")
    starts=$(json 'j.get("startsAt")')
    zone=$(json 'j.get("zone")')
    if [[ $status == 200 && $starts == 2099-03-12T17:00:00 && $zone == Europe/Copenhagen ]]; then
        pass "meeting $MEETING_ID round trip: startsAt $starts in $zone"
    else
        fail "meeting read back as $status, startsAt '$starts', zone '$zone' (expected 2099-03-12T17:00:00 in Europe/Copenhagen)"
    fi
else
    fail "planning a meeting answered $status: $(head -c 300 "$WORK/body")"
fi

# an action item due tomorrow, owned by the smoke user: due within the council's reminder days
http GET /rest/api/user/current >/dev/null
USER_KEY=$(json 'j.get("userKey")')
TOMORROW=$(python3 -c 'import datetime; print(datetime.date.today() + datetime.timedelta(days=1))')
status=$(http POST /rest/samraad/1.0/actions \
    "{\"councilId\":$COUNCIL_ID,\"title\":\"Røgprøve: følg op\",\"ownerUserKey\":\"$USER_KEY\",\"dueDate\":\"$TOMORROW\"}")
if [[ $status == 201 ]]; then
    ACTION_ID=$(json 'j["id"]')
    due=$(json 'j.get("dueDate")')
    if [[ $due == "$TOMORROW" ]]; then pass "action $ACTION_ID round trip: dueDate $due"; else fail "action dueDate '$due', expected $TOMORROW"; fi
else
    ACTION_ID=
    fail "creating an action item answered $status: $(head -c 300 "$WORK/body")"
fi

# 4. Macros on a page: rendered, in Danish for a Danish user, and no Velocity source in the HTML
macros=""
for name in samraad-council samraad-members samraad-organisations samraad-actions samraad-hearings \
    samraad-annual-plan samraad-annual-report; do
    macros+="<ac:structured-macro ac:name=\\\"$name\\\"/>"
done
status=$(http POST /rest/api/content "{\"type\":\"page\",\"title\":\"Samråd smoke\",\"space\":{\"key\":\"$SPACE_KEY\"},\"body\":{\"storage\":{\"value\":\"$macros\",\"representation\":\"storage\"}}}")
if [[ $status == 200 ]]; then
    PAGE_ID=$(json 'j["id"]')
    http GET "/rest/api/content/$PAGE_ID?expand=body.view" >/dev/null
    json 'j["body"]["view"]["value"]' >"$WORK/view.html"
    if grep -q -E 'Unknown macro|Error rendering macro|Ukendt makro|Fejl ved gengivelse' "$WORK/view.html"; then
        fail "a macro failed to render: $(grep -o -E '(Unknown macro|Error rendering macro|Ukendt makro|Fejl ved gengivelse)[^<]*' "$WORK/view.html" | head -3 | tr '\n' ' ')"
    else
        pass "all 7 macros rendered"
    fi
    if grep -q 'Nøgletal' "$WORK/view.html" && grep -q 'Opfølgningspunkter' "$WORK/view.html"; then
        pass "macros speak Danish (Nøgletal, Opfølgningspunkter)"
    elif grep -q 'Key figures' "$WORK/view.html"; then
        fail "macros rendered in English: set $USER_NAME's language to Dansk (Profile > Settings) and run again"
    else
        fail "Danish texts not found in the rendered page"
    fi
    velocity=$(grep -o -E '\$!?\{?[A-Za-z][A-Za-z0-9_.]*|#(if|else|elseif|end|foreach|set|macro|parse)\b' "$WORK/view.html" | sort -u | head -5 | tr '\n' ' ' || true)
    if [[ -z $velocity ]]; then pass "no Velocity source in the HTML"; else fail "Velocity source in the HTML: $velocity"; fi
    rawkeys=$(grep -o -E '>[^<]*samraad\.[a-z-]+\.[a-z.-]+[^<]*<' "$WORK/view.html" | head -3 | tr '\n' ' ' || true)
    if [[ -z $rawkeys ]]; then pass "no raw i18n keys in the text"; else fail "raw i18n keys in the text: $rawkeys"; fi
else
    fail "creating the macro page answered $status: $(head -c 300 "$WORK/body")"
fi
manual "open $BASE_URL/display/$SPACE_KEY/Samr%C3%A5d+smoke (SAMRAAD_SMOKE_KEEP=1): texts are Danish, the browser console shows no error, buttons and the action table's paging work"

# 5. The reminder in the mail queue (as far as Confluence lets a script look)
status=$(curl -s -o "$WORK/jobs.html" -w '%{http_code}' -u "$USER_NAME:$PASSWORD" "$BASE_URL/admin/scheduledjobs/viewscheduledjobs.action" || true)
if [[ $status == 200 ]] && grep -q 'samraad-action-reminders' "$WORK/jobs.html"; then
    pass "the action reminder job is scheduled"
else
    manual "Administration > Scheduled Jobs lists 'Samråd action item reminders' (the page answered $status to the script; secure administrator sessions need a browser)"
fi
manual "run 'Samråd action item reminders' there now; then Administration > Mail Queue holds one mail to $USER_NAME about 'Røgprøve: følg op' in Danish (or it was sent, if an SMTP server is configured)"

# 6. Removing the space removes the council's data
if [[ ${SAMRAAD_SMOKE_KEEP:-0} == 1 ]]; then
    manual "space $SPACE_KEY kept (SAMRAAD_SMOKE_KEEP=1): delete it by hand, then GET $API/councils/$COUNCIL_ID must answer 404"
else
    status=$(http DELETE "/rest/api/space/$SPACE_KEY")
    if [[ $status == 202 || $status == 204 || $status == 200 ]]; then
        gone=0
        for _ in $(seq 1 60); do
            if [[ $(http GET "/rest/api/space/$SPACE_KEY") == 404 ]]; then gone=1; break; fi
            sleep 2
        done
        if [[ $gone == 1 ]]; then
            SPACE_CREATED=0
            pass "space $SPACE_KEY removed"
            council=$(http GET "/rest/samraad/1.0/councils/$COUNCIL_ID")
            action=404
            if [[ -n ${ACTION_ID:-} ]]; then action=$(http GET "/rest/samraad/1.0/actions/$ACTION_ID"); fi
            if [[ $council == 404 && $action == 404 ]]; then
                pass "the council and its action item went with the space"
            else
                fail "after the space removal the council answers $council and the action item $action (expected 404)"
            fi
        else
            fail "space $SPACE_KEY still there after 2 minutes"
        fi
    else
        fail "removing space $SPACE_KEY answered $status: $(head -c 300 "$WORK/body")"
    fi
fi
manual "user removal: add a throw-away user as a member (GET $API/councils/<id>/members shows them), delete the user in User management, and the member's name and contact details are gone from that list"

if [[ $SPACE_CREATED == 1 && ${SAMRAAD_SMOKE_KEEP:-0} != 1 ]]; then
    echo "note: space $SPACE_KEY is still there; delete it by hand"
fi
if [[ $FAILURES -eq 0 ]]; then
    echo "All automatic checks passed; now the MANUAL lines."
else
    echo "$FAILURES automatic check(s) failed."
    exit 1
fi
