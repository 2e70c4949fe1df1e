package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * A council's publication page (where published minutes get a page of their own): a page the space administrator
 * setting it may edit, kept until it is changed, removed with 0; any other page is a field error.
 */
public class CouncilPublicationPageTest extends AoTestSupport {
    private static final String ADMIN = "key-admin";
    private static final long PUBLIC_PAGE = 3100L;
    private static final long LOCKED_PAGE = 3200L;

    private CouncilService councils;
    private Council council;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("INT").space("PUB").space("OTHER")
                .grant(ADMIN, Permission.ADMINISTER, "INT")
                .grant(ADMIN, Permission.EDIT, "PUB")
                .grant(ADMIN, Permission.VIEW, "OTHER")
                .page(PUBLIC_PAGE, "PUB").page(LOCKED_PAGE, "OTHER")
                .actAs(ADMIN);
        councils = plugin().confluence(confluence).users(confluence).start().get(CouncilService.class);
        council = councils.create(new CouncilInput("INT", "Dialogforum", "DIALOGUE_FORUM", null, null));
    }

    @Test
    public void aPageTheAdministratorMayEditIsKeptUntilItIsRemovedWithZero() {
        Council set = councils.update(council.id(), settings(PUBLIC_PAGE, 0));
        assertEquals(Long.valueOf(PUBLIC_PAGE), set.publicationPageId());

        Council kept = councils.update(council.id(), settings(null, set.version()));
        assertEquals("left out, the setting stays", Long.valueOf(PUBLIC_PAGE), kept.publicationPageId());

        Council removed = councils.update(council.id(), settings(0L, kept.version()));
        assertNull(removed.publicationPageId());
    }

    @Test
    public void aPageTheAdministratorMayOnlyViewOrThatDoesNotExistIsAFieldError() {
        for (long page : new long[] {LOCKED_PAGE, 99_999L, -5L}) {
            ValidationException e = expectValidation(() -> councils.update(council.id(), settings(page, 0)));

            assertEquals(List.of("publicationPageId|samraad.council.error.publication-page"),
                    e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).toList());
        }
        assertNull(councils.get(council.id()).publicationPageId());
    }

    private static CouncilInput settings(Long publicationPageId, int version) {
        return new CouncilInput(null, "Dialogforum", "DIALOGUE_FORUM", null, null, null, null, null, null, null, null,
                null, publicationPageId, version);
    }
}
