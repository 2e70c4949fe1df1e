package org.samraad.hearing;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.TextLengths;
import org.samraad.council.CouncilEntity;
import org.samraad.council.ShownName;
import org.samraad.meeting.PageBindings;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WebAddress;
import org.samraad.platform.sql.RowLock;
import org.springframework.stereotype.Component;

/**
 * The rules a hearing's input and moves must meet before {@link HearingWorkflow} writes them: lengths, dates in
 * order, a responsible person who exists, a response page no other meeting or hearing holds, and only the moves
 * {@link HearingStatus#next()} names, a declined one with its reason.
 */
@Component
public class HearingChecks {
    static final int TITLE_MAX = TextLengths.LONG_LINE;
    static final int BODY_MAX = TextLengths.LONG_LINE;
    static final int REFERENCE_MAX = TextLengths.LINE;
    static final int URL_MAX = TextLengths.LONG_LINE;
    static final int NAME_MAX = TextLengths.LINE;
    static final int TEXT_MAX = TextLengths.LONG_TEXT;
    static final int NOTE_MAX = 2_000;

    private final UserAccessor users;
    private final HearingReads reads;
    private final RowLock rowLock;
    private final PageBindings pageBindings;
    private final I18n i18n;

    public HearingChecks(
            @ComponentImport UserAccessor users,
            HearingReads reads,
            RowLock rowLock,
            PageBindings pageBindings,
            I18n i18n) {
        this.users = users;
        this.reads = reads;
        this.rowLock = rowLock;
        this.pageBindings = pageBindings;
        this.i18n = i18n;
    }

    Dates validate(Validation validation, HearingInput input) {
        validation.required("title", input.title())
                .line("title", input.title(), TITLE_MAX)
                .line("issuingBody", input.issuingBody(), BODY_MAX)
                .line("reference", input.reference(), REFERENCE_MAX)
                .line("caseNumber", input.caseNumber(), TextLengths.NUMBER)
                .maxLength("url", input.url(), URL_MAX)
                .line("responsibleUserKey", input.responsibleUserKey(), NAME_MAX)
                .line("responsibleName", input.responsibleName(), NAME_MAX)
                .required("deadline", input.deadline());
        validation.text("summary", input.summary(), TEXT_MAX)
                .text("response", input.response(), TEXT_MAX)
                .text("dissent", input.dissent(), TEXT_MAX)
                .text("easyRead", input.easyRead(), TEXT_MAX)
                .text("outcome", input.outcome(), TEXT_MAX);
        if (input.url() != null && !validation.hasErrorFor("url") && !WebAddress.isValid(input.url())) {
            validation.add(FieldError.of("url", "samraad.hearing.error.url"));
        }
        validation.userOrName("responsibleName", input.responsibleUserKey(), input.responsibleName());
        if (input.responsibleName() == null) {
            validation.existingUser("responsibleUserKey", input.responsibleUserKey(), users);
        }
        if (input.pageId() != null && input.pageId() <= 0) {
            validation.add(FieldError.of("pageId", "samraad.hearing.error.page"));
        }
        LocalDate received = validation.date("receivedOn", input.receivedOn());
        LocalDate deadline = validation.date("deadline", input.deadline());
        LocalDate review = validation.date("reviewDate", input.reviewDate());
        if (received != null && deadline != null && deadline.isBefore(received)) {
            validation.add(FieldError.of("deadline", "samraad.hearing.error.deadline-before-received"));
        }
        return new Dates(received, deadline, review);
    }

    /**
     * The move asked for, checked against the hearing as it is now: declining needs a reason; submitting records the
     * day the answer went out (today unless given; not before the hearing was received, not in the future).
     */
    Step step(HearingTransition raw, HearingRow stored, LocalDate today) {
        String note = Validation.blankToNull(raw.note());
        Validation validation = new Validation()
                .required("to", raw.to())
                .required("version", raw.version())
                .oneOf("to", raw.to(), HearingStatus.class)
                .text("note", note, NOTE_MAX);
        HearingStatus target = raw.to() == null ? null : Validation.parse(raw.to(), HearingStatus.class);
        if (target != null && !stored.status().canMoveTo(target)) {
            validation.add(FieldError.of("to", "samraad.hearing.error.transition",
                    i18n.text("samraad.hearing.status." + stored.status().name()), allowed(stored.status())));
        }
        if (target == HearingStatus.DECLINED && note == null) {
            validation.add(FieldError.of("note", "samraad.hearing.error.reason-required"));
        }
        LocalDate submittedOn = null;
        if (target == HearingStatus.SUBMITTED) {
            submittedOn = Validation.isBlank(raw.submittedOn()) ? today : validation.date("submittedOn", raw.submittedOn());
            if (submittedOn != null && submittedOn.isAfter(today)) {
                validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-future"));
            } else if (submittedOn != null && stored.receivedOn() != null
                    && submittedOn.isBefore(stored.receivedOn())) {
                validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-before-received"));
            }
        } else if (raw.submittedOn() != null) {
            validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-only"));
        }
        validation.throwIfInvalid();
        return new Step(target, note, submittedOn);
    }

