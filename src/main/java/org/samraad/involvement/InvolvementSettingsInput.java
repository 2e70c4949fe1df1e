package org.samraad.involvement;

import java.util.List;

/**
 * What a client sends to set a council's involvement process; every field is replaced (PUT).
 *
 * @param targetGroups the target groups in order; an entry with the {@code id} of a stored one renames it (what
 *     actors covered stays), one without an id is new
 * @param dimensions the plan's dimensions, the same way
 * @param deadline an ISO date, or blank
 * @param responsibleUserKeys the user keys of the people from the administration who run the process
 * @param version the version read; 0 for a process never saved
 */
public record InvolvementSettingsInput(
        List<TopicInput> targetGroups,
        List<TopicInput> dimensions,
        String deadline,
        List<String> responsibleUserKeys,
        Integer version) {

    /** One target group or dimension as sent: the stored id, or none for a new one. */
    public record TopicInput(Integer id, String name) {}
}
