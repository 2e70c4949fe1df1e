package org.samraad.platform;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class WebAddressTest {
    @Test
    public void absoluteHttpAndHttpsAddressesOfANamedHostAreAccepted() {
        for (String good : List.of("https://www.example.org", "http://example.org/", "HTTPS://Example.ORG/Tilbud?id=3#bolig",
                "https://sub.example.co.uk:8443/a/b", "https://example.dk/søg", "http://192.0.2.10/", "https://[2001:db8::1]/",
                "https://nordby.dk/?q=%3Cscript%3E&a=1", "https://example.org:65535/")) {
            assertTrue(good, WebAddress.isValid(good));
        }
    }

    @Test
    public void scriptsOtherSchemesRelativeAddressesAndCredentialsAreRefused() {
        for (String bad : List.of("", "javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "ftp://example.org", "file:///etc/passwd",
                "//example.org", "www.example.org", "example.org", "https://", "https:/example.org", "http:example.org",
                "https://user:secret@example.org", "https://example.org@evil.example", "https://exa mple.org",
                "https://example.org/a b", "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>",
                "https://example.org\\@evil.example", "https://lænken.dk", " javascript:alert(1)", "https://example.org/a\nb",
                "https://example.org/a\u0000b", "https://example.org/a\u00a0b", "https://example.org/a\u2028b")) {
            assertFalse(bad, WebAddress.isValid(bad));
        }
        assertFalse(WebAddress.isValid(null));
    }

    /**
     * Agenda links used to follow a looser rule of their own, which took these; the organisation website's rule was
     * the stricter correct one and is now the rule for every web address.
     */
    @Test
    public void hostsWithoutADotPortsOutOfRangeAndInvisibleCharactersAreRefused() {
        for (String bad : List.of("https://www", "http://localhost:8080", "http://intranet/sag", "https://example.org.",
                "https://example.org:99999", "https://example.org:0", "https://evil.example\u202Egro.elpmaxe",
                "https://example.org/\u202Efdp.exe", "https://example.org/a\u200Bb")) {
            assertFalse(bad, WebAddress.isValid(bad));
        }
    }

    /** The agenda links' own rule refused characters beyond the Basic Multilingual Plane only by accident of its pattern. */
    @Test
    public void aPathWithCharactersBeyondTheBasicMultilingualPlaneIsAnAddressLikeAnyOther() {
        assertTrue(WebAddress.isValid("https://example.org/\uD83D\uDE00"));
    }
}
