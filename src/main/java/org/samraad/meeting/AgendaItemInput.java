package org.samraad.meeting;

import java.util.List;

/**
 * What a client sends to add or change an agenda item. On update every field is replaced (PUT), the attachment list
 * included; the position is changed only through the agenda order. Kinds arrive as text so that a wrong value is a
 * field error in the caller's language.
 *
 * @param kind INFORMATION, DISCUSSION, DECISION, HEARING or STANDING (the last only with a standing kind)
 * @param presenterUserKey a Confluence user; or {@code presenterName} for someone without an account (not both)
 * @param durationMinutes 0–600; null means 0
 * @param version required on update: the version the client read
 * @param caseNumber the municipality's case number (Sagsnr., Ärendenr.), as its case system writes it
 * @param dissenterIds the council members who dissented, picked from the member list; null keeps the stored ones
 *
 * <p>Code builds one by name ({@link #of}); the positional constructor is for JSON.
 */
public record AgendaItemInput(
        String title,
        String kind,
        String standingKind,
        String presenterUserKey,
        String presenterName,
        Integer durationMinutes,
        Boolean closed,
        String casePresentation,
        String recommendation,
        String decision,
        String dissent,
        String easyRead,
        Integer hearingId,
        List<AgendaAttachmentInput> attachments,
        Integer version,
        List<Integer> dissenterIds,
        String caseNumber) {

    /** An input with this title and every other field absent; set the others by name. */
    public static Builder of(String title) {
        return new Builder(title);
    }

    /** Fields named as the API names them; what is not set stays absent (null). */
    public static final class Builder {
        private final String title;
        private String kind;
        private String standingKind;
        private String presenterUserKey;
        private String presenterName;
        private Integer durationMinutes;
        private Boolean closed;
        private String casePresentation;
        private String recommendation;
        private String decision;
        private String dissent;
        private String easyRead;
        private Integer hearingId;
        private List<AgendaAttachmentInput> attachments;
        private Integer version;
        private List<Integer> dissenterIds;
        private String caseNumber;

        private Builder(String title) {
            this.title = title;
        }

        public Builder kind(String value) {
            kind = value;
            return this;
        }

        public Builder standingKind(String value) {
            standingKind = value;
            return this;
        }

        public Builder presenterUserKey(String value) {
            presenterUserKey = value;
            return this;
        }

        public Builder presenterName(String value) {
            presenterName = value;
            return this;
        }

        public Builder durationMinutes(Integer value) {
            durationMinutes = value;
            return this;
        }

        public Builder closed(Boolean value) {
            closed = value;
            return this;
        }

        public Builder casePresentation(String value) {
            casePresentation = value;
            return this;
        }

        public Builder recommendation(String value) {
            recommendation = value;
            return this;
        }

        public Builder decision(String value) {
            decision = value;
            return this;
        }

        public Builder dissent(String value) {
            dissent = value;
            return this;
        }

        public Builder easyRead(String value) {
            easyRead = value;
            return this;
        }

        public Builder hearingId(Integer value) {
            hearingId = value;
            return this;
        }

        public Builder attachments(List<AgendaAttachmentInput> value) {
            attachments = value;
            return this;
        }

        public Builder version(Integer value) {
            version = value;
            return this;
        }

        public Builder dissenterIds(List<Integer> value) {
            dissenterIds = value;
            return this;
        }

        public Builder caseNumber(String value) {
            caseNumber = value;
            return this;
        }

        public AgendaItemInput build() {
            return new AgendaItemInput(title, kind, standingKind, presenterUserKey, presenterName, durationMinutes,
                    closed, casePresentation, recommendation, decision, dissent, easyRead, hearingId, attachments,
                    version, dissenterIds, caseNumber);
        }
    }
}
