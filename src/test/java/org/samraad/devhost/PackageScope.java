package org.samraad.devhost;

import java.util.List;

/**
 * Which classes count as the plugin's: those under a base package, minus excluded packages that lie inside that
 * base (the host and the test helpers under {@code org.samraad}). A fixture plugin whose base is itself inside
 * an excluded package is therefore included.
 */
record PackageScope(List<String> bases, List<String> excluded) {

    boolean includes(String className) {
        for (String base : bases) {
            if (within(className, base)
                    && excluded.stream().noneMatch(x -> within(x, base) && within(className, x))) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} is a class or package strictly inside {@code pkg}. */
    private static boolean within(String name, String pkg) {
        return name.startsWith(pkg + ".");
    }
}
