package org.samraad.communication;

import org.samraad.meeting.AgendaAudience;

/**
 * One person a dispatch is for, and the version of the agenda or minutes they may see.
 *
 * @param recipient the dispatch log's key: {@code member:<id>}, {@code guest:<id>} or {@code request:<id>}
 * @param address null when the person has no e-mail address: they are reached on paper
 * @param member a council member (a guest otherwise)
 */
public record Addressee(String recipient, String name, String address, AgendaAudience audience, boolean member) {

    public boolean reachable() {
        return address != null;
    }
}
