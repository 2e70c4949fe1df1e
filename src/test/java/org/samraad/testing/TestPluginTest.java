package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilInput;
import org.samraad.council.CouncilService;
import org.samraad.hearing.HearingMinutesListener;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.TimeSource;

/** The test assembly: the plugin's own wiring, over what each test gives it. */
public class TestPluginTest extends AoTestSupport {
    private static final Instant THEN = Instant.parse("2031-02-03T04:05:06Z");

    @Test
    public void theServicesComeFromTheContainerOverThisTestsConfluenceClockAndDatabase() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant("key-admin", Permission.ADMINISTER, "UDS")
                .actAs("key-admin");
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of("key-admin", "Ada Admin")).clock(() -> THEN)
                .start();

        assertEquals(Optional.of("key-admin"), plugin.get(CurrentUser.class).userKey());
        assertEquals("the test's clock, not the system's", THEN, plugin.get(TimeSource.class).now());
        assertSame("one bean per type, as in the plugin", plugin.get(CouncilService.class),
                plugin.get(CouncilService.class));
        int created = sql.count(() -> plugin.get(CouncilService.class)
                .create(new CouncilInput("UDS", "Udsatterådet", "SOCIAL_COUNCIL", null, null)));
        assertTrue("statements through AO and raw SQL are counted: " + created, created > 0);
        assertEquals(1, ao.count(CouncilEntity.class));
    }

    @Test
    public void thePluginStartedLastIsTheOneItsBeansReach() {
        plugin().confluence(new FakeConfluence().actAs("key-first")).start();
        TestPlugin second = plugin().confluence(new FakeConfluence().actAs("key-second")).start();

        assertEquals(Optional.of("key-second"), second.get(CurrentUser.class).userKey());
    }

    @Test
    public void thePluginsListenersRegisterWithEachTestsPublisher() {
        TestPlugin plugin = plugin().start();

        assertTrue(plugin.events().registered().contains(plugin.get(HearingMinutesListener.class)));
    }

    @Test
    public void theDirectoryKnowsTheTestsUsersAndWhoeverIsLoggedIn() {
        TestPlugin plugin = plugin().confluence(new FakeConfluence().actAs("key-me"))
                .users(Map.of("key-known", "Karin Kendt")).start();
        UserAccessor users = plugin.get(UserAccessor.class);

        assertEquals("Karin Kendt", users.getUserByKey(new UserKey("key-known")).getFullName());
        assertNotNull(users.getUserByKey(new UserKey("key-me")));
        assertNull(users.getUserByKey(new UserKey("key-stranger")));
    }
}
