package org.samraad.meeting;

import java.util.Map;
import org.samraad.platform.FormValues;

/**
 * The meeting wizard's form values as the create-content plugin hands them on (strings; a one-element array or list
 * tolerated), shared by the context provider that titles the page and the listener that records the meeting.
 */
final class MeetingWizard {
    static final String BLUEPRINT_FIELD = FormValues.BLUEPRINT_FIELD;
    static final String BLUEPRINT = "meeting";

    private final Map<String, Object> context;

    MeetingWizard(Map<String, Object> context) {
        this.context = context;
    }

    boolean isOurs() {
        return context != null && BLUEPRINT.equals(text(BLUEPRINT_FIELD));
    }

    /** The meeting as typed; the page title becomes the meeting's title. */
    MeetingInput input(String title, Long pageId) {
        return new MeetingInput(text("meetingKind"), text("meetingDate"), text("startTime"), text("endTime"),
                text("place"), "true".equalsIgnoreCase(text("openToPublic")) || "on".equalsIgnoreCase(text("openToPublic")),
                title, pageId, null);
    }

    /** The planned meeting picked in the wizard (field {@code plannedMeeting}); null for a new meeting. */
    Integer plannedMeeting() {
        String value = text("plannedMeeting");
        return value == null || !value.trim().matches("\\d{1,9}") ? null : Integer.valueOf(value.trim());
    }

    String text(String field) {
        return FormValues.text(context.get(field));
    }
}
