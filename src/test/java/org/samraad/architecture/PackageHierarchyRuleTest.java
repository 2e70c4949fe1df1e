package org.samraad.architecture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The hierarchy rules themselves, against small fixtures: they pass an ordered set and name each wrong import. */
public class PackageHierarchyRuleTest {
    private static final String ORDERED = "org.samraad.architecture.fixture.ordered";
    private static final String INVERTED = "org.samraad.architecture.fixture.inverted";
    private static final Pattern EDGE = Pattern.compile(
            "<org\\.samraad\\.architecture\\.fixture\\.inverted\\.(\\w+)\\.\\w+[^>]*>.*?"
                    + "<org\\.samraad\\.architecture\\.fixture\\.inverted\\.(\\w+)\\.\\w+[^>]*>");

    @Test
    public void packagesThatUseOnlyLowerOnesPass() {
        JavaClasses classes = new ClassFileImporter().importPackages(ORDERED);

        assertFalse(PackageHierarchy.order(ORDERED).evaluate(classes).hasViolation());
        assertFalse(PackageHierarchy.noCycles(ORDERED).evaluate(classes).hasViolation());
        assertFalse(PackageHierarchy.platformStandsAlone(ORDERED).evaluate(classes).hasViolation());
    }

    @Test
    public void aPlatformClassThatUsesAClassAtTheRootFails() {
        EvaluationResult result = PackageHierarchy.platformStandsAlone(INVERTED)
                .evaluate(new ClassFileImporter().importPackages(INVERTED));

        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().getDetails().stream()
                .allMatch(violation -> violation.contains(INVERTED + ".platform.Text") && violation.contains(INVERTED + ".Schema")));
    }

    @Test
    public void aPackageThatUsesAHigherOneOrItsSiblingFailsWithEachWrongDirectionNamed() {
        EvaluationResult result = PackageHierarchy.order(INVERTED).evaluate(new ClassFileImporter().importPackages(INVERTED));

        assertTrue(result.hasViolation());
        Set<String> directions = new TreeSet<>();
        for (String violation : result.getFailureReport().getDetails()) {
            Matcher edge = EDGE.matcher(violation);
            assertTrue(violation, edge.find());
            directions.add(edge.group(1) + " -> " + edge.group(2));
        }
        assertEquals(Set.of("action -> hearing", "council -> meeting", "platform -> plan"), directions);
    }

    @Test
    public void twoPackagesThatUseEachOtherAreACycle() {
        EvaluationResult result = PackageHierarchy.noCycles(INVERTED).evaluate(new ClassFileImporter().importPackages(INVERTED));

        assertTrue(result.hasViolation());
        List<String> details = result.getFailureReport().getDetails();
        assertEquals(details.toString(), 1, details.size());
        assertTrue(details.get(0), details.get(0).contains("council") && details.get(0).contains("meeting"));
    }
}
