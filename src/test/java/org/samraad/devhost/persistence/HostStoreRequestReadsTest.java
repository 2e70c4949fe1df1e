package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.services.RequestContext;

/**
 * The host's reads that Confluence serves from memory (a space, a space's grants, a page, a page's restrictions)
 * are remembered for one HTTP request, so a page view's many permission checks ask the database once each: a
 * space's grants to everyone are read together, as a register checks each owner it would mail. A write
 * in the request is seen at once; another request's write is seen by the next request; outside an HTTP request
 * (start-up, jobs, tests binding a user) every read asks the database.
 */
public class HostStoreRequestReadsTest {
    private HostDatabase database;
    private HostStore store;

    @Before
    public void openTheStore() throws Exception {
        database = HostDatabase.open(HostDatabaseSettings.hsqlFile(Files.createTempDirectory("host-store")),
                "org.samraad.reads");
        store = new HostStore(database);
        store.createTables();
        store.createSpace("UDS", "Udsatterådet");
    }

    @After
    public void closeIt() {
        database.close();
    }

    @Test
    public void aRequestReadsAUsersGrantsOnceAndNotAnotherRequestsWriteMeanwhile() throws Exception {
        try (RequestContext.Binding request = RequestContext.bindRequest(null, null)) {
            assertEquals(Set.of(), store.permissions("UDS", "reader"));
            elsewhere(() -> store.grant("UDS", "reader", "VIEW"));

            assertEquals("remembered for the rest of the request", Set.of(), store.permissions("UDS", "reader"));
        }
        try (RequestContext.Binding next = RequestContext.bindRequest(null, null)) {
            assertEquals("the next request reads again", Set.of("VIEW"), store.permissions("UDS", "reader"));
        }
    }

    @Test
    public void aRequestReadsTheGrantsOfEveryoneInASpaceAtOnce() throws Exception {
        store.grant("UDS", "secretary", "EDIT");
        try (RequestContext.Binding request = RequestContext.bindRequest(null, null)) {
            assertEquals(Set.of(), store.permissions("UDS", "reader"));
            elsewhere(() -> store.grant("UDS", "member", "VIEW"));

            assertEquals("read with the reader's", Set.of(), store.permissions("UDS", "member"));
            assertEquals(Set.of("EDIT"), store.permissions("UDS", "secretary"));
        }
        try (RequestContext.Binding next = RequestContext.bindRequest(null, null)) {
            assertEquals(Set.of("VIEW"), store.permissions("UDS", "member"));
        }
    }

    @Test
    public void aRequestReadsAPageOnceAndTheNextRequestSeesAnotherRequestsSave() throws Exception {
        long id = store.createPage("UDS", "Forside", "<p>før</p>", "secretary").id();
        try (RequestContext.Binding request = RequestContext.bindRequest(null, null)) {
            assertEquals("<p>før</p>", store.page(id).orElseThrow().body());
            elsewhere(() -> store.updatePage(id, 1, "Forside", "<p>efter</p>", "secretary"));

            assertEquals("remembered for the rest of the request", "<p>før</p>", store.page(id).orElseThrow().body());
        }
        try (RequestContext.Binding next = RequestContext.bindRequest(null, null)) {
            assertEquals("<p>efter</p>", store.page(id).orElseThrow().body());
            store.updatePage(id, 2, "Forside", "<p>igen</p>", "secretary");
            assertEquals("its own save is seen at once", "<p>igen</p>", store.page(id).orElseThrow().body());
        }
    }

    @Test
    public void aPagesRestrictionsComeWithThePageInOneRead() throws Exception {
        long id = store.createPage("UDS", "Høringssvar", "<p>svar</p>", "secretary").id();
        try (RequestContext.Binding request = RequestContext.bindRequest(null, null)) {
            assertEquals("Høringssvar", store.page(id).orElseThrow().title());
            elsewhere(() -> store.restrictPage(id, java.util.List.of("secretary")));

            assertEquals("read with the page", Set.of(), store.pageViewers(id));
        }
        try (RequestContext.Binding next = RequestContext.bindRequest(null, null)) {
            assertEquals("Høringssvar", store.page(id).orElseThrow().title());
            assertEquals(Set.of("secretary"), store.pageViewers(id));
            store.restrictPage(id, java.util.List.of("secretary", "member"));
            assertEquals(Set.of("secretary", "member"), store.pageViewers(id));
            assertEquals("a restricted page is read once", "<p>svar</p>", store.page(id).orElseThrow().body());
        }
    }

    @Test
    public void aWriteInTheRequestIsSeenAtOnce() {
        try (RequestContext.Binding request = RequestContext.bindRequest(null, null)) {
            assertEquals(Set.of(), store.permissions("UDS", "member"));
            assertEquals(null, store.space("INT").orElse(null));

            store.grant("UDS", "member", "EDIT");
            store.createSpace("INT", "Internt");

            assertEquals(Set.of("EDIT"), store.permissions("UDS", "member"));
            assertEquals("Internt", store.space("INT").orElseThrow().name());
        }
    }

    @Test
    public void outsideAnHttpRequestEveryReadAsksTheDatabase() throws Exception {
        try (RequestContext.Binding user = RequestContext.bind(null, null)) {
            assertEquals(Set.of(), store.pageViewers(42L));
            elsewhere(() -> store.restrictPage(42L, java.util.List.of("secretary")));

            assertEquals(Set.of("secretary"), store.pageViewers(42L));
        }
    }

    /** On another thread, as another request would. */
    private static void elsewhere(Runnable write) throws Exception {
        CompletableFuture.runAsync(write).get();
    }
}
