package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The host's copy of Confluence's user search behind the user pickers, {@code /rest/prototype/1/search/user.json}:
 * the shape Confluence's own pickers read, and anonymous callers refused.
 */
public class UserSearchIT {
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void partOfANameFindsThePersonWithTheirKeyAndFullName() {
        Reply reply = api.get("secretary", "/rest/prototype/1/search/user.json?query=rit&max-results=6");

        assertEquals(200, reply.status());
        JsonNode result = reply.json().get("result");
        assertEquals(1, result.size());
        JsonNode rita = result.get(0);
        assertEquals("user", rita.get("type").asText());
        assertEquals("Rita Læser", rita.get("title").asText());
        assertEquals("reader", rita.get("username").asText());
        assertEquals("8a7f8081937c5a1e01937c5a1e3a0004", rita.get("userKey").asText());
        assertTrue(rita.get("thumbnailLink").get("href").asText().startsWith("http"));
        assertEquals("alternate", rita.get("link").get(0).get("rel").asText());
        assertEquals(1, reply.json().get("totalSize").asInt());
    }

    @Test
    public void aWordInsideTheNameOrTheStartOfTheUsernameMatches() {
        assertEquals("Mads Medlem", api.get("member", "/rest/prototype/1/search/user.json?query=medl")
                .json().get("result").get(0).get("title").asText());
        assertEquals("Sofie Sekretær", api.get("member", "/rest/prototype/1/search/user.json?query=SECRET")
                .json().get("result").get(0).get("title").asText());
        assertEquals(0, api.get("secretary", "/rest/prototype/1/search/user.json?query=zz").json().get("result").size());
    }

    @Test
    public void anonymousCallersMayNotSearchForPeople() {
        assertEquals(401, api.get(null, "/rest/prototype/1/search/user.json?query=rit").status());
    }
}
