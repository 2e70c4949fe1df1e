package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class TextRuleTest {
    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F",
            "\u0080", "\u0085", "\u009F");
    private static final List<String> LONE_SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800");

    @Test
    public void oneLineTextTakesEveryScriptAndEmojiButNoControlCharacterLineBreakOrTab() {
        assertTrue(TextRule.isOneLine("Åse Ørsted – rådet for socialt udsatte 😀 «ß» ǅ"));
        assertTrue(TextRule.isOneLine(""));
        for (String bad : CONTROL) {
            assertFalse(escaped(bad), TextRule.isOneLine("a" + bad + "b"));
        }
        for (String bad : List.of("\n", "\r", "\t", "\u2028", "\u2029")) {
            assertFalse(escaped(bad), TextRule.isOneLine("a" + bad + "b"));
        }
    }

    @Test
    public void freeTextTakesLineBreaksAndTabsButNoOtherControlCharacter() {
        assertTrue(TextRule.isText("Første linje\nanden\tlinje\r\ntredje 😀\u2028"));
        for (String bad : CONTROL) {
            assertFalse(escaped(bad), TextRule.isText("a" + bad + "b"));
        }
    }

    @Test
    public void neitherKindTakesHalfASurrogatePairAnywhere() {
        for (String bad : LONE_SURROGATES) {
            for (String text : List.of(bad, "a" + bad, bad + "a", "😀" + bad + "😀")) {
                assertFalse(escaped(text), TextRule.isOneLine(text));
                assertFalse(escaped(text), TextRule.isText(text));
            }
        }
    }

    @Test
    public void validationNamesTheFieldWithOneKeyPerRuleAfterTheLength() {
        ValidationException e = expect(new Validation()
                .line("title", "a\u0000", 255)
                .line("name", "x".repeat(256) + "\n", 255)
                .text("description", "ok\nbut \uD800", 10_000)
                .text("note", "fine\n\ttext", 10_000));
        assertEquals(List.of(
                FieldError.of("title", "samraad.error.single-line"),
                FieldError.of("name", "samraad.error.too-long", 255),
                FieldError.of("description", "samraad.error.control")), e.errors());
    }

    static ValidationException expect(Validation validation) {
        try {
            validation.throwIfInvalid();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a validation error");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.toString();
    }
}
