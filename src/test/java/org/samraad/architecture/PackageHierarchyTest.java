package org.samraad.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

/** The plugin's feature packages depend in one direction: platform, council, meeting, action and hearing, plan. */
public class PackageHierarchyTest {
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
    public void theFeaturePackagesFormNoCycle() {
        PackageHierarchy.noCycles("org.samraad").check(plugin);
    }
}
