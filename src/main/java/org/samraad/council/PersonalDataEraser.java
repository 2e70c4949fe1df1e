package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.List;
import net.java.ao.Entity;
import org.springframework.stereotype.Component;

/**
 * Removes a person's personal data from every table of the plugin. No permission checks here: callers are the
 * admin action (PersonErasureService), the scheduled anonymisation and the user-removed listener, each of
 * which decides who may. Runs inside the caller's transaction.
 */
@Component
public class PersonalDataEraser {
    private final ActiveObjects ao;
    private final PersonalReferences references;

    public PersonalDataEraser(@ComponentImport ActiveObjects ao, PersonalReferences references) {
        this.ao = ao;
        this.references = references;
    }

    /**
     * One membership ends its life: the member row keeps its place in history as "former member", and rows that
     * copied the person's name or key from it are cleared. The person's other memberships are untouched.
     */
    public Erasure anonymiseMembership(MemberEntity member, Date when) {
        int rows = clearByMemberId(member.getID());
        if (member.getName() != null) {
            rows += references.forget(member.getName());
        }
        if (member.getEmail() != null) {
            // a guest invited with the person's address is the person, whatever name the invitation gave
            rows += references.forget(member.getEmail());
        }
        anonymise(member, when);
        return new Erasure(1, rows);
    }

    /**
     * "Erase this person": every membership of the person (in every council, see {@link MemberEntity#getPersonId()}:
     * a person is erased whole, not council by council), and if the person has an account, the account everywhere.
     */
    public Erasure erasePerson(MemberEntity member, Date when) {
        String userKey = member.getUserKey();
        Erasure erased = new Erasure(0, 0);
        for (MemberEntity membership : MemberService.memberships(ao, member)) {
            if (membership.getAnonymisedAt() == null || membership.getID() == member.getID()) {
                erased = erased.plus(anonymiseMembership(membership, when));
            }
        }
        return userKey == null ? erased : erased.plus(eraseUserKey(userKey, when));
    }

    /** A Confluence user gone or erased: every membership anonymised, every reference to the key cleared. */
    public Erasure eraseUserKey(String userKey, Date when) {
        int memberships = 0;
        int rows = 0;
        for (MemberEntity member : ao.find(MemberEntity.class, "USER_KEY = ?", userKey)) {
            rows += clearByMemberId(member.getID());
            anonymise(member, when);
            memberships++;
        }
        for (PersonalReference<?> reference : references.byUserKey()) {
            rows += clear(reference, userKey);
        }
        rows += references.forget(userKey);
        return new Erasure(memberships, rows);
    }

    private int clearByMemberId(int memberId) {
        int rows = 0;
        for (PersonalReference<?> reference : references.byMemberId()) {
            rows += clear(reference, memberId);
        }
        return rows;
    }

    private <T extends Entity> int clear(PersonalReference<T> reference, Object value) {
        T[] rows = ao.find(reference.type(), reference.column() + " = ?", value);
        for (T row : rows) {
            reference.clear().accept(row);
            row.save();
        }
        return rows.length;
    }

    private static void anonymise(MemberEntity member, Date when) {
        member.setUserKey(null);
        member.setName(null);
        member.setEmail(null);
        member.setPhone(null);
        member.setPostalAddress(null);
        member.setPublishConsent(false);
        member.setConsentChangedAt(when);
        member.setAnonymisedAt(when);
        member.setVersion(member.getVersion() + 1);
        member.save();
    }

    /**
     * What an erasure touched: memberships anonymised and other rows whose pointer to the person was cleared; and
     * the free-text fields that still contain the person's name, for the secretary to edit (only an erasure asked
     * for by a space administrator looks for them, in the councils of that space).
     */
    public record Erasure(int memberships, int references, List<TextMention> mentions) {
        public Erasure {
            mentions = List.copyOf(mentions);
        }

        Erasure(int memberships, int references) {
            this(memberships, references, List.of());
        }

        Erasure plus(Erasure other) {
            return new Erasure(memberships + other.memberships, references + other.references);
        }

        Erasure withMentions(List<TextMention> found) {
            return new Erasure(memberships, references, found);
        }
    }
}
