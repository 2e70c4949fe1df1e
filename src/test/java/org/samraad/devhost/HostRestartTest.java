package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.samraad.devhost.fixture.FixtureNotes;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.testing.AtlassianNaming;

/** Data written through the plugin and the host survives a restart on the same home; transactions are shared. */
public class HostRestartTest {

    @Test
    public void pluginAndHostDataSurviveARestartOnTheSameHome() throws Exception {
        Path home = Files.createTempDirectory("devhost-restart");
        try (DevHost first = DevHost.start(FixtureHost.options(home))) {
            FixtureHost.seed(first.store());
            Http.Reply created = Http.to(first).post("member", "/rest/fixture/1.0/notes", "application/json",
                    "{\"spaceKey\":\"PUB\",\"text\":\"kept æøå\"}");
            assertEquals(created.body(), 201, created.status());
        }
        try (DevHost second = DevHost.start(FixtureHost.options(home))) {
            String notes = Http.to(second).get(null, "/rest/fixture/1.0/notes").body();
            assertTrue(notes, notes.contains("\"text\":\"kept æøå\""));
            assertTrue(Http.to(second).get(null, "/display/PUB").body().contains("Welcome"));
            assertEquals(2, second.store().spaces().size());
        }
    }

    @Test
    public void pluginSettingsAndJobRunsPersistAndOnlySalValueTypesAreAccepted() throws Exception {
        Path home = Files.createTempDirectory("devhost-settings");
        try (DevHost first = DevHost.start(FixtureHost.options(home))) {
            assertEquals("run 1", first.runJob("fixture-job").orElseThrow().getMessage());
            PluginSettings settings = first.pluginBean(PluginSettingsFactory.class).createSettingsForKey("fixture");
            settings.put("list", java.util.List.of("a", "b"));
            settings.put("map", java.util.Map.of("k", "v"));
            try {
                settings.put("number", 7);
                throw new AssertionError("SAL refuses non-string values");
            } catch (IllegalArgumentException expected) {
                // as SAL does
            }
        }
        try (DevHost second = DevHost.start(FixtureHost.options(home))) {
            assertEquals("run 2", second.runJob("fixture-job").orElseThrow().getMessage());
            PluginSettings settings = second.pluginBean(PluginSettingsFactory.class).createSettingsForKey("fixture");
            assertEquals(java.util.List.of("a", "b"), settings.get("list"));
            assertEquals(java.util.Map.of("k", "v"), settings.get("map"));
            assertTrue(second.runJob("no-such-job").isEmpty());
        }
    }

    @Test
    public void queuedMailWaitsInTheOutboxAcrossARestartAndLeavesWithARolledBackTransaction() throws Exception {
        Path home = Files.createTempDirectory("devhost-outbox");
        try (DevHost first = DevHost.start(FixtureHost.options(home))) {
            MultiQueueTaskManager queue = first.pluginBean(MultiQueueTaskManager.class);
            queue.addTask("mail", new QueuedMail("kontakt@example.org", "Påmindelse", "<p>Æ &amp; ø</p>", "text/html"));
            try {
                first.activeObjects().executeInTransaction(() -> {
                    queue.addTask("mail", new QueuedMail("x@example.org", "rolled back", "never", "text/plain"));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back, and the mail with it
            }
        }
        try (DevHost second = DevHost.start(FixtureHost.options(home))) {
            List<HostStore.OutboxMail> outbox = second.outbox();
            assertEquals(1, outbox.size());
            assertEquals("kontakt@example.org", outbox.get(0).recipient());
            assertEquals("Påmindelse", outbox.get(0).subject());
            assertEquals("<p>Æ &amp; ø</p>", outbox.get(0).body());
        }
    }

    @Test
    public void aSecondHostOnTheSameHomeIsRefusedWhileTheFirstRunsAndMayStartOnceItStopped() throws Exception {
        Path home = Files.createTempDirectory("devhost-lock");
        try (DevHost first = DevHost.start(FixtureHost.options(home))) {
            FixtureHost.seed(first.store());
            try (DevHost second = DevHost.start(FixtureHost.options(home))) {
                throw new AssertionError("two hosts on one HSQLDB home: " + second.baseUrl());
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("Another dev host is using"));
            }
            assertEquals(200, Http.to(first).get(null, "/display/PUB").status());
        }
        try (DevHost again = DevHost.start(FixtureHost.options(home))) {
            assertEquals(200, Http.to(again).get(null, "/display/PUB").status());
        }
    }

    @Test
    public void aoTablesCarryTheAtlassianPrefixOfTheDescriptorsNamespace() throws Exception {
        try (DevHost host = DevHost.start(FixtureHost.options(Files.createTempDirectory("devhost-names")))) {
            String table = AtlassianNaming.tablePrefix("org.samraad.devhost.fixture") + "_NOTE";
            assertEquals(0, host.pluginBean(FixtureNotes.class).countWithSql(table));
        }
    }

    @Test
    public void rawSqlInsideAnAoTransactionSeesItsUncommittedRowsAndARollbackRemovesThem() throws Exception {
        try (DevHost host = DevHost.start(FixtureHost.options(Files.createTempDirectory("devhost-tx")))) {
            ActiveObjects ao = host.activeObjects();
            FixtureNotes notes = host.pluginBean(FixtureNotes.class);
            String table = AtlassianNaming.tablePrefix("org.samraad.devhost.fixture") + "_NOTE";
            try {
                ao.executeInTransaction(() -> {
                    notes.create("PUB", "inside");
                    assertEquals(1, notes.countWithSql(table));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            assertEquals(0, notes.countWithSql(table));
            notes.create("PUB", "committed");
            assertEquals(1, notes.countWithSql(table));
        }
    }
}
