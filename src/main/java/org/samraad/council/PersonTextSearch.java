package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Finds a person's name in the free-text fields of a space's councils, through every feature's
 * {@link PersonMentions}: for erasure (what is left to edit by hand) and for the per-person export.
 */
@Component
public class PersonTextSearch {
    private final ActiveObjects ao;
    private final UserAccessor users;
    private final List<PersonMentions> features;

    public PersonTextSearch(@ComponentImport ActiveObjects ao, @ComponentImport UserAccessor users,
            List<PersonMentions> features) {
        this.ao = ao;
        this.users = users;
        this.features = List.copyOf(features);
    }

    /** The names the person goes by in typed text: the stored name, or the Confluence user's full name. */
    public List<String> names(MemberEntity member) {
        Set<String> names = new LinkedHashSet<>();
        if (member.getName() != null && !member.getName().isBlank()) {
            names.add(member.getName().strip());
        }
        if (member.getUserKey() != null) {
            ConfluenceUser user = users.getUserByKey(new UserKey(member.getUserKey()));
            if (user != null && user.getFullName() != null && !user.getFullName().isBlank()) {
                names.add(user.getFullName().strip());
            }
        }
        return List.copyOf(names);
    }

    /** Every free-text field of the space's councils that contains one of the names. */
    public List<TextMention> find(String spaceKey, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<Integer> councils = Arrays.stream(ao.find(CouncilEntity.class,
                Query.select().where("SPACE_KEY = ?", spaceKey))).map(CouncilEntity::getID).toList();
        return features.stream().flatMap(feature -> feature.find(councils, names).stream()).toList();
    }
}
