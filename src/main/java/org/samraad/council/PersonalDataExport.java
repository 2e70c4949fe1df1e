package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.samraad.platform.rest.Iso8601;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Everything the plugin holds on one person, for a space administrator of the person's council (GDPR articles 15
 * and 20: access and portability): the member row, the seat, the person's other member rows in councils of the
 * same space, and every row that points at the person — by user key and member id as {@link PersonalReferences}
 * lists them for erasure (so the export and the erasure cover the same places), and by name for a person without
 * an account; and the free-text fields that contain the person's name. Rows are given whole, column by column, and
 * only those of councils in the member's space (an administrator of one space does not read another's). Calendar
 * feeds are given without their token hash.
 */
@Component
public class PersonalDataExport {
    /** Columns that are the plugin's own secrets, not data about the person. */
    private static final Set<String> WITHHELD = Set.of("TOKEN_HASH");

    private final ActiveObjects ao;
    private final SpacePermissions permissions;
    private final ReadOnlySql sql;
    private final TimeSource time;
    private final PersonTextSearch texts;
    private final PersonalReferences personal;

    public PersonalDataExport(@ComponentImport ActiveObjects ao, SpacePermissions permissions, ReadOnlySql sql,
            TimeSource time, PersonTextSearch texts, PersonalReferences personal) {
        this.ao = ao;
        this.permissions = permissions;
        this.sql = sql;
        this.time = time;
        this.texts = texts;
        this.personal = personal;
    }

    /** 404 for a member the caller cannot see (or none), 403 for a caller who does not administer its space. */
    public Export export(Integer memberId) {
        new Validation().required("memberId", memberId).throwIfInvalid();
        MemberEntity member = ao.get(MemberEntity.class, memberId);
        CouncilEntity council = member == null ? null : ao.get(CouncilEntity.class, member.getCouncilId());
        if (council == null) {
            throw new NotFoundException();
        }
        String spaceKey = council.getSpaceKey();
        permissions.require(Permission.ADMINISTER, spaceKey);
        List<Integer> councils = Arrays.stream(ao.find(CouncilEntity.class,
                Query.select().where("SPACE_KEY = ?", spaceKey))).map(CouncilEntity::getID).toList();
        Map<String, Object> memberRow = one(MemberEntity.class, memberId);
        Map<String, Object> seat = member.getSeatId() == null ? null : one(SeatEntity.class, member.getSeatId());
        String userKey = member.getUserKey();
        // the person's other memberships: those sharing the person, in the councils whose spaces the caller
        // administers (a link between councils is made by someone who administers both), and the account's
        int person = member.getPersonId() == null ? memberId : member.getPersonId();
        List<Integer> administered = Arrays.stream(ao.find(CouncilEntity.class))
                .filter(c -> permissions.canAdminister(c.getSpaceKey())).map(CouncilEntity::getID).toList();
        Map<Object, Map<String, Object>> others = new java.util.TreeMap<>();
        for (Map<String, Object> row : rows(MemberEntity.class, "ID", person, administered)) {
            others.put(row.get("id"), row);
        }
        for (Map<String, Object> row : rows(MemberEntity.class, "PERSON_ID", person, administered)) {
            others.put(row.get("id"), row);
        }
        if (userKey != null) {
            for (Map<String, Object> row : rows(MemberEntity.class, "USER_KEY", userKey, councils)) {
                others.put(row.get("id"), row);
            }
        }
        others.remove(memberId);
        List<Map<String, Object>> otherMemberships = List.copyOf(others.values());
        List<References> references = new ArrayList<>();
        if (userKey != null) {
            for (PersonalReference<?> reference : personal.byUserKey()) {
                add(references, reference.type(), reference.column(), userKey, councils, spaceKey);
            }
        }
        for (PersonalReference<?> reference : personal.byMemberId()) {
            add(references, reference.type(), reference.column(), memberId, councils, spaceKey);
        }
        if (userKey == null && member.getName() != null) {
            for (EntityColumn reference : personal.byName()) {
                add(references, reference.type(), reference.name(), member.getName(), councils, spaceKey);
            }
        }
        if (member.getEmail() != null) {
            for (EntityColumn reference : personal.byEmail()) {
                add(references, reference.type(), reference.name(), member.getEmail(), councils, spaceKey);
            }
        }
        return new Export(memberId, council.getID(), spaceKey, time.now(), memberRow, seat, otherMemberships,
                references, texts.find(spaceKey, texts.names(member)));
    }

    private void add(List<References> references, Class<? extends RawEntity<Integer>> type, String column, Object value,
            List<Integer> councils, String spaceKey) {
        List<Map<String, Object>> rows = type == OrganisationEntity.class
                ? query(type, column, value, "x.\"SPACE_KEY\" = ?", List.of(spaceKey))
                : rows(type, column, value, councils);
        if (!rows.isEmpty()) {
            references.add(new References(type.getAnnotation(Table.class).value(), camel(column), rows));
        }
    }

    private Map<String, Object> one(Class<? extends Entity> type, int id) {
        return query(type, "ID", id, "1 = 1", List.of()).stream().findFirst().orElse(null);
    }

    /** The rows of {@code type} whose {@code column} holds {@code value}, in the given councils only. */
    private List<Map<String, Object>> rows(Class<? extends RawEntity<Integer>> type, String column, Object value,
            List<Integer> councils) {
        String in = placeholders(councils.size());
        String scope = personal.councilScope(type).formatted(in);
        return query(type, column, value, scope, councils);
    }

    private List<Map<String, Object>> query(Class<? extends RawEntity<?>> type, String column, Object value,
            String scope, List<?> scopeParameters) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(value);
        parameters.addAll(scopeParameters);
        return sql.query("SELECT x.* FROM " + table(type) + " x WHERE x.\"" + column + "\" = ? AND " + scope
                + " ORDER BY x.\"ID\"", parameters, PersonalDataExport::read);
    }

    private static List<Map<String, Object>> read(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toUpperCase(Locale.ROOT);
                if (!WITHHELD.contains(name)) {
                    row.put(camel(name), value(rows, i, meta.getColumnType(i)));
                }
            }
            result.add(row);
        }
        return result;
    }

    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> {
                Timestamp timestamp = rows.getTimestamp(column);
                return timestamp == null ? null : timestamp.toInstant().toString();
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                return rows.wasNull() ? null : value;
            }
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                int value = rows.getInt(column);
                return rows.wasNull() ? null : value;
            }
            case Types.BIGINT, Types.NUMERIC, Types.DECIMAL -> {
                long value = rows.getLong(column);
                return rows.wasNull() ? null : value;
            }
            default -> {
                return rows.getString(column);
            }
        }
    }

    /** "OWNER_USER_KEY" → "ownerUserKey", as the API names fields. */
    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The rows of one kind that point at the person through one column. */
    public record References(String table, String column, List<Map<String, Object>> rows) {}

    /**
     * The export as JSON.
     *
     * @param otherMemberships the person's other member rows: those sharing the person in councils the caller
     *     administers, and the same Confluence user's in councils of the space
     * @param references every row that points at the person, by kind and column
     * @param mentions the free-text fields of the space's councils that contain the person's name
     */
    public record Export(int memberId, int councilId, String spaceKey, @Iso8601 Instant exportedAt, Map<String, Object> member,
            Map<String, Object> seat, List<Map<String, Object>> otherMemberships, List<References> references,
            List<TextMention> mentions) {}
}
