package org.samraad.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberEntity;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostPermissionManager.Grant;
import org.samraad.platform.ReaderDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invented demo data, seeded once into an empty database: a public council space (UDS, "Udsatterådet
 * Nordby"; Nordby is an invented town) and a restricted secretariat space (INT). The council itself is created
 * through the plugin's REST API as admin, as a person would; members, meetings, actions and hearings go in
 * through Active Objects until the plugin has REST resources for them. Each step runs once (recorded in the
 * host store); a step that could not run yet, such as the council before its REST resource exists, is retried
 * on the next start.
 */
final class DemoSeed {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
    static final String PUBLIC_SPACE = "UDS";
    static final String INTERNAL_SPACE = "INT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevHost host;
    private final HostStore store;

    DemoSeed(DevHost host) {
        this.host = host;
        this.store = host.store();
    }

    void run() {
        if (!store.isSeeded("spaces") && store.spaces().isEmpty()) {
            seedSpaces();
            store.markSeeded("spaces");
        }
        if (!store.isSeeded("spaces")) {
            return; // a database that was not empty at first start is left alone
        }
        if (!store.isSeeded("council")) {
            Integer councilId = createCouncilThroughRest();
            if (councilId == null) {
                return;
            }
            store.markSeeded("council");
            seedCouncilRows(councilId);
            store.markSeeded("council-rows");
        }
        // meetings seed (issue 4)
        if (store.isSeeded("council-rows") && !store.isSeeded("meetings")) {
            seedMeetingPages();
            store.markSeeded("meetings");
        }
    }

    private void seedSpaces() {
        store.createSpace(PUBLIC_SPACE, "Udsatterådet Nordby");
        store.createSpace(INTERNAL_SPACE, "Sekretariatet (internal)");
        for (Grant grant : Grant.values()) {
            grantBoth(DemoUsers.ADMIN.getKey().getStringValue(), grant);
            grantBoth(DemoUsers.SECRETARY.getKey().getStringValue(), grant);
        }
        store.grant(PUBLIC_SPACE, DemoUsers.MEMBER.getKey().getStringValue(), Grant.EDIT.name());
        store.grant(PUBLIC_SPACE, DemoUsers.MEMBER.getKey().getStringValue(), Grant.VIEW.name());
        store.grant(PUBLIC_SPACE, DemoUsers.READER.getKey().getStringValue(), Grant.VIEW.name());
        store.grant(PUBLIC_SPACE, null, Grant.VIEW.name()); // anonymous

        String admin = DemoUsers.ADMIN.getKey().getStringValue();
        long publicHome = store.createPage(PUBLIC_SPACE, "Udsatterådet Nordby", """
                <p>Velkommen til Udsatterådet i Nordby. Rådet giver socialt udsatte borgere en stemme over for \
                kommunen.</p>
                <ac:structured-macro ac:name="samraad-getting-started" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-council" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-members" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-annual-plan" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-actions" ac:schema-version="1">\
                <ac:parameter ac:name="sort">organisation</ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="samraad-hearings" ac:schema-version="1"/>
                """, admin).id();
        store.setHomePage(PUBLIC_SPACE, publicHome);
        store.createPage(PUBLIC_SPACE, "Om rådet", """
                <h2>Hvem er vi?</h2>
                <p>Rådet består af brugere, frivillige og fagpersoner.&nbsp;Alle navne på dette site er opdigtede.</p>
                """, admin);
        store.createPage(PUBLIC_SPACE, "Tilbudsoversigt", """
                <p>Hvad tilbyder organisationerne omkring rådet, og til hvem?</p>
                <ac:structured-macro ac:name="samraad-organisations" ac:schema-version="1"/>
                """, admin);
        long internalHome = store.createPage(INTERNAL_SPACE, "Sekretariatet", """
                <p>Internal notes of the secretariat. Only the secretary and the administrator can read this space.</p>
                <ac:structured-macro ac:name="samraad-council" ac:schema-version="1">\
                <ac:parameter ac:name="council">1</ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="samraad-actions" ac:schema-version="1">\
                <ac:parameter ac:name="councils">all</ac:parameter></ac:structured-macro>
                """, admin).id();
        store.setHomePage(INTERNAL_SPACE, internalHome);
        LOG.info("Seeded demo spaces {} and {}", PUBLIC_SPACE, INTERNAL_SPACE);
    }

    private void grantBoth(String userKey, Grant grant) {
        store.grant(PUBLIC_SPACE, userKey, grant.name());
        store.grant(INTERNAL_SPACE, userKey, grant.name());
    }

    /** POST /rest/samraad/1.0/councils as admin; null (and retried next start) if the API is not there yet. */
    private Integer createCouncilThroughRest() {
        JsonNode council = postAsAdmin("/councils", JSON.createObjectNode()
                .put("spaceKey", PUBLIC_SPACE)
                .put("name", "Udsatterådet Nordby")
                .put("kind", "SOCIAL_COUNCIL")
                .put("purpose", "Rådet rådgiver byrådet om forhold for socialt udsatte borgere i Nordby.\n\n"
                        + "Rådet holder dialogmøder med brugere og frivillige og afgiver høringssvar."));
        if (council == null) {
            return null;
        }
        LOG.info("Seeded demo council {} through the REST API", council.get("id").asInt());
        return council.get("id").asInt();
    }

    /** The plugin's own API does the seeding wherever it exists, so the seed obeys the plugin's rules. */
    private JsonNode postAsAdmin(String path, ObjectNode body) {
        return sendAsAdmin("POST", path, body);
    }

    private JsonNode sendAsAdmin(String method, String path, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/rest/samraad/1.0" + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                LOG.warn("Demo data not created: {} {} answered {} {}", method, path, response.statusCode(), response.body());
                return null;
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            LOG.warn("Demo data not created: {} {}: {}", method, path, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // meetings seed (issue 4)
    /**
     * Two meeting pages with their meetings, through the REST API as the admin: one held a month ago with approved
     * minutes, one coming up. The page is created first and the meeting records its id, as the blueprint does.
     */
    private void seedMeetingPages() {
        String admin = DemoUsers.ADMIN.getKey().getStringValue();
        int councilId = host.activeObjects().find(org.samraad.council.CouncilEntity.class, "SPACE_KEY = ?",
                PUBLIC_SPACE)[0].getID();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String body = """
                <ac:structured-macro ac:name="samraad-meeting" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-agenda-requests" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-attendance" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-agenda" ac:schema-version="1"><ac:parameter ac:name="view">auto</ac:parameter></ac:structured-macro>
                """; // meeting walk seed (issue 4): the meeting blueprint's page
        // titled as the Meeting page blueprint titles them (MeetingTitles): the day in the council's words
        ReaderDates danish = ReaderDates.of(Locale.forLanguageTag("da"));
        long heldPage = store.createPage(PUBLIC_SPACE, "Udsatterådet Nordby – møde " + danish.day(today.minusDays(30)),
                body, admin).id();
        long nextPage = store.createPage(PUBLIC_SPACE, "Udsatterådet Nordby – møde " + danish.day(today.plusDays(35)),
                body, admin).id();
        JsonNode held = postAsAdmin("/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", today.minusDays(30).toString()).put("startTime", "17:00")
                .put("endTime", "19:00").put("place", "Medborgerhuset, Torvet 3, Nordby").put("openToPublic", true)
                .put("pageId", heldPage));
        postAsAdmin("/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", today.plusDays(35).toString()).put("startTime", "17:00")
                .put("endTime", "19:00").put("place", "Medborgerhuset, Torvet 3, Nordby").put("openToPublic", true)
                .put("pageId", nextPage));
        // meeting walk seed (issue 4)
        if (held != null) {
            seedHeldMeeting(councilId, held.get("id").asInt());
        }
        if (held != null) {
            String transition = "/meetings/" + held.get("id").asInt() + "/transition";
            postAsAdmin(transition, JSON.createObjectNode().put("to", "HELD").put("version", 0));
            // the demo minutes are complete; confirm anyway, so a seed change never leaves them unapproved
            postAsAdmin(transition, JSON.createObjectNode().put("to", "MINUTES_APPROVED").put("version", 1)
                    .put("confirm", true));
        }
        LOG.info("Seeded demo meeting pages {} and {}", heldPage, nextPage);
    }

    // meeting walk seed (issue 4)
    /**
     * The held meeting as a complete example, through the REST API: an item of every kind after the standing ones,
     * attachments (one closed), a closed case, decisions and a dissent; attendance with an apology, a substitute in a
     * member's place and a guest. Runs before the minutes are approved, as a secretary would work.
     */
    private void seedHeldMeeting(int councilId, int meetingId) {
        String agenda = "/meetings/" + meetingId + "/agenda";
        postAsAdmin(agenda, item("Orientering fra formanden", "INFORMATION", 10, false)
                .put("casePresentation", "Formanden orienterer om mødet med byrådets socialudvalg.")
                .put("easyRead", "Formanden fortæller, hvad byrådet har sagt."));
        ObjectNode budget = item("Tilskud til natcaféen", "DECISION", 30, false)
                .put("presenterName", "Karin Holm")
                .put("casePresentation", "Natcaféen mangler penge til vinterens åbningsaftener.")
                .put("recommendation", "Rådet anbefaler byrådet at give et tilskud på 50.000 kr.")
                .put("decision", "Rådet anbefaler et tilskud på 50.000 kr.")
                .put("dissent", "Jonas Bech stemte imod: pengene bør gå til gadeplansarbejdet.")
                .put("easyRead", "Rådet vil have, at natcaféen får flere penge.");
        budget.putArray("attachments")
                .add(JSON.createObjectNode().put("title", "Budgetnotat").put("url", "https://nordby.example/budget.pdf"))
                .add(JSON.createObjectNode().put("title", "Lønbilag").put("url", "https://nordby.example/loen.pdf")
                        .put("closed", true));
        postAsAdmin(agenda, budget);
        postAsAdmin(agenda, item("Væresteder om vinteren", "DISCUSSION", 20, false)
                .put("presenterName", "Leila Nour")
                .put("decision", "Rådet tager emnet op igen på næste møde."));
        postAsAdmin(agenda, item("Sag om en borgers bolig", "DISCUSSION", 15, true)
                .put("casePresentation", "Fortrolig sag, behandlet for lukkede døre."));
        postAsAdmin(agenda, item("Høring om boligsocial strategi", "HEARING", 20, false)
                .put("decision", "Rådet afgiver høringssvar inden fristen."));

        JsonNode sofie = postAsAdmin("/councils/" + councilId + "/members", JSON.createObjectNode()
                .put("role", "SUBSTITUTE").put("name", "Sofie Lund").put("publishConsent", true)
                .put("email", "sofie.lund@nordby.example")
                .put("termStart", LocalDate.now().minusYears(1).toString())
                .put("termEnd", LocalDate.now().plusYears(3).toString()));
        Map<String, Integer> members = new HashMap<>();
        for (MemberEntity member : host.activeObjects().find(MemberEntity.class, "COUNCIL_ID = ?", councilId)) {
            members.put(member.getName(), member.getID());
        }
        ObjectNode attendance = JSON.createObjectNode().put("version", 0);
        attendance.putArray("lines")
                .add(line(members.get("Karin Holm"), "PRESENT"))
                .add(line(members.get("Jonas Bech"), "PRESENT"))
                .add(line(members.get("Leila Nour"), "APOLOGIES"))
                .add(line(members.get("Per Ravn"), "SUBSTITUTE_ATTENDED").put("substituteId", id(sofie)))
                .add(JSON.createObjectNode().put("status", "GUEST").put("name", "Maria Jensen"));
        sendAsAdmin("PUT", "/meetings/" + meetingId + "/attendance", attendance);
    }

    private static ObjectNode item(String title, String kind, int minutes, boolean closed) {
        return JSON.createObjectNode().put("title", title).put("kind", kind).put("durationMinutes", minutes)
                .put("closed", closed);
    }

    private static ObjectNode line(Integer memberId, String status) {
        return JSON.createObjectNode().put("memberId", memberId).put("status", status);
    }

    private void seedCouncilRows(int councilId) {
        seedDirectoryAndMembers(councilId);
        ActiveObjects ao = host.activeObjects();
        ao.executeInTransaction(() -> {
            action(ao, councilId, "Indhent tal for hjemløshed i Nordby", "OPEN", daysFromNow(14));
            action(ao, councilId, "Inviter natcaféen til næste møde", "IN_PROGRESS", daysFromNow(7));
            action(ao, councilId, "Send referat til byrådet", "DONE", daysFromNow(-30));
            // actions seed (issue 5): owned by the demo member and due soon, so "Run now" on the reminder job
            // at /devhost/jobs puts a digest in the outbox
            memberAction(ao, councilId, "Book lokale til temadagen om bolig", daysFromNow(2));

            return null;
        });
        seedThemeDayAndHearings(councilId);
        LOG.info("Seeded demo members, meetings, actions and hearings for council {}", councilId);
    }

    /**
     * A theme day planned without a page yet, and two hearings through the REST API with their workflow: one being
     * drafted by the secretary, one answered before its deadline.
     */
    private void seedThemeDayAndHearings(int councilId) {
        LocalDate today = LocalDate.now(CouncilZone.COPENHAGEN);
        postAsAdmin("/councils/" + councilId + "/meetings", JSON.createObjectNode().put("kind", "THEME_DAY")
                .put("date", today.plusDays(60).toString()).put("startTime", "10:00").put("endTime", "15:00")
                .put("place", "Medborgerhuset, Torvet 3, Nordby").put("title", "Temadag om bolig"));
        String secretary = DemoUsers.SECRETARY.getKey().getStringValue();
        JsonNode drafting = postAsAdmin("/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Forslag til ny boligsocial strategi")
                .put("issuingBody", "Nordby Kommune, Social- og Sundhedsudvalget").put("reference", "26-0412")
                .put("receivedOn", today.minusDays(10).toString()).put("deadline", today.plusDays(18).toString())
                .put("responsibleUserKey", secretary)
                .put("summary", "Kommunen vil samle indsatsen mod hjemløshed i én strategi."));
        moveHearing(drafting, "DRAFTING");
        JsonNode answered = postAsAdmin("/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Budget for socialområdet").put("issuingBody", "Nordby Kommune, Økonomiudvalget")
                .put("reference", "26-0107").put("receivedOn", today.minusDays(50).toString())
                .put("deadline", today.minusDays(20).toString()).put("responsibleUserKey", secretary));
        for (String step : new String[] {"DRAFTING", "COUNCIL_REVIEW", "APPROVED"}) {
            answered = moveHearing(answered, step);
        }
        if (answered != null) {
            postAsAdmin("/hearings/" + answered.get("id").asInt() + "/transition", JSON.createObjectNode()
                    .put("to", "SUBMITTED").put("submittedOn", today.minusDays(22).toString())
                    .put("version", answered.get("version").asInt()));
        }
    }

    private JsonNode moveHearing(JsonNode hearing, String to) {
        if (hearing == null) {
            return null;
        }
        return postAsAdmin("/hearings/" + hearing.get("id").asInt() + "/transition", JSON.createObjectNode()
                .put("to", to).put("version", hearing.get("version").asInt()));
    }

    /** Organisations, seats and members (one seat left vacant, one name not published), all through the REST API. */
    private void seedDirectoryAndMembers(int councilId) {
        Integer natcafe = id(postAsAdmin("/organisations", organisation("Natcaféen Nordby", "VOLUNTARY_ORGANISATION",
                "Varm mad, samtale og et sted at være om natten.", "Hjemløse og andre, der har brug for et fristed.")));
        Integer users = id(postAsAdmin("/organisations", organisation("Brugerforeningen Nordby", "USER_ORGANISATION",
                "Rådgivning om rettigheder og bisidning ved møder med kommunen.", "Borgere med misbrug eller psykisk sårbarhed.")));
        id(postAsAdmin("/organisations", organisation("Nordby Kommune, Socialafdelingen", "MUNICIPAL_DEPARTMENT",
                "Bostøtte, væresteder og gadeplansarbejde.", "Socialt udsatte borgere i Nordby.")));
        String seats = "/councils/" + councilId + "/seats";
        Integer political = id(postAsAdmin(seats, seat("POLITICAL", "Valgt af byrådet", 2, null)));
        Integer userSeat = id(postAsAdmin(seats, seat("USER", "Brugerrepræsentanter", 2, null)));
        Integer organisationSeat = id(postAsAdmin(seats, seat("USER_ORGANISATION", "Brugerforeningen", 1, users)));
        Integer staff = id(postAsAdmin(seats, seat("STAFF", "Medarbejdere", 1, null)));
        String members = "/councils/" + councilId + "/members";
        postAsAdmin(members, person("CHAIR", null, "Karin Holm", political, null, true));
        postAsAdmin(members, person("VICE_CHAIR", DemoUsers.MEMBER.getKey().getStringValue(), null, userSeat, null, true));
        postAsAdmin(members, person("MEMBER", null, "Jonas Bech", political, null, true));
        postAsAdmin(members, person("MEMBER", null, "Leila Nour", userSeat, null, false));
        postAsAdmin(members, person("MEMBER", null, "Per Ravn", staff, natcafe, true));
        postAsAdmin(members, person("SECRETARY", DemoUsers.SECRETARY.getKey().getStringValue(), null, null, null, true));
        LOG.info("Seeded demo organisations, seats and members (seat {} left vacant) through the REST API", organisationSeat);
    }

    private static ObjectNode organisation(String name, String kind, String offers, String targetGroup) {
        return JSON.createObjectNode().put("spaceKey", PUBLIC_SPACE).put("name", name).put("kind", kind)
                .put("offers", offers).put("targetGroup", targetGroup);
    }

    private static ObjectNode seat(String group, String label, int required, Integer organisationId) {
        ObjectNode seat = JSON.createObjectNode().put("group", group).put("label", label).put("requiredCount", required);
        return organisationId == null ? seat : seat.put("organisationId", organisationId);
    }

    private static ObjectNode person(String role, String userKey, String name, Integer seatId, Integer organisationId,
            boolean consent) {
        ObjectNode member = JSON.createObjectNode().put("role", role).put("publishConsent", consent)
                .put("termStart", LocalDate.now().minusYears(1).toString())
                .put("termEnd", LocalDate.now().plusYears(3).toString());
        if (userKey != null) {
            member.put("userKey", userKey);
        } else {
            member.put("name", name).put("email", name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@nordby.example");
        }
        if (seatId != null) {
            member.put("seatId", seatId);
        }
        if (organisationId != null) {
            member.put("organisationId", organisationId);
        }
        return member;
    }

    private static Integer id(JsonNode created) {
        return created == null ? null : created.get("id").asInt();
    }


    private static void action(ActiveObjects ao, int councilId, String title, String status, Date due) {
        Map<String, Object> row = row("COUNCIL_ID", councilId, "TITLE", title);
        row.put("STATUS", status);
        row.put("DUE_DATE", due);
        Date now = new Date();
        row.put("CREATED_AT", now);
        row.put("UPDATED_AT", now);
        row.put("CREATED_BY", DemoUsers.SECRETARY.getKey().getStringValue());
        ao.create(ActionItemEntity.class, row);
    }

    // actions seed (issue 5)
    private static void memberAction(ActiveObjects ao, int councilId, String title, Date due) {
        action(ao, councilId, title, "OPEN", due);
        ActionItemEntity[] rows = ao.find(ActionItemEntity.class, "COUNCIL_ID = ? AND TITLE = ?", councilId, title);
        rows[0].setOwnerUserKey(DemoUsers.MEMBER.getKey().getStringValue());
        rows[0].save();
    }


    private static Map<String, Object> row(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> row = new HashMap<>();
        row.put(k1, v1);
        row.put(k2, v2);
        return row;
    }

    private static Date daysFromNow(int days) {
        return Date.from(LocalDate.now().plusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
