package org.samraad.platform;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/** People saving the same thing at the same moment: exactly one save wins, the others get 409, nothing is lost. */
public class ConcurrentSavesIT {
    private static final String ORGANISATIONS = "/rest/samraad/1.0/organisations";
    private static final int EDITORS = 6;
    private final HttpApi api = SharedDevHost.api();
    private Integer organisationId;

    @After
    public void removeTheOrganisation() {
        if (organisationId != null) {
            api.delete("secretary", ORGANISATIONS + "/" + organisationId);
        }
    }

    @Test
    public void ofSixSimultaneousSavesOfTheSameVersionExactlyOneWins() throws Exception {
        Reply created = api.postJson("member", ORGANISATIONS,
                "{\"spaceKey\":\"UDS\",\"name\":\"Samtidig forening\",\"kind\":\"OTHER\"}");
        assertEquals(created.text(), 201, created.status());
        organisationId = created.json().get("id").asInt();

        List<Reply> replies = saveAtOnce(organisationId);

        List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        assertEquals("exactly one save wins: " + replies, 1, won.size());
        assertEquals("the others are told someone saved first", EDITORS - 1,
                replies.stream().filter(r -> r.status() == 409).count());
        JsonNode stored = api.get("member", ORGANISATIONS + "/" + organisationId).json();
        assertEquals(1, stored.get("version").asInt());
        assertEquals(won.get(0).json().get("name").asText(), stored.get("name").asText());
    }

    private List<Reply> saveAtOnce(int id) throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> saves = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                String body = "{\"spaceKey\":\"UDS\",\"name\":\"Navn fra redaktør " + i + "\",\"kind\":\"OTHER\",\"version\":0}";
                saves.add(editors.submit(() -> {
                    start.await();
                    return api.putJson("member", ORGANISATIONS + "/" + id, body);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> save : saves) {
                replies.add(save.get(30, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            editors.shutdownNow();
        }
    }
}
