package org.samraad.devhost.persistence;

import java.util.Locale;
import net.java.ao.SchemaConfiguration;

/** AO manages only the plugin's prefixed tables, as Confluence's AO plugin does, never the host's own. */
final class PrefixedSchemaConfiguration implements SchemaConfiguration {
    private final String prefix;

    PrefixedSchemaConfiguration(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public boolean shouldManageTable(String tableName, boolean caseSensitive) {
        return caseSensitive
                ? tableName.startsWith(prefix)
                : tableName.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT));
    }
}
