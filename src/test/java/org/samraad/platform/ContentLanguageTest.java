package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.junit.Test;

public class ContentLanguageTest {
    @Test
    public void aDanishCouncilReadInEnglishMarksItsContentAsDanish() {
        ContentLanguage language = ContentLanguage.of("da", Locale.ENGLISH);
        assertTrue(language.differs());
        assertEquals(" lang=\"da\"", language.attribute());
    }

    @Test
    public void aCouncilInTheReadersLanguageMarksNothing() {
        assertEquals("", ContentLanguage.of("sv", Locale.forLanguageTag("sv-SE")).attribute());
        assertFalse(ContentLanguage.of(null, (Locale) null).differs());
    }

    @Test
    public void tagsWithRegionsCaseOrSpacesReadAsTheirLanguageAndOthersAsEnglish() {
        assertEquals("da", new ContentLanguage("da-DK", "en").council());
        assertEquals("da", new ContentLanguage("DA", "en").council());
        assertEquals("sv", new ContentLanguage(" sv_SE ", "en").council());
        assertEquals("en", new ContentLanguage("de", "en").council());
        assertEquals("en", new ContentLanguage("", "en").council());
    }
}
