package org.samraad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of the feature packages, lowest first: a package may use only packages of a lower rank, so siblings
 * (action and hearing) use neither the other. What spans features goes through an interface in the lower package
 * that the higher ones implement. {@code org.samraad.SamraadSchema} lists every entity and stands outside the order.
 */
final class PackageHierarchy {
    static final List<List<String>> ORDER = List.of(
            List.of("platform"),
            List.of("council"),
            List.of("meeting"),
            List.of("action", "hearing"),
            List.of("communication"),
            List.of("plan"),
            List.of("budget", "involvement"),
            List.of("search"));

    private PackageHierarchy() {}

    /** The rank of a package directly under the base, or -1 for one outside the order (the root's classes). */
    static int rank(String feature) {
        for (int rank = 0; rank < ORDER.size(); rank++) {
            if (ORDER.get(rank).contains(feature)) {
                return rank;
            }
        }
        return -1;
    }

    /** No package of {@code base} uses one of the same or a higher rank. */
    static ArchRule order(String base) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> rank : ORDER) {
            for (String feature : rank) {
                layers = layers.layer(feature).definedBy(base + "." + feature + "..");
            }
        }
        for (int rank = 0; rank < ORDER.size(); rank++) {
            List<String> higher = new ArrayList<>();
            ORDER.subList(rank + 1, ORDER.size()).forEach(higher::addAll);
            for (String feature : ORDER.get(rank)) {
                layers = higher.isEmpty() ? layers.whereLayer(feature).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(feature).mayOnlyBeAccessedByLayers(higher.toArray(String[]::new));
            }
        }
        return layers;
    }

    /** platform, the lowest, uses nothing of the plugin outside itself: not the classes at the root either. */
    static ArchRule platformStandsAlone(String base) {
        return noClasses().that().resideInAPackage(base + ".platform..").should().dependOnClassesThat()
                .resideInAPackage(base);
    }

    /** No cycle between the packages directly under {@code base}, whatever the order says. */
    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }
}
