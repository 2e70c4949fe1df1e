package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The REST v2 access annotations, HTTP Basic and the XSRF rules, over real HTTP against the fixture plugin. */
public class RestSecurityTest {
    private static final String ACCESS = "/rest/fixture/1.0/access/";
    private static DevHost host;
    private static Http http;

    @BeforeClass
    public static void startHost() throws Exception {
        host = FixtureHost.start();
        http = Http.to(host);
    }

    @AfterClass
    public static void stopHost() {
        host.close();
    }

    private int status(String user, String endpoint) {
        return http.get(user, ACCESS + endpoint).status();
    }

    @Test
    public void unrestrictedAndAnonymousSiteAccessLetEveryoneIn() {
        for (String endpoint : new String[] {"unrestricted", "anonymous"}) {
            assertEquals(200, status(null, endpoint));
            assertEquals(200, status("reader", endpoint));
        }
    }

    @Test
    public void licensedAndUnlicensedSiteAccessNeedALogin() {
        for (String endpoint : new String[] {"licensed", "unlicensed"}) {
            assertEquals(401, status(null, endpoint));
            assertEquals(200, status("reader", endpoint));
        }
    }

    @Test
    public void adminOnlyAndSystemAdminOnlyAreForbiddenToOtherUsersAndNeedALoginFirst() {
        for (String endpoint : new String[] {"admin", "sysadmin"}) {
            assertEquals(401, status(null, endpoint));
            assertEquals(403, status("secretary", endpoint));
            assertEquals(200, status("admin", endpoint));
        }
    }

    @Test
    public void aMethodWithoutAnnotationIsTreatedAsLicensedOnly() {
        assertEquals(401, status(null, "unannotated"));
        assertEquals(200, status("member", "unannotated"));
    }

    @Test
    public void refusalsAreJson() {
        Http.Reply reply = http.get(null, ACCESS + "licensed");
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        assertEquals("{\"status\":401,\"message\":\"Client must be authenticated to access this resource.\"}", reply.body());
    }

    @Test
    public void aWrongPasswordIsA401NotAnonymousAccess() {
        Http.Reply reply = http.get("admin:nope", ACCESS + "unrestricted");
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, http.get("nobody:nobody", ACCESS + "unrestricted").status());
    }

    @Test
    public void basicAuthenticationMakesTheUserTheRemoteUserByKeyNotName() {
        String body = http.get("secretary", ACCESS + "anonymous").body();
        assertTrue(body, body.contains("\"userKey\":\"" + FixtureHost.key("secretary") + "\""));
        assertTrue(http.get(null, ACCESS + "anonymous").body().contains("\"userKey\":null"));
    }

    @Test
    public void theCallersLanguageComesFromAcceptLanguage() {
        assertTrue(http.get("reader", ACCESS + "anonymous", "da-DK,da;q=0.9").body().contains("Hej Ada, det er fixturen"));
        assertTrue(http.get("reader", ACCESS + "anonymous", "en").body().contains("Hello Ada, it's the fixture"));
    }

    @Test
    public void aFormPostWithoutTheNoCheckHeaderFailsTheXsrfCheck() {
        Http.Reply reply = http.post("member", ACCESS + "form", "application/x-www-form-urlencoded", "a=b");
        assertEquals(403, reply.status());
        assertEquals("{\"status\":403,\"message\":\"XSRF check failed\"}", reply.body());
        assertEquals(403, http.post("member", ACCESS + "form", "text/plain", "x").status());
        assertEquals(403, http.post("member", ACCESS + "form", "multipart/form-data; boundary=x", "--x--").status());
        assertEquals(403, http.post("member", ACCESS + "form", null, null).status());
    }

    @Test
    public void theNoCheckHeaderLetsAScriptedFormPostThrough() {
        assertEquals(200, http.post("member", ACCESS + "form", "text/plain", "x", "X-Atlassian-Token", "no-check").status());
    }

    @Test
    public void aBrowserStylePostToAJsonOnlyMethodIsAnXsrfRefusalNotJust415() {
        Http.Reply reply = http.post("member", ACCESS + "json", "text/plain", "{}");
        assertEquals(403, reply.status());
        assertTrue(reply.body().contains("XSRF check failed"));
    }

    @Test
    public void aJsonPostNeedsNoToken() {
        Http.Reply reply = http.post("member", ACCESS + "json", "application/json", "{\"a\":1}");
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("\"received\":{\"a\":1}"));
    }

    @Test
    public void thePluginsOwnJsonErrorMapperWinsOverJacksons() {
        Http.Reply reply = http.post("member", "/rest/fixture/1.0/notes", "application/json", "{not json");
        assertEquals(400, reply.status());
        assertEquals("{\"fixture\":\"malformed\"}", reply.body());
    }

    @Test
    public void theApiIsAlsoServedUnderLatest() {
        assertEquals(200, http.get(null, "/rest/fixture/latest/access/anonymous").status());
        assertEquals(404, http.get(null, "/rest/fixture/2.0/access/anonymous").status());
    }
}
