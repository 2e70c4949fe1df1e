package org.samraad.council;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.samraad.testing.FakeConfluence;

/** The caller's standing from a council's member rows: the secretary role counts only while serving. */
public class MemberVisibilityViewerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Council UDS = new Council(1, "UDS", "Udsatterådet", CouncilKind.SOCIAL_COUNCIL, null, "da",
            10, 7, 14, null, 3, 0);

    private final FakeConfluence confluence = new FakeConfluence().space("UDS")
            .grant("key-secretary", Permission.EDIT, "UDS")
            .grant("key-former", Permission.EDIT, "UDS")
            .grant("key-chair", Permission.EDIT, "UDS");
    private final MemberVisibility visibility =
            new MemberVisibility(confluence.spacePermissions(), confluence.currentUser(), null, null, null);
    private final List<MemberRow> rows = List.of(
            row("key-secretary", MemberRole.SECRETARY, null),
            row("key-former", MemberRole.SECRETARY, TODAY.minusDays(1)),
            row("key-chair", MemberRole.CHAIR, null));

    @Test
    public void aServingSecretaryWhoCanEditIsTheSecretariat() {
        confluence.actAs("key-secretary");
        assertTrue(visibility.viewerOf(UDS, rows, TODAY).secretariat());
    }

    @Test
    public void aFormerSecretaryAndTheChairAreNot() {
        confluence.actAs("key-former");
        assertFalse(visibility.viewerOf(UDS, rows, TODAY).secretariat());
        confluence.actAs("key-chair");
        assertFalse(visibility.viewerOf(UDS, rows, TODAY).secretariat());
        assertTrue("the chair is still an insider", visibility.viewerOf(UDS, rows, TODAY).insider());
    }

    private static MemberRow row(String userKey, MemberRole role, LocalDate termEnd) {
        return new MemberRow(1, 1, userKey, null, role, null, null, null, null, null, termEnd, false, true, null, null,
                null, null, null, 0);
    }
}
