package org.samraad.platform;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;

public class UserNamesTest {
    private final I18n i18n = new FakeConfluence().i18n(new HostI18nResolver(List.of("i18n.samraad")));
    private final UserNames names = new UserNames(
            new FakeUserDirectory(Map.of("key-maria", "Maria Hansen", "key-nameless", " ")), i18n);

    @Test
    public void aUserIsShownUnderTheirCurrentFullName() {
        assertEquals("Maria Hansen", names.fullName("key-maria"));
    }

    @Test
    public void aRemovedUserAUserWithoutANameAndNoKeyAreAllAnUnknownUser() {
        assertEquals("Unknown user", names.fullName("key-removed"));
        assertEquals("Unknown user", names.fullName("key-nameless"));
        assertEquals("Unknown user", names.fullName(null));
        assertEquals("Unknown user", UserNames.unknown(i18n));
    }
}
