package org.samraad.council;

/**
 * Who is looking at a council's members. {@code insider}: a space administrator or a serving council member
 * (any role but observer) — they see contact details and unpublished names. {@code editor}: may add, change and
 * remove members (space EDIT). {@code administrator}: may also confirm over-filling a seat. {@code secretary}: serves
 * on the council today in the role {@link MemberRole#SECRETARY}.
 */
public record Viewer(boolean insider, boolean editor, boolean administrator, boolean secretary) {

    /**
     * The secretariat runs a council's meetings: publishes the agenda, marks the meeting held, approves and
     * publishes the minutes, cancels, reinstates and reopens, and accepts or declines members' agenda requests.
     * That is a space administrator, or a serving secretary of the council who can edit the space (every change
     * in the plugin needs space EDIT; the role alone gives no rights in Confluence). Other editors do the rest.
     */
    public boolean secretariat() {
        return administrator || editor && secretary;
    }
}
