package org.samraad.council;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * One person's membership of one council: a Confluence user (user key) or a named person without an account.
 * Deliberately no fields for diagnoses, CPR numbers, cases, gender or birthday.
 */
@Preload
@Table("Member")
public interface MemberEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @Indexed
    String getUserKey();
    void setUserKey(String userKey);

    /** For people without an account; cleared when the member is anonymised. */
    String getName();
    void setName(String name);

    /** CHAIR, VICE_CHAIR, MEMBER, SUBSTITUTE, SECRETARY, OBSERVER. */
    @NotNull
    @Indexed
    String getRole();
    void setRole(String role);

    @Indexed
    Integer getSeatId();
    void setSeatId(Integer seatId);

    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);

    /** On a substitute's row: the member whose personal substitute this is. */
    @Indexed
    Integer getSubstituteForId();
    void setSubstituteForId(Integer substituteForId);

    Date getTermStart();
    void setTermStart(Date termStart);

    @Indexed
    Date getTermEnd();
    void setTermEnd(Date termEnd);

    @NotNull
    @Default("false")
    boolean isPerDiemEligible();
    void setPerDiemEligible(boolean perDiemEligible);

    /** Without consent the name never appears in public output. */
    @NotNull
    @Default("false")
    boolean isPublishConsent();
    void setPublishConsent(boolean publishConsent);

    Date getConsentChangedAt();
    void setConsentChangedAt(Date consentChangedAt);

    /** Contact details are shown to council members only. */
    String getEmail();
    void setEmail(String email);

    String getPhone();
    void setPhone(String phone);

    /** Some members are reached by letter only. */
    @StringLength(TextLengths.LONG_LINE)
    String getPostalAddress();
    void setPostalAddress(String postalAddress);

    /**
     * The membership that first recorded this person, when the person sits in several councils (each council has a
     * space of its own; the link is made by someone who administers both): their
     * memberships share the person (user key, name, contact details, consent), kept equal on every write, and an
     * erasure covers them all. Null: this row is the person's first (or only) membership, as every row written
     * before this column existed.
     */
    @Indexed
    Integer getPersonId();
    void setPersonId(Integer personId);

    @Indexed
    Date getAnonymisedAt();
    void setAnonymisedAt(Date anonymisedAt);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
