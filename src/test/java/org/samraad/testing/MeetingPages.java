package org.samraad.testing;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.samraad.testing.HttpApi.Reply;

/**
 * A meeting page on the shared dev host made as a secretary would, over the REST API: a page in the demo space UDS
 * with the agenda macro, a meeting planned on it, items added, the agenda published. Remove the meeting with
 * {@code DELETE /meetings/{id}} (allowed until the minutes are approved).
 */
public final class MeetingPages {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MeetingPages() {}

    /** The page and its meeting, with the meeting's version after the last change. */
    public record MeetingPage(long pageId, int meetingId, int version) {}

    /** A planned meeting on a new page, without items beyond the standing ones. */
    public static MeetingPage plan(HttpApi api, int councilId, String title) {
        long page = SharedDevHost.host().createPage("UDS", title,
                "<p>Mødeside.</p><ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"view\">auto</ac:parameter></ac:structured-macro>");
        Reply planned = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", "2099-05-12").put("startTime", "17:00").put("pageId", page)
                .toString());
        assertEquals(planned.text(), 201, planned.status());
        return new MeetingPage(page, planned.json().get("id").asInt(), planned.json().get("version").asInt());
    }

    /** An agenda item as the REST API takes it. */
    public static ObjectNode item(String title) {
        return JSON.createObjectNode().put("title", title).put("kind", "DISCUSSION").put("durationMinutes", 10);
    }

    public static void add(HttpApi api, MeetingPage meeting, ObjectNode item) {
        Reply added = api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/agenda", item.toString());
        assertEquals(added.text(), 201, added.status());
    }

    public static MeetingPage publishAgenda(HttpApi api, MeetingPage meeting) {
        Reply published = api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/transition",
                JSON.createObjectNode().put("to", "AGENDA_PUBLISHED").put("version", meeting.version()).toString());
        assertEquals(published.text(), 200, published.status());
        return new MeetingPage(meeting.pageId(), meeting.meetingId(), published.json().get("version").asInt());
    }

    /** A word no other page has, so tests sharing the host cannot find each other's pages by it. */
    public static String word(String stem) {
        return stem + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36)
                .replaceAll("\\d", "x");
    }

    public static void remove(HttpApi api, MeetingPage meeting) {
        api.delete("secretary", API + "/meetings/" + meeting.meetingId());
    }
}
