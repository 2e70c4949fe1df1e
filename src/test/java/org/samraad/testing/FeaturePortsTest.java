package org.samraad.testing;

import static org.junit.Assert.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;
import org.samraad.council.CouncilReferences;
import org.samraad.council.OverviewCounts;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.SpaceDataHolder;

/**
 * Hand-wired tests see the whole plugin only while FeaturePorts lists every implementation the plugin container
 * finds by scanning; a feature that implements a port and is missing here would be left out of council's rules in
 * those tests alone.
 */
public class FeaturePortsTest {
    private static JavaClasses plugin;

    @BeforeClass
    public static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.samraad");
    }

    @Test
    public void everyFeaturesCouncilReferencesAreListed() {
        assertEquals(implementations(CouncilReferences.class), names(FeaturePorts.councilReferences()));
    }

    @Test
    public void everyFeaturesOverviewCountsAreListed() {
        assertEquals(implementations(OverviewCounts.class), names(FeaturePorts.overviewCounts()));
    }

    @Test
    public void everyFeaturesSpaceDataIsListed() {
        assertEquals(implementations(SpaceDataHolder.class), names(FeaturePorts.spaceData()));
    }

    @Test
    public void everyFeaturesPersonalDataIsListed() {
        assertEquals(implementations(PersonalDataHolder.class), names(FeaturePorts.personalData(null)));
    }

    private static Set<String> implementations(Class<?> port) {
        return plugin.get(port).getAllSubclasses().stream().filter(c -> !c.isInterface()).map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Collection<?> ports) {
        return ports.stream().map(p -> p.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
    }
}
