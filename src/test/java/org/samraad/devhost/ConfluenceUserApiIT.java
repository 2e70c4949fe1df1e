package org.samraad.devhost;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/** The host's copy of Confluence's {@code GET /rest/api/user?username=}, which the member form uses. */
public class ConfluenceUserApiIT {
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void aLoggedInCallerTurnsAUsernameIntoTheUserKey() {
        Reply reply = api.get("secretary", "/rest/api/user?username=reader");

        assertEquals(200, reply.status());
        assertEquals("8a7f8081937c5a1e01937c5a1e3a0004", reply.json().get("userKey").asText());
        assertEquals("reader", reply.json().get("username").asText());
    }

    @Test
    public void anUnknownUsernameIsNotFoundAndAnonymousCallersMustLogIn() {
        assertEquals(404, api.get("secretary", "/rest/api/user?username=nobody").status());
        assertEquals(401, api.get(null, "/rest/api/user?username=reader").status());
    }
}
