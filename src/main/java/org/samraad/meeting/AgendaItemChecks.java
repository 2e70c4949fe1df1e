package org.samraad.meeting;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.samraad.council.MemberEntity;
import org.samraad.platform.FieldError;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WebAddress;
import org.springframework.stereotype.Component;

/**
 * The field rules of an agenda item and its attachments. Lengths match the columns; links follow the one rule of
 * {@link WebAddress} (the plugin only prints them, it never fetches them).
 */
@Component
public class AgendaItemChecks {
    static final int DURATION_MAX = 600;
    static final int ATTACHMENTS_MAX = 100;

    private final ActiveObjects ao;
    private final UserAccessor users;
    private final AgendaHearings hearings;

    public AgendaItemChecks(@ComponentImport ActiveObjects ao, @ComponentImport UserAccessor users,
            AgendaHearings hearings) {
        this.ao = ao;
        this.users = users;
        this.hearings = hearings;
    }

    /** Surrounding white space is never meant; empty optional fields are stored as absent. */
    static AgendaItemInput normalised(AgendaItemInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        List<AgendaAttachmentInput> attachments = new ArrayList<>();
        if (input.attachments() != null) {
            for (AgendaAttachmentInput a : input.attachments()) {
                attachments.add(a == null ? new AgendaAttachmentInput(null, null, null, null)
                        : new AgendaAttachmentInput(blankToNull(a.title()), a.attachmentId(), blankToNull(a.url()),
                                a.closed(), blankToNull(a.documentNumber())));
            }
        }
        return AgendaItemInput.of(blankToNull(input.title()))
                .kind(blankToNull(input.kind()))
                .standingKind(blankToNull(input.standingKind()))
                .presenterUserKey(blankToNull(input.presenterUserKey()))
                .presenterName(blankToNull(input.presenterName()))
                .durationMinutes(input.durationMinutes())
                .closed(input.closed())
                .casePresentation(blankToNull(input.casePresentation()))
                .recommendation(blankToNull(input.recommendation()))
                .decision(blankToNull(input.decision()))
                .dissent(blankToNull(input.dissent()))
                .easyRead(blankToNull(input.easyRead()))
                .hearingId(input.hearingId())
                .attachments(attachments)
                .version(input.version())
                .dissenterIds(input.dissenterIds() == null ? null : input.dissenterIds().stream().distinct().toList())
                .caseNumber(blankToNull(input.caseNumber()))
                .build();
    }

    /**
     * Every field problem of a normalised input.
     *
     * @param insider whether the caller may see closed items: only they may close an item or an attachment
     */
    Validation validate(AgendaItemInput input, int councilId, boolean insider) {
        Validation validation = new Validation()
                .required("title", input.title())
                .line("title", input.title(), TextLengths.LONG_LINE)
                .required("kind", input.kind())
                .oneOf("kind", input.kind(), AgendaItemKind.class)
                .oneOf("standingKind", input.standingKind(), StandingKind.class)
                .line("presenterUserKey", input.presenterUserKey(), TextLengths.LINE)
                .line("presenterName", input.presenterName(), TextLengths.LINE)
                .line("caseNumber", input.caseNumber(), TextLengths.NUMBER)
                .text("casePresentation", input.casePresentation(), TextLengths.LONG_TEXT)
                .text("recommendation", input.recommendation(), TextLengths.LONG_TEXT)
                .text("decision", input.decision(), TextLengths.LONG_TEXT)
                .text("dissent", input.dissent(), TextLengths.LONG_TEXT)
                .text("easyRead", input.easyRead(), TextLengths.LONG_TEXT);
        boolean standing = AgendaItemKind.STANDING == Validation.parse(input.kind(), AgendaItemKind.class);
        if (!validation.hasErrorFor("kind") && !validation.hasErrorFor("standingKind")
                && standing != (input.standingKind() != null)) {
            validation.add(FieldError.of("standingKind", "samraad.agenda.error.standing-kind"));
        }
        validation.userOrName("presenterName", input.presenterUserKey(), input.presenterName());
        validation.existingUser("presenterUserKey", input.presenterUserKey(), users);
        if (input.durationMinutes() != null && (input.durationMinutes() < 0 || input.durationMinutes() > DURATION_MAX)) {
            validation.add(FieldError.of("durationMinutes", "samraad.agenda.error.duration", DURATION_MAX));
        }
        if (Boolean.TRUE.equals(input.closed()) && !insider) {
            validation.add(FieldError.of("closed", "samraad.agenda.error.closed-insiders"));
        }
        if (input.hearingId() != null) {
            if (!hearings.isOfCouncil(input.hearingId(), councilId)) {
                validation.add(FieldError.of("hearingId", "samraad.agenda.error.unknown-hearing"));
            }
        }
        attachments(validation, input.attachments(), insider);
        dissenters(validation, input.dissenterIds(), councilId);
        return validation;
    }

    /** Dissenters are picked from the member list: each must be a member of the meeting's council. */
    private void dissenters(Validation validation, List<Integer> ids, int councilId) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Integer> members = Arrays.stream(
                ao.find(MemberEntity.class, "COUNCIL_ID = ?", councilId)).map(MemberEntity::getID)
                .collect(Collectors.toSet());
        if (ids.stream().anyMatch(id -> id == null || !members.contains(id))) {
            validation.add(FieldError.of("dissenterIds", "samraad.agenda.error.unknown-dissenter"));
        }
    }

    private static void attachments(Validation validation, List<AgendaAttachmentInput> attachments, boolean insider) {
        if (attachments.size() > ATTACHMENTS_MAX) {
            validation.add(FieldError.of("attachments", "samraad.agenda.error.too-many-attachments", ATTACHMENTS_MAX));
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            AgendaAttachmentInput a = attachments.get(i);
            String field = "attachments[" + i + "].";
            validation.required(field + "title", a.title()).line(field + "title", a.title(), TextLengths.LONG_LINE)
                    .line(field + "documentNumber", a.documentNumber(), TextLengths.NUMBER);
            if ((a.attachmentId() == null) == (a.url() == null)) {
                validation.add(FieldError.of(field + "url", "samraad.agenda.error.attachment-source"));
            } else if (a.url() != null && (a.url().length() > TextLengths.LONG_LINE || !WebAddress.isValid(a.url()))) {
                validation.add(FieldError.of(field + "url", "samraad.agenda.error.url", TextLengths.LONG_LINE));
            } else if (a.attachmentId() != null && a.attachmentId() < 1) {
                validation.add(FieldError.of(field + "attachmentId", "samraad.agenda.error.attachment-id"));
            }
            if (Boolean.TRUE.equals(a.closed()) && !insider) {
                validation.add(FieldError.of(field + "closed", "samraad.agenda.error.closed-insiders"));
            }
        }
    }
}
