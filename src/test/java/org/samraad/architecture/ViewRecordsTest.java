package org.samraad.architecture;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The records templates read ({@code …View}) and that hold lists name themselves in a word. Velocity's
 * {@code #if($view)} asks for the value's text, and a record's own text formats every component, lists and their
 * records included (String.format per component on JDK 17): a tenth of the action register's template time before
 * its view named itself (mvn -Pbenchmark).
 */
public class ViewRecordsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/samraad");
    private static final Pattern VIEW_RECORD = Pattern.compile("public record (\\w+View)\\s*\\(([^{]*)\\)\\s*(?:implements [^{]*)?\\{",
            Pattern.DOTALL);

    @Test
    public void everyViewRecordHoldingAListNamesItselfInAWord() throws IOException {
        List<String> formattingEveryLine;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            formattingEveryLine = files.filter(file -> file.toString().endsWith("View.java"))
                    .filter(ViewRecordsTest::holdsAListWithItsOwnText).map(file -> file.getFileName().toString())
                    .sorted().toList();
        }
        assertEquals(List.of(), formattingEveryLine);
    }

    @Test
    public void theCheckSeesARecordThatFormatsItsLines() {
        String source = "public record LinesView(int id, List<LineView> lines) {\n}\n";
        assertEquals(true, holdsAListWithItsOwnText(source));
        assertEquals(false, holdsAListWithItsOwnText(source.replace("}\n",
                "    @Override\n    public String toString() {\n        return \"LinesView\";\n    }\n}\n")));
    }

    private static boolean holdsAListWithItsOwnText(Path file) {
        try {
            return holdsAListWithItsOwnText(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsAListWithItsOwnText(String source) {
        Matcher record = VIEW_RECORD.matcher(source);
        return record.find() && record.group(2).matches("(?s).*\\b(List|Map|Set)<.*")
                && !source.contains("public String toString()");
    }
}
