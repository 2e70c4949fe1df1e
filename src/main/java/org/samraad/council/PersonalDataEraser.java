package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.PersonalHistoryFields;
import org.springframework.stereotype.Component;

/**
 * Removes a person's personal data from every table of the plugin. No permission checks here: callers are the
 * admin action (PersonErasureService), the scheduled anonymisation and the user-removed listener, each of
 * which decides who may. Runs inside the caller's transaction.
 */
@Component
public class PersonalDataEraser {
    private final ActiveObjects ao;

    public PersonalDataEraser(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * One membership ends its life: the member row keeps its place in history as "former member", and rows that
     * copied the person's name or key from it are cleared. The person's other memberships are untouched.
     */
    public Erasure anonymiseMembership(MemberEntity member, Date when) {
        int rows = clearByMemberId(member.getID());
        if (member.getName() != null) {
            rows += forgetInActionHistory(member.getName());
        }
        anonymise(member, when);
        return new Erasure(1, rows);
    }

    /** "Erase this person": the membership, and if the person has an account, the account everywhere. */
    public Erasure erasePerson(MemberEntity member, Date when) {
        String userKey = member.getUserKey();
        Erasure membership = anonymiseMembership(member, when);
        return userKey == null ? membership : membership.plus(eraseUserKey(userKey, when));
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
        for (PersonalReferences.Reference<?> reference : PersonalReferences.BY_USER_KEY) {
            rows += clear(reference, userKey);
        }
        rows += forgetInActionHistory(userKey);
        return new Erasure(memberships, rows);
    }

    /**
     * History keeps who owned an action as text. Those values are unlimited text, which is never filtered in SQL,
     * so the owner changes are read and compared here; erasure is rare, and the rows stay as history.
     */
    private int forgetInActionHistory(String person) {
        int rows = 0;
        for (ActionHistoryEntity change : ao.find(ActionHistoryEntity.class, Query.select()
                .where("CHANGE_KIND IN (?, ?)", PersonalHistoryFields.OWNER_USER_KEY, PersonalHistoryFields.OWNER_NAME))) {
            boolean named = person.equals(change.getOldValue()) || person.equals(change.getNewValue());
            if (named) {
                change.setOldValue(person.equals(change.getOldValue()) ? null : change.getOldValue());
                change.setNewValue(person.equals(change.getNewValue()) ? null : change.getNewValue());
                change.save();
                rows++;
            }
        }
        return rows;
    }

    private int clearByMemberId(int memberId) {
        int rows = 0;
        for (PersonalReferences.Reference<?> reference : PersonalReferences.BY_MEMBER_ID) {
            rows += clear(reference, memberId);
        }
        return rows;
    }

    private <T extends Entity> int clear(PersonalReferences.Reference<T> reference, Object value) {
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
