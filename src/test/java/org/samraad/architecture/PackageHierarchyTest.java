package org.samraad.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/** The plugin's feature packages depend in one direction: platform, council, meeting, action and hearing, plan. */
public class PackageHierarchyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/samraad");
    /** An import of a plugin class, static or not; the group is the package right under org.samraad, if any. */
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.samraad\\.(?:([a-z]+)\\.)?[A-Za-z_.*]+;",
            Pattern.MULTILINE);
    private static JavaClasses plugin;

    @BeforeClass
    public static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.samraad");
    }

    @Test
    public void noFeaturePackageUsesOneOfItsOwnRankOrAbove() {
        PackageHierarchy.order("org.samraad").check(plugin);
    }

    @Test
    public void platformUsesNoClassOfThePluginOutsideIt() {
        PackageHierarchy.platformStandsAlone("org.samraad").check(plugin);
    }

    /**
     * The same order over the sources' imports: the compiler inlines constants, so a class can import one against
     * the order and leave no trace in its bytecode.
     */
    @Test
    public void noSourceFileImportsAgainstTheOrder() throws IOException {
        List<String> wrong;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            wrong = files.filter(file -> file.toString().endsWith(".java") && file.getNameCount() > SOURCES.getNameCount() + 1)
                    .flatMap(PackageHierarchyTest::importsAgainstTheOrder).sorted().toList();
        }
        assertEquals(List.of(), wrong);
    }

    private static Stream<String> importsAgainstTheOrder(Path file) {
        String feature = SOURCES.relativize(file).getName(0).toString();
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Stream.Builder<String> wrong = Stream.builder();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String used = imports.group(1);
            boolean allowed = used != null ? used.equals(feature)
                    || PackageHierarchy.rank(used) >= 0 && PackageHierarchy.rank(used) < PackageHierarchy.rank(feature)
                    : PackageHierarchy.rank(feature) < 0;
            if (!allowed) {
                wrong.add(SOURCES.relativize(file) + ": " + imports.group());
            }
        }
        return wrong.build();
    }

    @Test
    public void theFeaturePackagesFormNoCycle() {
        PackageHierarchy.noCycles("org.samraad").check(plugin);
    }
}
