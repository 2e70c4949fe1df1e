package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.samraad.council.CouncilKind;
import org.samraad.testing.FakeUserDirectory;

public class ValidationTest {
    @Test
    public void allProblemsOfOneInputAreReportedTogether() {
        try {
            new Validation()
                    .required("name", "  ")
                    .maxLength("place", "x".repeat(256), 255)
                    .oneOf("kind", "parliament", CouncilKind.class)
                    .throwIfInvalid();
            fail("expected a validation error");
        } catch (ValidationException e) {
            assertEquals(List.of(
                    FieldError.of("name", "samraad.error.required"),
                    FieldError.of("place", "samraad.error.too-long", 255),
                    FieldError.of("kind", "samraad.error.invalid-choice")), e.errors());
            assertEquals(400, e.status());
        }
    }

    @Test
    public void aValueAtTheLimitPasses() {
        new Validation().required("name", "n").maxLength("name", "x".repeat(255), 255).throwIfInvalid();
    }

    @Test
    public void enumValuesAreAcceptedInAnyCaseWithDashesOrUnderscores() {
        assertEquals(CouncilKind.SOCIAL_COUNCIL, Validation.parse("social-council", CouncilKind.class));
        assertEquals(CouncilKind.SOCIAL_COUNCIL, Validation.parse(" SOCIAL_COUNCIL ", CouncilKind.class));
        assertNull(Validation.parse("SOCIAL COUNCIL", CouncilKind.class));
        assertNull(Validation.parse(null, CouncilKind.class));
    }

    @Test
    public void aUserKeyMustNameAUserConfluenceStillKnowsUnderOneMessageForEveryField() {
        FakeUserDirectory users = new FakeUserDirectory(Map.of("key-maria", "Maria Hansen"));
        Validation validation = new Validation()
                .existingUser("ownerUserKey", "key-maria", users)
                .existingUser("presenterUserKey", "key-removed", users)
                .existingUser("userKey", null, users)
                .line("responsibleUserKey", "a\nb", 255)
                .existingUser("responsibleUserKey", "a\nb", users);
        try {
            validation.throwIfInvalid();
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of(FieldError.of("presenterUserKey", "samraad.error.unknown-user"),
                    FieldError.of("responsibleUserKey", "samraad.error.single-line")), e.errors());
        }
    }

    @Test
    public void aPersonIsAConfluenceUserOrANameNeverBothUnderOneMessageForEveryField() {
        Validation validation = new Validation()
                .userOrName("ownerName", "key-maria", "Maria")
                .userOrName("presenterName", "key-maria", null)
                .userOrName("responsibleName", " ", "Maria");
        try {
            validation.throwIfInvalid();
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of(FieldError.of("ownerName", "samraad.error.user-or-name")), e.errors());
        }
    }
}
