package org.samraad.council;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.UserNames;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what of a member a caller may see. REST, the members macro and the CSV export all
 * get their {@link Member}s from here, so a rule changed here changes everywhere.
 *
 * <ul>
 *   <li>Insiders (space administrators and serving council members other than observers) see everything.</li>
 *   <li>Everyone else sees no contact details (e-mail, phone, postal address), no per-diem eligibility and no
 *       consent date; and for a member who has not consented to publication, no name and no user key (the key
 *       identifies the person as well as the name does) but the "name not published" text.</li>
 *   <li>An anonymised member shows to everyone as "former member" with no personal data.</li>
 * </ul>
 * Display names of Confluence users are resolved here at render time from their user key; names are never stored
 * for users, so a renamed user shows under the new name.
 */
@Component
public class MemberVisibility {
    private final SpacePermissions permissions;
    private final CurrentUser currentUser;
    private final UserAccessor users;
    private final I18n i18n;
    private final MembersQuery membersQuery;

    public MemberVisibility(
            SpacePermissions permissions,
            CurrentUser currentUser,
            @ComponentImport UserAccessor users,
            I18n i18n,
            MembersQuery membersQuery) {
        this.membersQuery = membersQuery;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.users = users;
        this.i18n = i18n;
    }

    /** The caller's standing, decided from the council's member rows already loaded (no further SQL). */
    public Viewer viewerOf(Council council, List<MemberRow> councilRows, LocalDate today) {
        boolean administrator = permissions.canAdminister(council.spaceKey());
        boolean editor = administrator || permissions.canEdit(council.spaceKey());
        Optional<String> me = currentUser.userKey();
        boolean member = me.isPresent() && councilRows.stream().anyMatch(row -> isInsiderRow(row, me.get(), today));
        boolean secretary = me.isPresent() && councilRows.stream()
                .anyMatch(row -> isInsiderRow(row, me.get(), today) && row.role() == MemberRole.SECRETARY);
        return new Viewer(administrator || member, editor, administrator, secretary);
    }

    /**
     * The caller's standing when the council's rows are not loaded (one member): at most one statement, for the
     * caller's own rows, and none for administrators and anonymous callers.
     */
    Viewer viewerOf(Council council, LocalDate today) {
        boolean administrator = permissions.canAdminister(council.spaceKey());
        Optional<String> me = currentUser.userKey();
        List<MemberRow> mine = administrator || me.isEmpty() ? List.of() : membersQuery.ofUser(council.id(), me.get());
        return viewerOf(council, mine, today);
    }

    private static boolean isInsiderRow(MemberRow row, String userKey, LocalDate today) {
        return userKey.equals(row.userKey()) && row.isServingInsider(today);
    }

    public List<Member> show(List<MemberRow> rows, Viewer viewer, LocalDate today) {
        Map<String, String> names = new HashMap<>();
        return show(rows, viewer, today, key -> names.computeIfAbsent(key, this::fullName));
    }

    /**
     * As {@link #show(List, Viewer, LocalDate)}, with full names from {@code fullNames} (e.g. as they were when
     * minutes were approved) instead of Confluence's current ones.
     */
    public List<Member> show(List<MemberRow> rows, Viewer viewer, LocalDate today,
            Function<String, String> fullNames) {
        return rows.stream().map(row -> show(row, viewer, today, fullNames)).toList();
    }

    Member show(MemberRow row, Viewer viewer, LocalDate today) {
        return show(row, viewer, today, this::fullName);
    }

    private Member show(MemberRow row, Viewer viewer, LocalDate today, Function<String, String> fullNames) {
        if (row.isAnonymised()) {
            return new Member(row.id(), row.councilId(), null, null, i18n.text("samraad.member.former"), true,
                    row.role(), row.seatId(), row.organisationId(), row.organisationName(), row.substituteForId(),
                    row.termStart(), row.termEnd(), false, true, null, false, null, null, null, null, row.version(),
                    row.person());
        }
        boolean insider = viewer.insider();
        boolean nameHidden = !insider && !row.publishConsent();
        String displayName = nameHidden
                ? i18n.text("samraad.member.name-not-published")
                : row.userKey() != null ? fullNames.apply(row.userKey())
                : row.name() != null ? row.name()
                : UserNames.unknown(i18n); // a row written by hand with neither
        return new Member(
                row.id(),
                row.councilId(),
                nameHidden ? null : row.userKey(),
                nameHidden ? null : row.name(),
                displayName,
                nameHidden,
                row.role(),
                row.seatId(),
                row.organisationId(),
                row.organisationName(),
                row.substituteForId(),
                row.termStart(),
                row.termEnd(),
                row.isServing(today),
                false,
                insider ? row.perDiemEligible() : null,
                row.publishConsent(),
                insider ? row.consentChangedAt() : null,
                insider ? row.email() : null,
                insider ? row.phone() : null,
                insider ? row.postalAddress() : null,
                row.version(),
                row.person());
    }

