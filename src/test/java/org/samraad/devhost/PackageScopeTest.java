package org.samraad.devhost;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PackageScopeTest {
    private final PackageScope plugin = new PackageScope(List.of("org.samraad"), DevHostOptions.HOST_PACKAGES);

    @Test
    public void thePluginsOwnClassesAreIncluded() {
        assertTrue(plugin.includes("org.samraad.council.CouncilResource"));
    }

    @Test
    public void theHostAndTheTestHelpersAreNotPartOfThePlugin() {
        assertFalse(plugin.includes("org.samraad.devhost.DevHost"));
        assertFalse(plugin.includes("org.samraad.devhost.fixture.FixtureMacro"));
        assertFalse(plugin.includes("org.samraad.testing.SharedDevHost"));
        assertFalse(plugin.includes("com.example.Other"));
    }

    @Test
    public void aFixturePluginInsideTheHostPackageIsIncludedWhenItIsTheBase() {
        PackageScope fixture = new PackageScope(List.of("org.samraad.devhost.fixture"), DevHostOptions.HOST_PACKAGES);
        assertTrue(fixture.includes("org.samraad.devhost.fixture.FixtureMacro"));
        assertFalse(fixture.includes("org.samraad.devhost.DevHost"));
    }
}
