package com.atlassian.confluence.security;

/**
 * Stand-in (confluence 8.7.2 [DF]). The constants are typed Permission, so they are linked at run time
 * (getstatic) and resolve to the product's instances; the host compares them by identity.
 */
public abstract class Permission {
    public static final Permission VIEW = new Named("VIEW");
    public static final Permission EDIT = new Named("EDIT");
    public static final Permission SET_PERMISSIONS = new Named("SET_PERMISSIONS");
    public static final Permission REMOVE = new Named("REMOVE");
    public static final Permission EXPORT = new Named("EXPORT");
    public static final Permission ADMINISTER = new Named("ADMINISTER");

    private static final class Named extends Permission {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
