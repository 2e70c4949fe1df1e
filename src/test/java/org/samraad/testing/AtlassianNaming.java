package org.samraad.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.TableNameConverter;
import org.samraad.SamraadSchema;

/**
 * Names tables and columns exactly as the Active Objects plugin in Confluence does for our namespace, so tests
 * and the dev host hit the same 30-character limit and the same {@code AO_2E1BAF_…} names as production.
 */
public final class AtlassianNaming {

    /** {@code AO_} + the last 6 hex digits of MD5(namespace), upper case, as the AO plugin's module descriptor builds it. */
    public static final String TABLE_PREFIX = tablePrefix(SamraadSchema.NAMESPACE);

    private AtlassianNaming() {
    }

    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TableNameConverter tableNameConverter() {
        return new AtlassianTableNameConverter(s -> TABLE_PREFIX + "_" + s);
    }

    public static NameConverters nameConverters() {
        return new SimpleNameConverters(tableNameConverter(), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
    }

    /** Applies all six Atlassian converters, e.g. to the dev host's EntityManagerBuilder. */
    public static EntityManagerBuilderWithDatabaseProperties apply(EntityManagerBuilderWithDatabaseProperties builder) {
        NameConverters converters = nameConverters();
        return builder.tableNameConverter(converters.getTableNameConverter())
                .fieldNameConverter(converters.getFieldNameConverter())
                .sequenceNameConverter(converters.getSequenceNameConverter())
                .triggerNameConverter(converters.getTriggerNameConverter())
                .indexNameConverter(converters.getIndexNameConverter())
                .uniqueNameConverter(converters.getUniqueNameConverter());
    }

    /** For {@code @NameConverters(table = ...)}: the runner needs a class with a no-argument constructor. */
    public static final class Tables implements TableNameConverter {
        private final TableNameConverter delegate = tableNameConverter();

        @Override
        public String getName(Class<? extends RawEntity<?>> entityClass) {
            return delegate.getName(entityClass);
        }
    }
}
