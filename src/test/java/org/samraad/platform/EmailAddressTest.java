package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class EmailAddressTest {
    @Test
    public void internationalisedAddressesAreAccepted() {
        for (String good : List.of("jørgen@kommune.dk", "åsa.öberg@göteborg.se", "Søren.Ærø@Ærø.dk",
                "info@example.org", "frivillig+nordby@natcafe.example.org", "o'brien@example.ie", "a-b_c@x-y.example.com",
                "δοκιμή@παράδειγμα.δοκιμή", "用户@例子.广告", "info@xn--gteborg-90a.se")) {
            assertTrue(good, EmailAddress.isValid(good));
        }
    }

    @Test
    public void garbageIsStillRefused() {
        for (String bad : List.of("", "info", "info@", "@example.org", "info@example", "in fo@example.org",
                "info@example.org?subject=x", "a@b@example.org", "info@-example.org", "info..x@example.org",
                ".info@example.org", "info.@example.org", "<script>@example.org", "\"x\"@example.org",
                "info@example.org\nBcc: x@example.org", "mailto:info@example.org", "jør\u0000gen@kommune.dk",
                "jørgen@kommune\u3002dk", "jørgen\u202E@kommune.dk", "j\uD800@kommune.dk", "info@exa mple.org",
                "info@example.org.", "info@example.1", "ø".repeat(33) + "@kommune.dk",
                "a@" + ("b".repeat(62) + ".").repeat(4) + "dk")) {
            assertFalse(bad, EmailAddress.isValid(bad));
        }
        assertFalse(EmailAddress.isValid(null));
    }

    @Test
    public void validationReportsOneKeyForAWrongAddressAndTheLengthFirst() {
        ValidationException e = TextRuleTest.expect(new Validation()
                .email("email", " jørgen@kommune.dk ", 255)
                .email("contactEmail", "jørgen at kommune", 255)
                .email("other", "x".repeat(300) + "@kommune.dk", 255)
                .email("blank", "  ", 255));
        assertEquals(List.of(FieldError.of("contactEmail", "samraad.error.email"),
                FieldError.of("other", "samraad.error.too-long", 255)), e.errors());
    }
}