    /**
     * The namer of a council's history for the caller: the people in it by the member list's rule (one statement,
     * the council's member rows; whether the caller is an insider is decided over those rows).
     */
    public HistoryNames historyNames(Council council, LocalDate today) {
        List<MemberRow> councilRows = membersQuery.ofCouncil(council.id());
        return historyNames(councilRows, viewerOf(council, councilRows, today).insider());
    }

    /** As {@link #historyNames(Council, LocalDate)}, over rows already loaded and a standing already decided. */
    public HistoryNames historyNames(List<MemberRow> councilRows, boolean insider) {
        return new HistoryNames(this, i18n, councilRows, insider);
    }

    /**
     * Whether the caller sees unpublished names of a council's members: a space administrator, or a serving insider
     * of the council (found by {@link PersonStanding#servingInsiderSql} in the statement that loaded the rows).
     */
    public boolean seesUnpublishedNames(String spaceKey, boolean servingInsider) {
        return servingInsider || permissions.canAdminister(spaceKey);
    }

    /**
     * How a person a row refers to is named to a caller: the member list's rule wherever a person appears (action
     * owners, hearings, history). A member without consent to publication is "name not published", with no user
     * key, to everyone but insiders; an anonymised member is "former member" to everyone.
     *
     * @param userKey the Confluence user referred to, or null
     * @param storedName the stored name of a person without an account, or null
     * @param insider the caller sees unpublished names ({@link Viewer#insider()}, {@link #seesUnpublishedNames})
     */
    public ShownName name(PersonStanding standing, String userKey, String storedName, boolean insider) {
        return name(standing, userKey, storedName, insider, this::fullName);
    }

    /** As {@link #name(PersonStanding, String, String, boolean)}, with the full name from {@code fullNames}. */
    public ShownName name(PersonStanding standing, String userKey, String storedName, boolean insider,
            Function<String, String> fullNames) {
        if (standing == PersonStanding.FORMER) {
            return new ShownName(null, i18n.text("samraad.member.former"), false);
        }
        if (standing == PersonStanding.UNPUBLISHED && !insider) {
            return new ShownName(null, i18n.text("samraad.member.name-not-published"), true);
        }
        return new ShownName(userKey, userKey != null ? fullNames.apply(userKey) : storedName, false);
    }

    /**
     * An update from a caller who could not see some stored fields: those sent as null keep their stored value,
     * so saving a form that showed "name not published" or no contact details does not erase them.
     */
    MemberInput keepHidden(MemberInput input, MemberRow stored, Viewer viewer) {
        if (viewer.insider()) {
            return input;
        }
        boolean nameWasHidden = !stored.publishConsent();
        boolean personGiven = notBlank(input.userKey()) || notBlank(input.name());
        return new MemberInput(
                nameWasHidden && !personGiven ? stored.userKey() : input.userKey(),
                nameWasHidden && !personGiven ? stored.name() : input.name(),
                input.role(),
                input.seatId(),
                input.organisationId(),
                input.substituteForId(),
                input.termStart(),
                input.termEnd(),
                input.perDiemEligible() == null ? stored.perDiemEligible() : input.perDiemEligible(),
                input.publishConsent(),
                input.email() == null ? stored.email() : input.email(),
                input.phone() == null ? stored.phone() : input.phone(),
                input.postalAddress() == null ? stored.postalAddress() : input.postalAddress(),
                input.force(),
                input.version(),
                input.samePersonAs());
    }

    /**
     * Whether an update would publish a name the caller has never seen: consent given by someone who sees only
     * "name not published" and does not enter the person anew. Recording consent needs knowing whose it is.
     */
    boolean publishesUnseenName(MemberInput input, MemberRow stored, Viewer viewer) {
        return !viewer.insider() && !stored.publishConsent() && Boolean.TRUE.equals(input.publishConsent())
                && Objects.equals(input.userKey(), stored.userKey()) && Objects.equals(input.name(), stored.name());
    }

    private String fullName(String userKey) {
        return UserNames.fullName(users, i18n, userKey);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
