package org.samraad.devhost.velocity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import org.junit.Test;

public class HtmlEncodingTest {
    @Test
    public void aTextWithoutTheFiveCharactersComesBackAsItIs() {
        String plain = "Ungdomsrådets møde — 3. kvartal";
        assertSame(plain, HtmlEncoding.encode(plain));
        assertEquals("", HtmlEncoding.encode(""));
        assertEquals("", HtmlEncoding.encode(null));
    }

    @Test
    public void eachOfTheFiveIsEncodedWhereverItStands() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;plan&quot;&lt;/b&gt;",
                HtmlEncoding.encode("<b>Tom & Jerry's \"plan\"</b>"));
        assertEquals("Råd &amp; udvalg", HtmlEncoding.encode("Råd & udvalg"));
        assertEquals("slut&gt;", HtmlEncoding.encode("slut>"));
    }
}
