package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Nobody types a user key, a username or an internal number: no form in the macros' templates, the blueprint
 * wizards or the scripts has a text or number input whose name (or data-name) ends in Id, UserKey or Username.
 * People, members, attachments, pages, councils and meetings are picked by name (samraad-pickers.js).
 */
public class NoTypedKeysTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\b(?:data-)?name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_NAME = Pattern.compile(".*(Id|UserKey|Username|userKey|username)$");

    @Test
    public void noTemplateAsksForAKeyOrANumberByTyping() throws IOException {
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(vm|soy|xml|js|html)$")).toList()) {
                Matcher input = INPUT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (input.find()) {
                    String tag = input.group();
                    Matcher name = NAME.matcher(tag);
                    Matcher type = TYPE.matcher(tag);
                    String kind = type.find() ? type.group(1).toLowerCase(Locale.ROOT) : "text";
                    if (name.find() && KEY_NAME.matcher(name.group(1)).matches()
                            && List.of("text", "number", "search", "").contains(kind)) {
                        typed.add(RESOURCES.relativize(file) + ": " + tag);
                    }
                }
            }
        }
        assertEquals("inputs where a person would type a key, username or number", List.of(), typed);
    }
}