    /**
     * An existing page of the council's space, one meeting or hearing per page: the council is locked first (the
     * page is in its space), so two writers cannot both find the page free.
     */
    void refuseUnbindablePage(int councilId, String spaceKey, Long pageId, Integer hearingId) {
        if (pageId == null) {
            return;
        }
        rowLock.lock(CouncilEntity.class, councilId);
        pageBindings.requireBindable(PageBindings.Binder.HEARING, hearingId, spaceKey, pageId);
    }

    private String allowed(HearingStatus from) {
        List<String> names = from.next().stream().map(s -> i18n.text("samraad.hearing.status." + s.name())).toList();
        return names.isEmpty() ? i18n.text("samraad.hearing.no-further-status") : String.join(", ", names);
    }

    /**
     * An update from a caller who was shown "name not published" for the responsible person: sent back as shown
     * (no user key, that text or no name), the stored person stays.
     */
    HearingInput keepUnseenResponsible(HearingInput input, HearingRow stored) {
        ShownName shown = reads.responsible(stored);
        if (!shown.hidden() || input.responsibleUserKey() != null
                || input.responsibleName() != null && !input.responsibleName().equals(shown.name())) {
            return input;
        }
        return new HearingInput(input.title(), input.issuingBody(), input.reference(), input.url(), input.summary(),
                input.receivedOn(), input.deadline(), stored.responsibleUserKey(), stored.responsibleName(),
                input.pageId(), input.response(), input.dissent(), input.easyRead(), input.outcome(),
                input.reviewDate(), input.version(), input.caseNumber());
    }

    /**
     * The responsible person the "Edit hearing" form names: a picked user (by key), else the name the page shows for
     * the current person (kept as stored, whether a user, a name without an account or hidden from the caller), else
     * a Confluence username, resolved here. Never nobody: the reminders must reach someone. A field error on
     * {@code responsible} otherwise, in the caller's language.
     */
    Responsible responsible(HearingFacts facts, HearingRow stored) {
        String pickedKey = Validation.blankToNull(facts.responsibleUserKey());
        String typed = Validation.blankToNull(facts.responsible());
        Validation validation = new Validation();
        if (pickedKey != null) {
            validation.existingUser("responsible", pickedKey, users);
            validation.throwIfInvalid();
            return new Responsible(pickedKey, null);
        }
        validation.required("responsible", typed).line("responsible", typed, NAME_MAX);
        validation.throwIfInvalid();
        ShownName shown = reads.responsible(stored);
        if (typed.equals(shown.name()) && (stored.responsibleUserKey() != null || stored.responsibleName() != null)) {
            return new Responsible(stored.responsibleUserKey(), stored.responsibleName());
        }
        com.atlassian.confluence.user.ConfluenceUser user = users.getUserByName(typed);
        if (user == null || user.getKey() == null) {
            throw new ValidationException(FieldError.of("responsible", "samraad.hearing.error.responsible-unknown",
                    typed));
        }
        return new Responsible(user.getKey().getStringValue(), null);
    }

    /** A responsible person as stored: a user key, or a name without an account. */
    record Responsible(String userKey, String name) {}

    static HearingInput normalised(HearingInput input) {
        if (input == null) {
            throw new ValidationException(FieldError.of("title", "samraad.error.required"));
        }
        return new HearingInput(
                Validation.blankToNull(input.title()),
                Validation.blankToNull(input.issuingBody()),
                Validation.blankToNull(input.reference()),
                Validation.blankToNull(input.url()),
                blankToNullKeepingLines(input.summary()),
                Validation.blankToNull(input.receivedOn()),
                Validation.blankToNull(input.deadline()),
                Validation.blankToNull(input.responsibleUserKey()),
                Validation.blankToNull(input.responsibleName()),
                input.pageId(),
                blankToNullKeepingLines(input.response()),
                blankToNullKeepingLines(input.dissent()),
                blankToNullKeepingLines(input.easyRead()),
                blankToNullKeepingLines(input.outcome()),
                Validation.blankToNull(input.reviewDate()),
                input.version(),
                Validation.blankToNull(input.caseNumber()));
    }

    /** Long texts keep their inner line breaks and indentation; only a text of nothing but space becomes absent. */
    private static String blankToNullKeepingLines(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Dates(LocalDate received, LocalDate deadline, LocalDate review) {}

    /** A checked move: where to, why, and for a submission the day the answer went out. */
    record Step(HearingStatus target, String note, LocalDate submittedOn) {}
}
