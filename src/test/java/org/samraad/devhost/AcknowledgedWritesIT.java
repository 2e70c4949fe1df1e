package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;

/**
 * Acknowledged means stored: a write the dev host answered with 2xx is still there after the host is killed
 * with SIGKILL (no shutdown hook, no checkpoint) and started again on the same home. People write at the same
 * time, and the kill comes straight after an answer while other writes are under way, as when a server dies.
 */
public class AcknowledgedWritesIT {
    private static final String ORGANISATIONS = "/rest/samraad/1.0/organisations";
    /** Each round ends in a kill; more than one, so a lost write cannot hide behind one lucky timing. */
    private static final int ROUNDS = 2;
    private static final int WRITERS = 4;
    /** How long the writers write (the first requests warm the JVM) before the next answer triggers the kill. */
    private static final long WRITING_MILLIS = 1_500;

    @Test
    public void everyWriteAnsweredWith201SurvivesASigkillDuringConcurrentWrites() throws Exception {
        Path home = Files.createTempDirectory("devhost-kill");
        DevHostProcess host = DevHostProcess.start(home, Map.of());
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                List<Reply> acknowledged = writeUntilKilled(host, round);
                assertTrue("the writers were answered before the kill", acknowledged.size() >= WRITERS);

                host = DevHostProcess.start(home, Map.of());
                HttpApi api = new HttpApi(host.baseUrl());
                List<String> lost = new ArrayList<>();
                for (Reply created : acknowledged) {
                    String name = created.json().get("name").asText();
                    Reply read = api.get("secretary", ORGANISATIONS + "/" + created.json().get("id").asInt());
                    if (read.status() != 200 || !name.equals(read.json().get("name").asText())) {
                        lost.add(name);
                    }
                }
                assertEquals("round " + round + ": of " + acknowledged.size()
                        + " organisations acknowledged before the kill, these are not stored", List.of(), lost);
            }
        } finally {
            host.close();
        }
    }

    /** The 201 replies the writers got; the first answer after the writing time kills the host at once. */
    private static List<Reply> writeUntilKilled(DevHostProcess host, int round) throws InterruptedException {
        HttpApi api = new HttpApi(host.baseUrl());
        List<Reply> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killTime = new AtomicBoolean();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger names = new AtomicInteger();
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.execute(() -> {
                while (!killed.get()) {
                    Reply created;
                    try {
                        created = api.postJson("secretary", ORGANISATIONS, "{\"spaceKey\":\"UDS\",\"name\":\"Kill "
                                + round + "." + names.incrementAndGet() + "\",\"kind\":\"OTHER\"}");
                    } catch (AssertionError connectionLost) {
                        return; // the host died with this request unanswered: not acknowledged, nothing promised
                    }
                    if (created.status() != 201) {
                        refusals.add(created.status() + " " + created.text());
                        return;
                    }
                    acknowledged.add(created);
                    if (killTime.get() && killed.compareAndSet(false, true)) {
                        host.kill(); // first, so HSQLDB gets no time to write out what it holds back
                    }
                }
            });
        }
        Thread.sleep(WRITING_MILLIS);
        killTime.set(true);
        writers.shutdown();
        assertTrue("the writers stop once the host is killed", writers.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals("every write is accepted", List.of(), refusals);
        assertTrue(killed.get());
        return new ArrayList<>(acknowledged);
    }
}
