package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.WorkflowConflictException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * Registering, changing, moving and deleting hearings, from intake to follow-up. Whoever can edit the council's
 * space does so (checked here; {@link HearingChecks} checks the input). The status changes only through
 * {@link #transition}, which allows the moves {@link HearingStatus#next()} names and records each one in the
 * {@link HearingHistory} in the same transaction as the change.
 */
@Component
public class HearingWorkflow {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final HearingReads reads;
    private final HearingChecks checks;
    private final HearingHistory history;
    private final MinutesApprovalQuery minutesApprovals;
    private final I18n i18n;
    private final TimeSource time;
    private final EventPublisher events;
    private final org.samraad.platform.CurrentUser currentUser;

    public HearingWorkflow(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            CouncilService councils,
            HearingReads reads,
            HearingChecks checks,
            HearingHistory history,
            MinutesApprovalQuery minutesApprovals,
            I18n i18n,
            TimeSource time,
            @ComponentImport EventPublisher events,
            org.samraad.platform.CurrentUser currentUser) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.councils = councils;
        this.reads = reads;
        this.checks = checks;
        this.history = history;
        this.minutesApprovals = minutesApprovals;
        this.i18n = i18n;
        this.time = time;
        this.events = events;
        this.currentUser = currentUser;
    }

    public Hearing create(int councilId, HearingInput raw) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        HearingInput input = withCreatorResponsible(HearingChecks.normalised(raw));
        Validation validation = new Validation();
        HearingChecks.Dates dates = checks.validate(validation, input);
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            checks.refuseUnbindablePage(council.id(), council.spaceKey(), input.pageId(), null);
            Date now = Date.from(time.now());
            HearingEntity row = ao.create(HearingEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("SUBJECT", input.title()),
                    new DBParam("STATUS", HearingStatus.RECEIVED.name()),
                    new DBParam("VERSION", 0));
            copy(input, dates, row);
            row.save();
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            history.record(row.getID(), null, HearingStatus.RECEIVED, now, null);
            return reads.written(row.getID());
        });
    }

    public Hearing update(int id, HearingInput raw) {
        HearingInput normalised = HearingChecks.normalised(raw);
        return transactions.inTransaction(() -> {
            HearingRow stored = reads.visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            HearingInput input = checks.keepUnseenResponsible(normalised, stored);
            Validation validation = new Validation().required("version", input.version());
            HearingChecks.Dates dates = checks.validate(validation, input);
            if (dates.received() != null && stored.submittedOn() != null
                    && stored.submittedOn().isBefore(dates.received())) {
                validation.add(FieldError.of("receivedOn", "samraad.hearing.error.received-after-submitted"));
            }
            validation.throwIfInvalid();
            HearingResponseFrozenException.refuseChangedTexts(stored.stored(), input);
            if (!Objects.equals(stored.pageId(), input.pageId())) {
                checks.refuseUnbindablePage(stored.councilId(), stored.spaceKey(), input.pageId(), id);
            }
            int version = versions.claim(HearingEntity.class, id, input.version());
            HearingEntity row = ao.get(HearingEntity.class, id);
            history.recordFactChanges(id, stored.status(), stored.stored(), input.responsibleUserKey(),
                    input.responsibleName(), dates.deadline(), Date.from(time.now()));
            copy(input, dates, row);
            if (!Objects.equals(stored.deadline(), dates.deadline())) {
                // a new deadline gets its reminders afresh
                row.setDeadlineReminderAt(null);
                row.setDeadlineReminderDays(null);
            }
            row.setVersion(version);
            row.save();
            // the facts its response page shows changed, and the page may be another one now
            LiveContentChangedEvent.forPage(stored.pageId()).ifPresent(events::publish);
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            return reads.written(id);
        });
    }

    /**
     * Changes what the response page's "Edit hearing" form holds — the responsible person, deadline, issuer's
     * reference, summary and link to the material — keeping everything else as stored; checked, versioned and
     * recorded as {@link #update} does. The responsible person is who the caller typed (see
     * {@link HearingChecks#responsible}).
     */
    public Hearing updateFacts(int id, HearingFacts raw) {
        if (raw == null) {
            throw new org.samraad.platform.ValidationException(FieldError.of("version", "samraad.error.required"));
        }
        HearingRow stored = reads.visible(id);
        permissions.require(Permission.EDIT, stored.spaceKey());
        Hearing h = stored.stored();
        HearingChecks.Responsible responsible;
        try {
            responsible = checks.responsible(raw, stored);
        } catch (org.samraad.platform.ValidationException e) {
            // every wrong field at once: the others checked as the update would check them
            Validation others = new Validation().required("version", raw.version());
            checks.validate(others, HearingChecks.normalised(facts(h, raw,
                    new HearingChecks.Responsible(h.responsibleUserKey(), h.responsibleName()))));
            java.util.List<FieldError> errors = new java.util.ArrayList<>(e.errors());
            try {
                others.throwIfInvalid();
            } catch (org.samraad.platform.ValidationException more) {
                errors.addAll(more.errors());
            }
            throw new org.samraad.platform.ValidationException(errors);
        }
        return update(id, facts(h, raw, responsible));
    }

    private static HearingInput facts(Hearing h, HearingFacts raw, HearingChecks.Responsible responsible) {
        return new HearingInput(h.title(), h.issuingBody(), raw.reference(), raw.url(), raw.summary(),
                h.receivedOn() == null ? null : h.receivedOn().toString(), raw.deadline(), responsible.userKey(),
                responsible.name(), h.pageId(), h.response(), h.dissent(), h.easyRead(), h.outcome(),
                h.reviewDate() == null ? null : h.reviewDate().toString(), raw.version(), h.caseNumber());
    }

    /** Someone must get the reminders: a hearing registered without a responsible person gets its creator. */
    private HearingInput withCreatorResponsible(HearingInput input) {
        if (input.responsibleUserKey() != null || input.responsibleName() != null) {
            return input;
        }
        return currentUser.userKey().map(key -> new HearingInput(input.title(), input.issuingBody(), input.reference(),
                input.url(), input.summary(), input.receivedOn(), input.deadline(), key, null, input.pageId(),
                input.response(), input.dissent(), input.easyRead(), input.outcome(), input.reviewDate(),
                input.version(), input.caseNumber())).orElse(input);
    }

    /**
     * Moves the hearing on (the move checked by {@link HearingChecks#step}). A hearing moved to council review whose
     * response approved minutes already decided on while it was in drafting (see {@link MinutesApprovalQuery}) is
     * approved at once with those minutes: both moves are recorded, the second with a note naming the meeting.
     */
    public Hearing transition(int id, HearingTransition raw) {
        return transactions.inTransaction(() -> {
            HearingRow seen = reads.visible(id);
            permissions.require(Permission.EDIT, seen.spaceKey());
            Integer version = raw.version() == null ? null : claimStep(id, raw.version());
            // after the claim: the move is checked against the hearing as it is now
            HearingRow stored = version == null ? seen : reads.visible(id);
            LocalDate today = reads.today(stored.councilLocale());
            HearingChecks.Step step = checks.step(raw, stored, today);
            HearingStatus target = step.target();
            HearingEntity row = ao.get(HearingEntity.class, id);
            row.setStatus(target.name());
            if (target == HearingStatus.SUBMITTED) {
                row.setSubmittedOn(CalendarDays.toDate(step.submittedOn()));
            }
            Optional<MinutesApprovalQuery.Approval> approved = target == HearingStatus.COUNCIL_REVIEW
                    ? minutesApprovals.pending(id, stored.councilId()) : Optional.empty();
            if (approved.isPresent()) {
                // the council already decided on the response in approved minutes: review is over at once
                row.setStatus(HearingStatus.APPROVED.name());
                row.setAgendaItemId(approved.get().agendaItemId());
            }
            row.setVersion(version);
            row.save();
            Date now = Date.from(time.now());
            history.record(id, stored.status(), target, now, step.note());
            approved.ifPresent(a -> history.record(id, HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED, now,
                    history.minutesNote(a.meetingTitle(), a.meetingStartsAt() == null ? null
                            : LocalDate.ofInstant(a.meetingStartsAt(), CouncilZone.forLocale(stored.councilLocale())))));
            // an approved response enters the page's index document (ReaderPageText)
            LiveContentChangedEvent.forPage(stored.pageId()).ifPresent(events::publish);
            return reads.written(id);
        });
    }

    /** Removes the hearing and its workflow record; the response page, if any, stays (it is the council's text). */
    public void delete(int id) {
        transactions.inTransaction(() -> {
            HearingRow stored = reads.visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            history.erase(id);
            ao.deleteWithSQL(HearingEntity.class, "ID = ?", id);
            LiveContentChangedEvent.forPage(stored.pageId()).ifPresent(events::publish);
        });
    }

    /**
     * Claims the version before the move is checked. If someone moved the hearing on since the caller read it,
     * the move was chosen for a state that is gone: 409 with the hearing as it is now, not a 400.
     */
    private int claimStep(int id, int seenVersion) {
        try {
            return versions.claim(HearingEntity.class, id, seenVersion);
        } catch (StaleVersionException e) {
            Hearing now = reads.written(id);
            throw new WorkflowConflictException(now, i18n.text("samraad.hearing.status." + now.status().name()));
        }
    }

    private static void copy(HearingInput input, HearingChecks.Dates dates, HearingEntity row) {
        row.setSubject(input.title());
        row.setIssuingBody(input.issuingBody());
        row.setIssuerReference(input.reference());
        row.setCaseNumber(input.caseNumber());
        row.setUrl(input.url());
        row.setSummary(input.summary());
        row.setReceivedOn(CalendarDays.toDate(dates.received()));
        row.setDeadline(CalendarDays.toDate(dates.deadline()));
        row.setResponsibleUserKey(input.responsibleUserKey());
        row.setResponsibleName(input.responsibleName());
        row.setPageId(input.pageId());
        row.setResponse(input.response());
        row.setDissent(input.dissent());
        row.setEasyRead(input.easyRead());
        row.setOutcome(input.outcome());
        row.setReviewDate(CalendarDays.toDate(dates.review()));
    }
}
