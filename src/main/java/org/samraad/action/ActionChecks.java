package org.samraad.action;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.samraad.platform.TextLengths;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationService;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The rules an action's input must meet before {@link ActionWorkflow} writes it: lengths, one owner that exists
 * (a Confluence user by key, or a named person without an account) and/or an organisation the writer can see, a
 * member and an origin of the action's own council.
 */
@Component
public class ActionChecks {
    static final int TITLE_MAX = TextLengths.LONG_LINE;
    static final int TEXT_MAX = TextLengths.TEXT;
    static final int NAME_MAX = TextLengths.LINE;
    static final int USER_KEY_MAX = TextLengths.LINE;
    static final int PERCENT_MAX = 100;

    private final ActiveObjects ao;
    private final CouncilService councils;
    private final OrganisationService organisations;
    private final UserAccessor users;
    private final ActionReads reads;

    public ActionChecks(
            @ComponentImport ActiveObjects ao,
            CouncilService councils,
            OrganisationService organisations,
            @ComponentImport UserAccessor users,
            ActionReads reads) {
        this.ao = ao;
        this.councils = councils;
        this.organisations = organisations;
        this.users = users;
        this.reads = reads;
    }

    /**
     * @param council null when the council is unknown (its own error is already there)
     * @param storedOrganisation the organisation the action has now: keeping it needs no visibility, so an editor
     *     can change the due date of an action another editor gave to an organisation of a space only they can see
     */
    void validate(Validation validation, ActionInput input, Council council, Integer storedOrganisation) {
        validation.required("title", input.title())
                .line("title", input.title(), TITLE_MAX)
                .text("description", input.description(), TEXT_MAX)
                .line("ownerUserKey", input.ownerUserKey(), USER_KEY_MAX)
                .line("ownerName", input.ownerName(), NAME_MAX)
                // a note on the update is the new progress note: checked once, as the note
                .text("progressNote", input.note() == null ? input.progressNote() : null, TEXT_MAX)
                .text("note", input.note(), TEXT_MAX)
                .oneOf("status", input.status(), ActionStatus.class);
        validation.userOrName("ownerName", input.ownerUserKey(), input.ownerName());
        if (input.ownerUserKey() == null && input.ownerName() == null && input.organisationId() == null) {
            validation.add(FieldError.of("owner", "samraad.action.error.owner-required"));
        }
        validation.existingUser("ownerUserKey", input.ownerUserKey(), users);
        if (input.organisationId() != null && !input.organisationId().equals(storedOrganisation)
                && !organisations.isVisible(input.organisationId())) {
            validation.add(FieldError.of("organisationId", "samraad.action.error.unknown-organisation"));
        }
        if (input.ownerMemberId() != null) {
            MemberEntity member = ao.get(MemberEntity.class, input.ownerMemberId());
            if (member == null || council == null || member.getCouncilId() != council.id()) {
                validation.add(FieldError.of("ownerMemberId", "samraad.action.error.unknown-member"));
            }
        }
        validation.date("dueDate", input.dueDate());
        if (input.percentDone() != null && (input.percentDone() < 0 || input.percentDone() > PERCENT_MAX)) {
            validation.add(FieldError.of("percentDone", "samraad.action.error.percent"));
        }
    }

    /** The meeting must be one of the council's, the agenda item one of the meeting's. */
    void validateOrigin(Validation validation, ActionInput input, Council council) {
        if (input.meetingId() != null) {
            MeetingEntity meeting = ao.get(MeetingEntity.class, input.meetingId());
            if (meeting == null || council == null || meeting.getCouncilId() != council.id()) {
                validation.add(FieldError.of("meetingId", "samraad.action.error.unknown-meeting"));
            }
        }
        if (input.agendaItemId() != null) {
            AgendaItemEntity item = ao.get(AgendaItemEntity.class, input.agendaItemId());
            if (item == null || input.meetingId() == null || item.getMeetingId() != input.meetingId()) {
                validation.add(FieldError.of("agendaItemId", "samraad.action.error.unknown-agenda-item"));
            }
        }
    }

    /**
     * An update from a caller who was shown "name not published" or "former member" for the owner: sent back as
     * it was shown (no user key, that text or no name, the same member), the stored owner stays, so saving a status
     * does not overwrite a person the caller could not see.
     */
    ActionInput keepUnseenOwner(ActionInput input, int id, Council council) {
        ActionRow stored = reads.stored(id);
        ShownName shown = reads.owner(stored, council);
        boolean unseen = shown.hidden() || stored.ownerStanding() == PersonStanding.FORMER;
        if (!unseen || input.ownerUserKey() != null || !Objects.equals(input.ownerMemberId(), stored.ownerMemberId())
                || input.ownerName() != null && !input.ownerName().equals(shown.name())) {
            return input;
        }
        return new ActionInput(input.councilId(), input.title(), input.description(), stored.ownerUserKey(),
                stored.ownerName(), input.ownerMemberId(), input.organisationId(), input.dueDate(), input.status(),
                input.percentDone(), input.progressNote(), input.meetingId(), input.agendaItemId(), input.version(),
                input.note());
    }

    Optional<Council> visibleCouncil(int councilId) {
        try {
            return Optional.of(councils.get(councilId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Surrounding white space is never meant; empty optional fields are stored as absent. A progress note on the
     * update becomes the action's latest progress note.
     */
    static ActionInput normalised(ActionInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        String note = blankToNull(input.note());
        return new ActionInput(input.councilId(), blankToNull(input.title()), blankToNull(input.description()),
                blankToNull(input.ownerUserKey()), blankToNull(input.ownerName()), input.ownerMemberId(),
                input.organisationId(), blankToNull(input.dueDate()), blankToNull(input.status()),
                input.percentDone(), note != null ? note : blankToNull(input.progressNote()), input.meetingId(),
                input.agendaItemId(), input.version(), note);
    }
}
