package org.samraad.council;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.FieldError;
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
 * The seats of a council's composition. Anyone who can view the council's space can read them; space editors
 * add, change and remove them. A seat that serving members hold cannot be removed.
 */
@Component
public class SeatService {
    static final int REQUIRED_MIN = 1;
    static final int REQUIRED_MAX = 100;
    static final int SORT_ORDER_MAX = 100_000;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final SeatsQuery seatsQuery;
    private final OrganisationService organisations;
    private final TimeSource time;

    public SeatService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            CouncilService councils,
            SeatsQuery seatsQuery,
            OrganisationService organisations,
            TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.councils = councils;
        this.seatsQuery = seatsQuery;
        this.organisations = organisations;
        this.time = time;
    }

    /** The council's seats in their order; 404 if the caller cannot view the council. */
    public List<Seat> list(int councilId) {
        return list(councils.get(councilId));
    }

    /** For callers that already hold the council (macro, composition): one statement. */
    List<Seat> list(Council council) {
        permissions.require(Permission.VIEW, council.spaceKey());
        return seatsQuery.ofCouncil(council.id());
    }

    /** A seat of the given council, read through AO so it sees the current transaction; empty if it is another's. */
    Optional<Seat> inCouncil(int seatId, int councilId) {
        SeatEntity row = ao.get(SeatEntity.class, seatId);
        if (row == null || row.getCouncilId() != councilId) {
            return Optional.empty();
        }
        return Optional.of(seat(row, null));
    }

    /** The row just written, read back through AO (which sees this transaction), with its organisation's name. */
    private Seat written(SeatEntity row) {
        OrganisationEntity organisation = row.getOrganisationId() == null
                ? null : ao.get(OrganisationEntity.class, row.getOrganisationId());
        return seat(row, organisation == null ? null : organisation.getName());
    }

    private static Seat seat(SeatEntity row, String organisationName) {
        SeatGroup group = Validation.parse(row.getSeatGroup(), SeatGroup.class);
        return new Seat(row.getID(), row.getCouncilId(), group == null ? SeatGroup.OTHER : group, row.getLabel(),
                row.getRequiredCount(), row.getOrganisationId(), organisationName, row.getSortOrder(), row.getVersion());
    }

    public Seat create(int councilId, SeatInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        validate(input).throwIfInvalid();
        return transactions.inTransaction(() -> {
            int sortOrder = input.sortOrder() != null ? input.sortOrder() : nextSortOrder(councilId);
            SeatEntity row = ao.create(
                    SeatEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("SEAT_GROUP", Validation.parse(input.group(), SeatGroup.class).name()),
                    new DBParam("REQUIRED_COUNT", input.requiredCount()),
                    new DBParam("SORT_ORDER", sortOrder),
                    new DBParam("VERSION", 0));
            row.setLabel(blankToNull(input.label()));
            row.setOrganisationId(input.organisationId());
            row.save();
            return written(row);
        });
    }

    public Seat update(int seatId, SeatInput input) {
        return transactions.inTransaction(() -> {
            SeatEntity row = row(seatId);
            permissions.require(Permission.EDIT, councilOf(row).spaceKey());
            validate(input).required("version", input.version()).throwIfInvalid();
            int version = versions.claim(SeatEntity.class, row.getID(), input.version());
            row.setSeatGroup(Validation.parse(input.group(), SeatGroup.class).name());
            row.setLabel(blankToNull(input.label()));
            row.setRequiredCount(input.requiredCount());
            row.setOrganisationId(input.organisationId());
            if (input.sortOrder() != null) {
                row.setSortOrder(input.sortOrder());
            }
            row.setVersion(version);
            row.save();
            return written(row);
        });
    }

    /**
     * Removes a seat nobody serves in (nor is about to: a term that has not ended counts). Former members keep
     * their row but lose the link, as the seat they held no longer exists.
     */
    public void delete(int seatId) {
        transactions.inTransaction(() -> {
            SeatEntity row = row(seatId);
            Council council = councilOf(row);
            permissions.require(Permission.EDIT, council.spaceKey());
            // as members are added to seats under the council's lock, none joins this one while it goes
            rowLock.lock(CouncilEntity.class, row.getCouncilId());
            int holders = ao.count(MemberEntity.class, Query.select().where(
                    "SEAT_ID = ? AND " + CurrentMember.aoWhere(),
                    seatId, CalendarDays.toDate(CouncilZone.today(time, council))));
            if (holders > 0) {
                throw new SeatOccupiedException();
            }
            for (MemberEntity former : ao.find(MemberEntity.class, Query.select().where("SEAT_ID = ?", seatId))) {
                former.setSeatId(null);
                former.save();
            }
            ao.delete(row);
        });
    }

    private SeatEntity row(int seatId) {
        return Rows.existing(ao, SeatEntity.class, seatId);
    }

    /** The seat's council; 404 (as for a missing seat) if the caller cannot view it. */
    private Council councilOf(SeatEntity row) {
        return councils.get(row.getCouncilId());
    }

    private int nextSortOrder(int councilId) {
        SeatEntity[] last = ao.find(SeatEntity.class,
                Query.select().where("COUNCIL_ID = ?", councilId).order("SORT_ORDER DESC").limit(1));
        return last.length == 0 ? 0 : Math.min(last[0].getSortOrder() + 1, SORT_ORDER_MAX);
    }

    private Validation validate(SeatInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        Validation validation = new Validation()
                .required("group", input.group())
                .oneOf("group", blankToNull(input.group()), SeatGroup.class)
                .line("label", input.label(), TextLengths.LINE)
                .required("requiredCount", input.requiredCount());
        if (input.requiredCount() != null
                && (input.requiredCount() < REQUIRED_MIN || input.requiredCount() > REQUIRED_MAX)) {
            validation.add(FieldError.of("requiredCount", "samraad.seat.error.out-of-range", REQUIRED_MIN, REQUIRED_MAX));
        }
        if (input.sortOrder() != null && (input.sortOrder() < 0 || input.sortOrder() > SORT_ORDER_MAX)) {
            validation.add(FieldError.of("sortOrder", "samraad.seat.error.out-of-range", 0, SORT_ORDER_MAX));
        }
        if (input.organisationId() != null && !organisations.isVisible(input.organisationId())) {
            validation.add(FieldError.of("organisationId", "samraad.seat.error.unknown-organisation"));
        }
        return validation;
    }
}
