package org.samraad.meeting;

/**
 * The quorum attendance being entered would give ({@code POST /meetings/{id}/quorum/preview}): the figures of
 * {@link Quorum} and the sentence the attendance shows for them, in the reader's language, so the form shows the
 * server's one rule as it is filled in.
 */
public record QuorumPreview(int members, int present, int substitutes, int required, boolean quorate, String text) {

    static QuorumPreview of(Quorum quorum, String text) {
        return new QuorumPreview(quorum.members(), quorum.present(), quorum.substitutes(), quorum.required(),
                quorum.quorate(), text);
    }
}
