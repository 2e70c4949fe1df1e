package org.samraad.council;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Rows;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TextLengths;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * The members of a council: Confluence users (by user key) or named people without an account. Anyone who can
 * view the council's space reads the list through {@link MemberVisibility}; space editors add, change and remove
 * members; only space administrators may over-fill a seat. Reads cost at most three statements.
 */
@Component
public class MemberService {
    static final int PHONE_MAX = 40;
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]+");
    /** Control characters (NUL included, which PostgreSQL refuses) have no place in a name or an address. */

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final SeatService seats;
    private final MembersQuery membersQuery;
    private final MemberVisibility visibility;
    private final OrganisationService organisations;
    private final UserAccessor users;
    private final TimeSource time;
    private final List<CouncilReferences> references;

    public MemberService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            CouncilService councils,
            SeatService seats,
            MembersQuery membersQuery,
            MemberVisibility visibility,
            OrganisationService organisations,
            @ComponentImport UserAccessor users,
            TimeSource time,
            List<CouncilReferences> references) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.councils = councils;
        this.seats = seats;
        this.membersQuery = membersQuery;
        this.visibility = visibility;
        this.organisations = organisations;
        this.users = users;
        this.time = time;
        this.references = List.copyOf(references);
    }

    /** Every member of the council, former ones included (marked not serving); 404 if the caller cannot view it. */
    public List<Member> list(int councilId) {
        Council council = councils.get(councilId);
        LocalDate today = CouncilZone.today(time, council);
        List<MemberRow> rows = membersQuery.ofCouncil(council.id());
        return sorted(visibility.show(rows, visibility.viewerOf(council, rows, today), today));
    }

    /** Seats, members and composition of a council the caller already holds: two statements. */
    MemberList memberList(Council council) {
        List<Seat> councilSeats = seats.list(council);
        LocalDate today = CouncilZone.today(time, council);
        List<MemberRow> rows = membersQuery.ofCouncil(council.id());
        Viewer viewer = visibility.viewerOf(council, rows, today);
        return new MemberList(council, viewer, councilSeats, sorted(visibility.show(rows, viewer, today)),
                Composition.of(councilSeats, rows, today));
    }

    public Member get(int memberId) {
        MemberRow row = membersQuery.byId(memberId).orElseThrow(NotFoundException::new);
        Council council = councils.get(row.councilId());
        LocalDate today = CouncilZone.today(time, council);
        return visibility.show(row, visibility.viewerOf(council, today), today);
    }

    public Member create(int councilId, MemberInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        if (input == null) {
            throw new ValidationException(List.of());
        }
        return transactions.inTransaction(() -> {
            // the seat and chair rules span the council's members: checked and written one writer at a time
            rowLock.lock(CouncilEntity.class, councilId);
            LocalDate today = CouncilZone.today(time, council);
            List<MemberRow> rows = rowsOf(councilId);
            Viewer viewer = visibility.viewerOf(council, rows, today);
            MemberEntity person = input.samePersonAs() == null ? null : samePerson(input.samePersonAs(), council, rows);
            MemberInput complete = person == null ? input : withPerson(input, person);
            validate(complete, council, null, rows, viewer, today).throwIfInvalid();
            MemberEntity entity = ao.create(
                    MemberEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("ROLE", Validation.parse(complete.role(), MemberRole.class).name()),
                    new DBParam("VERSION", 0));
            apply(complete, entity, null);
            if (person != null) {
                // one person: the new membership joins the person's first one, consent history included
                entity.setPersonId(person.getPersonId() == null ? person.getID() : person.getPersonId());
                entity.setConsentChangedAt(person.getConsentChangedAt());
            }
            entity.save();
            return visibility.show(written(entity), viewer, today);
        });
    }

    public Member update(int memberId, MemberInput input) {
        return transactions.inTransaction(() -> {
            MemberEntity entity = entity(memberId);
            Council council = councils.get(entity.getCouncilId());
            permissions.require(Permission.EDIT, council.spaceKey());
            if (input == null) {
                throw new ValidationException(List.of());
            }
            MemberRow stored = MemberRow.of(entity);
            if (stored.isAnonymised()) {
                throw new MemberAnonymisedException();
            }
            rowLock.lock(CouncilEntity.class, council.id());
            LocalDate today = CouncilZone.today(time, council);
            List<MemberRow> rows = rowsOf(council.id());
            Viewer viewer = visibility.viewerOf(council, rows, today);
            MemberInput complete = visibility.keepHidden(input, stored, viewer);
            Validation validation = validate(complete, council, stored, rows, viewer, today).required("version", complete.version());
            if (visibility.publishesUnseenName(complete, stored, viewer)) {
                validation.add(FieldError.of("publishConsent", "samraad.member.error.consent-unseen"));
            }
            validation.throwIfInvalid();
            int version = versions.claim(MemberEntity.class, entity.getID(), complete.version());
            entity.setRole(Validation.parse(complete.role(), MemberRole.class).name());
            apply(complete, entity, stored);
            entity.setVersion(version);
            entity.save();
            shareThePerson(entity);
            return visibility.show(written(entity), viewer, today);
        });
    }

    /**
     * Removes a member registered by mistake. A member that meetings, agenda requests or action items refer to is
     * part of the council's record and is not deleted (409): end the term instead. Anyone who was this member's
     * personal substitute stays a substitute, without the link.
     */
    public void delete(int memberId) {
        transactions.inTransaction(() -> {
            MemberEntity entity = entity(memberId);
            Council council = councils.get(entity.getCouncilId());
            permissions.require(Permission.EDIT, council.spaceKey());
            if (hasHistory(memberId)) {
                throw new MemberHasHistoryException();
            }
            for (MemberEntity substitute : ao.find(MemberEntity.class,
                    Query.select().where("SUBSTITUTE_FOR_ID = ?", memberId))) {
                substitute.setSubstituteForId(null);
                substitute.save();
            }
            ao.delete(entity);
        });
    }

    /**
     * The people of the other councils a new member of this council may be (the member form's "already in another
     * council" choice): serving memberships of councils whose space the caller administers (a council has a space
     * of its own, and only its administrators may hand its people's details on), one per person, without those who
     * already sit in this council. Space editors of this council (403). Three statements: the council, the councils,
     * and the members of this council and the others together.
     */
    public List<PersonChoice> otherPeople(int councilId) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        List<Council> others = councils.list(null).stream()
                .filter(other -> other.id() != councilId && permissions.canAdminister(other.spaceKey())).toList();
        List<Integer> ids = new java.util.ArrayList<>();
        ids.add(councilId);
        others.forEach(other -> ids.add(other.id()));
        java.util.Map<Integer, List<MemberRow>> byCouncil = membersQuery.ofCouncils(ids).members().stream()
                .collect(java.util.stream.Collectors.groupingBy(MemberRow::councilId));
        java.util.Set<Integer> here = new java.util.HashSet<>();
        byCouncil.getOrDefault(councilId, List.of()).stream().filter(row -> !row.isAnonymised())
                .forEach(row -> here.add(row.person()));
        java.util.Map<Integer, PersonChoice> people = new java.util.LinkedHashMap<>();
        for (Council other : others) {
            LocalDate today = CouncilZone.today(time, other);
            List<MemberRow> rows = byCouncil.getOrDefault(other.id(), List.of());
            Viewer viewer = visibility.viewerOf(other, rows, today);
            for (MemberRow row : rows) {
                if (row.isServing(today) && !here.contains(row.person())) {
                    Member shown = visibility.show(row, viewer, today);
                    people.putIfAbsent(row.person(), new PersonChoice(row.id(), row.person(), shown.displayName(),
                            shown.nameHidden(), other.id(), other.name()));
                }
            }
        }
        return people.values().stream()
                .sorted(Comparator.comparing(PersonChoice::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * One person the member form offers.
     *
     * @param memberId the membership to send as {@code samePersonAs}
     * @param councilName the council of that membership
     */
    public record PersonChoice(int memberId, int personId, String displayName, boolean nameHidden, int councilId,
            String councilName) {}

    /**
     * The membership a new member shares its person with: one in another council whose space the caller
     * administers, not anonymised, of a person who does not already sit in this council; a field error otherwise
     * (the same for a membership the caller may not see, so nothing is given away).
     */
    private MemberEntity samePerson(int memberId, Council council, List<MemberRow> rows) {
        MemberEntity person = ao.get(MemberEntity.class, memberId);
        CouncilEntity home = person == null ? null : ao.get(CouncilEntity.class, person.getCouncilId());
        if (home == null || person.getAnonymisedAt() != null || home.getID() == council.id()
                || !permissions.canAdminister(home.getSpaceKey())) {
            throw new ValidationException(FieldError.of("samePersonAs", "samraad.member.error.same-person-unknown"));
        }
        int key = person.getPersonId() == null ? person.getID() : person.getPersonId();
        if (rows.stream().anyMatch(row -> !row.isAnonymised() && row.person() == key)) {
            throw new ValidationException(FieldError.of("samePersonAs", "samraad.member.error.same-person-here"));
        }
        return person;
    }

    /** The input with the person's own fields taken from the membership they share. */
    private static MemberInput withPerson(MemberInput input, MemberEntity person) {
        return new MemberInput(person.getUserKey(), person.getName(), input.role(), input.seatId(),
                input.organisationId(), input.substituteForId(), input.termStart(), input.termEnd(),
                input.perDiemEligible(), person.isPublishConsent(), person.getEmail(), person.getPhone(),
                person.getPostalAddress(), input.force(), input.version(), input.samePersonAs());
    }

    /**
     * After a change of one membership: the person's other memberships (not anonymised) take the same user key,
     * name, contact details and consent, each with a new version, so a form open on one of them meets a 409.
     */
    private void shareThePerson(MemberEntity changed) {
        for (MemberEntity other : memberships(changed)) {
            if (other.getID() == changed.getID() || other.getAnonymisedAt() != null) {
                continue;
            }
            other.setUserKey(changed.getUserKey());
            other.setName(changed.getName());
            other.setEmail(changed.getEmail());
            other.setPhone(changed.getPhone());
            other.setPostalAddress(changed.getPostalAddress());
            other.setPublishConsent(changed.isPublishConsent());
            other.setConsentChangedAt(changed.getConsentChangedAt());
            other.setVersion(other.getVersion() + 1);
            other.save();
        }
    }

    /** Every membership of the person a row belongs to, the row itself included, in every council. */
    static MemberEntity[] memberships(ActiveObjects ao, MemberEntity member) {
        int key = member.getPersonId() == null ? member.getID() : member.getPersonId();
        return ao.find(MemberEntity.class, Query.select().where("ID = ? OR PERSON_ID = ?", key, key).order("ID"));
    }

    private MemberEntity[] memberships(MemberEntity member) {
        return memberships(ao, member);
    }

    /** Whether a record of another feature names the member (attendance, agenda requests, owned actions). */
    private boolean hasHistory(int memberId) {
        return references.stream().flatMap(feature -> feature.namingMember().stream()).anyMatch(column ->
                ao.count(column.type(), Query.select().where(column.name() + " = ?", memberId)) > 0);
    }

    private MemberEntity entity(int memberId) {
        return Rows.existing(ao, MemberEntity.class, memberId);
    }

    /** The row just written, read back through AO (which sees this transaction), with its organisation's name. */
    private MemberRow written(MemberEntity entity) {
        MemberRow row = MemberRow.of(entity);
        OrganisationEntity organisation = row.organisationId() == null
                ? null : ao.get(OrganisationEntity.class, row.organisationId());
        return organisation == null ? row : row.withOrganisationName(organisation.getName());
    }

    /** Inside a write, through AO: what the rules check must be what this transaction sees. */
    private List<MemberRow> rowsOf(int councilId) {
        return Arrays.stream(ao.find(MemberEntity.class, Query.select().where("COUNCIL_ID = ?", councilId)))
                .map(MemberRow::of)
                .toList();
    }

    private void apply(MemberInput input, MemberEntity entity, MemberRow stored) {
        entity.setUserKey(blankToNull(input.userKey()));
        entity.setName(input.userKey() != null && !input.userKey().isBlank() ? null : blankToNull(input.name()));
        entity.setSeatId(input.seatId());
        entity.setOrganisationId(input.organisationId());
        entity.setSubstituteForId(input.substituteForId());
        entity.setTermStart(CalendarDays.toDate(input.termStart()));
        entity.setTermEnd(CalendarDays.toDate(input.termEnd()));
        entity.setPerDiemEligible(Boolean.TRUE.equals(input.perDiemEligible()));
        boolean consent = Boolean.TRUE.equals(input.publishConsent());
        if (stored == null || stored.publishConsent() != consent) {
            // When consent was given or withdrawn is what the secretariat must be able to show.
            entity.setConsentChangedAt(Date.from(time.now()));
        }
        entity.setPublishConsent(consent);
        entity.setEmail(blankToNull(input.email()));
        entity.setPhone(blankToNull(input.phone()));
        entity.setPostalAddress(blankToNull(input.postalAddress()));
    }

    private Validation validate(
            MemberInput input, Council council, MemberRow stored, List<MemberRow> rows, Viewer viewer, LocalDate today) {
        Validation validation = new Validation()
                .line("userKey", input.userKey(), TextLengths.LINE)
                .line("name", input.name(), TextLengths.LINE)
                .required("role", input.role())
                .oneOf("role", blankToNull(input.role()), MemberRole.class)
                .email("email", input.email(), TextLengths.LINE)
                .line("phone", input.phone(), PHONE_MAX)
                .text("postalAddress", input.postalAddress(), TextLengths.LONG_LINE);
        validation.date("termStart", input.termStart());
        validation.date("termEnd", input.termEnd());

        boolean hasUser = notBlank(input.userKey());
        boolean hasName = notBlank(input.name());
        validation.userOrName("userKey", input.userKey(), input.name());
        if (!hasUser && !hasName) {
            validation.add(FieldError.of("name", "samraad.member.error.person-required"));
        } else if (!hasName) {
            validation.existingUser("userKey", input.userKey().strip(), users);
        }
        if (notBlank(input.phone()) && !validation.hasErrorFor("phone")
                && (!PHONE.matcher(input.phone().strip()).matches() || input.phone().chars().filter(Character::isDigit).count() < 3)) {
            validation.add(FieldError.of("phone", "samraad.member.error.phone"));
        }
        if (input.termStart() != null && input.termEnd() != null && !validation.hasErrorFor("termStart")
                && !validation.hasErrorFor("termEnd") && !input.termEnd().isAfter(input.termStart())) {
            validation.add(FieldError.of("termEnd", "samraad.member.error.term-order"));
        }

        Seat seat = null;
        if (input.seatId() != null) {
            seat = seats.inCouncil(input.seatId(), council.id()).orElse(null);
            if (seat == null) {
                validation.add(FieldError.of("seatId", "samraad.member.error.unknown-seat"));
            }
        }
        if (input.organisationId() != null && !organisations.isVisible(input.organisationId())) {
            validation.add(FieldError.of("organisationId", "samraad.member.error.unknown-organisation"));
        }
        MemberRole role = Validation.parse(input.role(), MemberRole.class);
        if (input.substituteForId() != null) {
            Integer self = stored == null ? null : stored.id();
            boolean sameCouncil = rows.stream().anyMatch(r -> r.id() == input.substituteForId() && !r.isAnonymised());
            if (Objects.equals(self, input.substituteForId())) {
                validation.add(FieldError.of("substituteForId", "samraad.member.error.substitute-self"));
            } else if (!sameCouncil) {
                validation.add(FieldError.of("substituteForId", "samraad.member.error.substitute-council"));
            } else if (role != null && role != MemberRole.SUBSTITUTE) {
                validation.add(FieldError.of("substituteForId", "samraad.member.error.substitute-role"));
            }
        }
        if (role != null && !validation.hasErrorFor("termEnd") && !validation.hasErrorFor("seatId")) {
            boolean overFillConfirmed = Boolean.TRUE.equals(input.force()) && viewer.administrator();
            MemberRules.Candidate candidate = new MemberRules.Candidate(
                    stored == null ? null : stored.id(), role, input.seatId(), new Term(input.termStart(), input.termEnd()));
            MemberRules.check(candidate, stored, rows, seat, overFillConfirmed, today).forEach(validation::add);
        }
        return validation;
    }

    /** Chair and vice chair first, then by role, then by the name the caller sees (never by a hidden one). */
    static List<Member> sorted(List<Member> members) {
        return members.stream()
                .sorted(Comparator.comparing((Member m) -> !m.serving())
                        .thenComparing(Member::role)
                        .thenComparing(Member::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(Member::id))
                .toList();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
