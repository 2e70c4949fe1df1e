package org.samraad.plan;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.OrganisationService;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A council's own entries on its annual plan (theme days, conferences, campaigns, reports, budget, events). Whoever
 * can view the council's space reads them (through the plan); whoever can edit it adds, changes and deletes them.
 * Day and times are typed in the council's zone.
 */
@Component
public class PlanEntryService {

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final OrganisationService organisations;
    private final PlanStaffReads staff;

    public PlanEntryService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            CouncilService councils,
            OrganisationService organisations,
            PlanStaffReads staff) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.councils = councils;
        this.organisations = organisations;
        this.staff = staff;
    }

    public PlanEntry get(int id) {
        PlanEntryEntity row = row(id);
        Council council = councils.get(row.getCouncilId());
        return shown(row, council);
    }

    public PlanEntry create(int councilId, PlanEntryInput raw) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        PlanEntryInput input = normalised(raw);
        Timing timing = validate(new Validation(), input, council);
        PlanEntryEntity saved = transactions.inTransaction(() -> {
            PlanEntryEntity row = ao.create(PlanEntryEntity.class,
                    new DBParam("COUNCIL_ID", council.id()),
                    new DBParam("KIND", timing.kind().name()),
                    new DBParam("TITLE", input.title()),
                    new DBParam("STARTS_AT", timing.startsAt()),
                    new DBParam("ALL_DAY", timing.allDay()),
                    new DBParam("VERSION", 0));
            copy(input, timing, row);
            row.save();
            replaceStaff(row, input.staff());
            return row;
        });
        return shown(saved, council);
    }

    public PlanEntry update(int id, PlanEntryInput raw) {
        Council council = editableCouncil(id);
        PlanEntryInput input = normalised(raw);
        Validation validation = new Validation().required("version", input.version());
        Timing timing = validate(validation, input, council);
        PlanEntryEntity saved = transactions.inTransaction(() -> {
            int version = versions.claim(PlanEntryEntity.class, id, input.version());
            PlanEntryEntity row = ao.get(PlanEntryEntity.class, id);
            copy(input, timing, row);
            row.setVersion(version);
            row.save();
            replaceStaff(row, input.staff());
            return row;
        });
        return shown(saved, council);
    }

    /** Deletes the entry; with a {@code version}, only if nobody changed it since (409 otherwise). */
    public void delete(int id, Integer version) {
        editableCouncil(id);
        transactions.inTransaction(() -> {
            if (version != null) {
                versions.claim(PlanEntryEntity.class, id, version);
            }
            PlanEntryEntity row = ao.get(PlanEntryEntity.class, id);
            if (row == null) {
                throw new StaleVersionException();
            }
            ao.deleteWithSQL(PlanEntryStaffEntity.class, "PLAN_ENTRY_ID = ?", id);
            ao.delete(row);
        });
    }

    // --- rules

    /** The typed values, parsed; the validation has thrown if any is wrong. */
    private record Timing(PlanEntryKind kind, ZoneId zone, Date startsAt, Date endsAt, boolean allDay, Date endDate) {}

    /** More lines than a stand's rota needs is a mistake, not a plan. */
    static final int STAFF_MAX = 50;
    /** Far above any event of a council; a larger number is a typing error. */
    static final int VISITORS_MAX = 1_000_000;

    private Timing validate(Validation validation, PlanEntryInput input, Council council) {
        validation.required("kind", input.kind())
                .oneOf("kind", input.kind(), PlanEntryKind.class)
                .required("title", input.title())
                .line("title", input.title(), TextLengths.LONG_LINE)
                .required("date", input.date())
                .line("place", input.place(), TextLengths.LONG_LINE)
                .text("description", input.description(), TextLengths.TEXT);
        LocalDate date = validation.date("date", input.date());
        LocalDate endDate = validation.date("endDate", input.endDate());
        boolean severalDays = endDate != null && date != null && endDate.isAfter(date);
        if (endDate != null && date != null && endDate.isBefore(date)) {
            validation.add(FieldError.of("endDate", "samraad.plan.error.end-date-before-date"));
        }
        LocalTime start = validation.time("startTime", input.startTime());
        LocalTime end = validation.time("endTime", input.endTime());
        if (end != null && start == null && !validation.hasErrorFor("startTime")) {
            validation.add(FieldError.of("endTime", "samraad.plan.error.end-without-start"));
        } else if (start != null && end != null && !severalDays && !end.isAfter(start)) {
            validation.add(FieldError.of("endTime", "samraad.meeting.error.end-before-start"));
        }
        if (input.visitors() != null && (input.visitors() < 0 || input.visitors() > VISITORS_MAX)) {
            validation.add(FieldError.of("visitors", "samraad.plan.error.visitors", VISITORS_MAX));
        }
        staff(validation, input.staff());
        validation.throwIfInvalid();
        ZoneId zone = CouncilZone.forLocale(council.locale());
        Date startsAt = Date.from(ZonedDateTime.of(date, start == null ? LocalTime.MIDNIGHT : start, zone).toInstant());
        Date endsAt = end == null ? null
                : Date.from(ZonedDateTime.of(severalDays ? endDate : date, end, zone).toInstant());
        return new Timing(Validation.parse(input.kind(), PlanEntryKind.class), zone, startsAt, endsAt, start == null,
                severalDays ? CalendarDays.toDate(endDate) : null);
    }

    /** Each line names a person, an organisation the caller can see, or both; a person once per organisation. */
    private void staff(Validation validation, List<PlanStaffInput> lines) {
        if (lines.size() > STAFF_MAX) {
            validation.add(FieldError.of("staff", "samraad.plan.error.too-many-staff", STAFF_MAX));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanStaffInput line = lines.get(i);
            String at = "staff[" + i + "].";
            if (line == null || line.name() == null && line.organisationId() == null) {
                validation.add(FieldError.of(at + "name", "samraad.plan.error.staff-required"));
                continue;
            }
            validation.line(at + "name", line.name(), TextLengths.LINE);
            if (line.organisationId() != null && !organisations.isVisible(line.organisationId())) {
                validation.add(FieldError.of(at + "organisationId", "samraad.plan.error.unknown-organisation"));
            }
            String identity = String.valueOf(line.name()).toLowerCase(Locale.ROOT) + "|" + line.organisationId();
            if (!seen.add(identity)) {
                validation.add(FieldError.of(at + "name", "samraad.plan.error.duplicate-staff"));
            }
        }
    }

    private void replaceStaff(PlanEntryEntity row, List<PlanStaffInput> lines) {
        ao.deleteWithSQL(PlanEntryStaffEntity.class, "PLAN_ENTRY_ID = ?", row.getID());
        for (int i = 0; i < lines.size(); i++) {
            PlanStaffInput line = lines.get(i);
            ao.create(PlanEntryStaffEntity.class,
                    new DBParam("PLAN_ENTRY_ID", row.getID()),
                    new DBParam("COUNCIL_ID", row.getCouncilId()),
                    new DBParam("SORT_ORDER", i),
                    new DBParam("NAME", line.name()),
                    new DBParam("ORGANISATION_ID", line.organisationId()));
        }
    }

    private PlanEntry shown(PlanEntryEntity row, Council council) {
        return PlanEntry.of(row, CouncilZone.forLocale(council.locale()), staff.ofEntry(council, row.getID()));
    }

    private static void copy(PlanEntryInput input, Timing timing, PlanEntryEntity row) {
        row.setKind(timing.kind().name());
        row.setTitle(input.title());
        row.setStartsAt(timing.startsAt());
        row.setEndsAt(timing.endsAt());
        row.setAllDay(timing.allDay());
        row.setPlace(input.place());
        row.setDescription(input.description());
        row.setEndDate(timing.endDate());
        row.setVisitors(input.visitors());
    }

    private Council editableCouncil(int id) {
        Council council = councils.get(row(id).getCouncilId());
        permissions.require(Permission.EDIT, council.spaceKey());
        return council;
    }

    private PlanEntryEntity row(int id) {
        PlanEntryEntity row = ao.get(PlanEntryEntity.class, id);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    private static PlanEntryInput normalised(PlanEntryInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        List<PlanStaffInput> staff = input.staff() == null ? List.of() : input.staff().stream()
                .map(line -> line == null ? null : new PlanStaffInput(blankToNull(line.name()), line.organisationId()))
                .toList();
        return new PlanEntryInput(blankToNull(input.kind()), blankToNull(input.title()), blankToNull(input.date()),
                blankToNull(input.startTime()), blankToNull(input.endTime()), blankToNull(input.place()),
                blankToNull(input.description()), blankToNull(input.endDate()), staff, input.visitors(),
                input.version());
    }
}
