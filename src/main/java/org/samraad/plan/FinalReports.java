package org.samraad.plan;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A final annual report as a record (architecture §11, "The record"): making the report final freezes its figures in
 * a new {@link FinalReportEntity}, and every later read of that council's year (macro in every output type, REST)
 * takes the newest of them instead of the live figures: {@link AnnualReportQuery} finds its sequence, and one
 * statement reads it. The easy-read summary is not frozen: it is
 * said from the frozen figures in each reader's language.
 */
@Component
public class FinalReports {
    private static final String SELECT = "SELECT f." + column("Sequence") + " AS f_sequence, f."
            + column("FinalisedAt") + " AS f_at, f." + column("PageId") + " AS f_page, f." + column("Content")
            + " AS f_content FROM " + table(FinalReportEntity.class) + " f WHERE f." + column("CouncilId")
            + " = ? AND f." + column("ReportYear") + " = ?";
    private static final String NEWEST = SELECT + " ORDER BY f." + column("Sequence") + " DESC";
    private static final String AT = SELECT + " AND f." + column("Sequence") + " = ?";

    /** Plain records in, the same records out; a field a later version adds reads as its default. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ActiveObjects ao;
    private final ReadOnlySql sql;

    public FinalReports(@ComponentImport ActiveObjects ao, ReadOnlySql sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /** A final version as read: the frozen report (summary not said yet) and the page it was written into. */
    record Stored(int sequence, Instant finalisedAt, Long pageId, AnnualReport report) {}

    /** The newest final version of the council's year, if it was made final. One statement. */
    Optional<Stored> newest(int councilId, int year) {
        return read(NEWEST, List.of(councilId, year));
    }

    /**
     * The final version {@code sequence} of the council's year, as {@link AnnualReportQuery} found it the newest.
     * One statement.
     */
    Optional<Stored> at(int councilId, int year, int sequence) {
        return read(AT, List.of(councilId, year, sequence));
    }

    private Optional<Stored> read(String select, List<Object> parameters) {
        return sql.query(select, parameters, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            long page = rows.getLong("f_page");
            Long pageId = rows.wasNull() ? null : page;
            Timestamp at = rows.getTimestamp("f_at");
            return Optional.of(new Stored(rows.getInt("f_sequence"), at.toInstant(), pageId,
                    parse(rows.getString("f_content"))));
        });
    }

    /** Freezes {@code report} as the council's next final version of its year; the caller holds the council's lock. */
    Stored take(AnnualReport report, int sequence, String userKey, Instant now, Long pageId) {
        // as the database keeps it, so the reply that makes it final and every later read say the same moment
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        ao.create(FinalReportEntity.class,
                new DBParam("COUNCIL_ID", report.councilId()),
                new DBParam("REPORT_YEAR", report.year()),
                new DBParam("SEQUENCE", sequence),
                new DBParam("FINALISED_BY", userKey),
                new DBParam("FINALISED_AT", Date.from(at)),
                new DBParam("PAGE_ID", pageId),
                new DBParam("CONTENT", json(report)));
        return new Stored(sequence, at, pageId, report);
    }

    /** The sequence the next final version of the year gets. */
    int nextSequence(int councilId, int year) {
        int next = 1;
        for (FinalReportEntity earlier : ao.find(FinalReportEntity.class,
                Query.select("ID, SEQUENCE").where("COUNCIL_ID = ? AND REPORT_YEAR = ?", councilId, year))) {
            next = Math.max(next, earlier.getSequence() + 1);
        }
        return next;
    }

    static String json(AnnualReport report) {
        try {
            return JSON.writeValueAsString(report.withSummary(List.of()).withFinal(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The annual report could not be frozen", e);
        }
    }

    static AnnualReport parse(String json) {
        try {
            return JSON.readValue(json, AnnualReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Final annual report unreadable", e);
        }
    }
}
