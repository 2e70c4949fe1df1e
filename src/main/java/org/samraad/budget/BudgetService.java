package org.samraad.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A council's budget per year with its per-diem rates. Budget and per-diems are the secretariat's (space
 * administrators, and serving secretaries of the council who can edit the space): anyone else who can view the
 * space gets 403, anyone who cannot 404. Two statements a read: the council, then {@link BudgetQuery}'s one.
 */
@Component
public class BudgetService {
    /** 100 billion in whole currency units: far above any council's budget, well inside a long. */
    static final long AMOUNT_MAX = 10_000_000_000_000L;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock locks;
    private final CouncilService councils;
    private final BudgetQuery query;
    private final SpacePermissions permissions;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public BudgetService(@ComponentImport ActiveObjects ao, Transactions transactions, VersionClaim versions,
            RowLock locks, CouncilService councils, BudgetQuery query, SpacePermissions permissions,
            CurrentUser currentUser, TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.locks = locks;
        this.councils = councils;
        this.query = query;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The budget of a year typed as text (blank: this year in the council's zone). */
    public Budget budget(int councilId, String year) {
        year(year); // a wrong year is a field error before anything is read
        return budget(councils.get(councilId), year);
    }

    /** For a council the caller was already allowed to see (resolved through {@link CouncilService}). */
    public Budget budget(Council council, String year) {
        int parsed = year(council, year);
        return shown(council, parsed, secretariatRead(council, parsed));
    }

    /** The year's budget for the annual report: only for the secretariat, and only once something was saved. */
    Optional<Budget> forReport(Council council, int year) {
        // without EDIT nobody is the secretariat: no statement for readers
        if (!permissions.canEdit(council.spaceKey()) && !permissions.canAdminister(council.spaceKey())) {
            return Optional.empty();
        }
        BudgetQuery.Stored stored = read(council, year);
        if (!isSecretariat(council, stored) || stored.budgetId() == null && stored.approvedMeetings() == 0) {
            return Optional.empty();
        }
        return Optional.of(shown(council, year, stored));
    }

    /** The stored budget of a year, or 403 unless the caller is the council's secretariat. One statement. */
    BudgetQuery.Stored secretariatRead(Council council, int year) {
        BudgetQuery.Stored stored = read(council, year);
        if (!isSecretariat(council, stored)) {
            throw new ForbiddenException();
        }
        return stored;
    }

    /** A year typed as text (a field error if wrong), blank being this year in the council's zone. */
    int year(Council council, String year) {
        int typed = year(year);
        return typed < 0 ? thisYear(council) : typed;
    }

    public Budget update(int councilId, String year, BudgetInput raw) {
        int typed = year(year);
        Council council = councils.get(councilId);
        int parsed = typed < 0 ? thisYear(council) : typed;
        BudgetQuery.Stored before = secretariatRead(council, parsed);
        if (raw == null) {
            throw new ValidationException(List.of());
        }
        Validation validation = new Validation().required("version", raw.version());
        BudgetCurrency currency = raw.currency() == null || raw.currency().isBlank()
                ? (before.currency() != null ? BudgetCurrency.valueOf(before.currency().trim())
                        : BudgetCurrency.forLocale(council.locale()))
                : Validation.parse(raw.currency(), BudgetCurrency.class);
        validation.oneOf("currency", Validation.blankToNull(raw.currency()), BudgetCurrency.class);
        List<BudgetLine> lines = lines(validation, raw.lines());
        BudgetRates rates = rates(validation, raw.rates());
        validation.throwIfInvalid();
        transactions.inTransaction(() -> {
            locks.lock(CouncilEntity.class, council.id());
            BudgetEntity[] found = ao.find(BudgetEntity.class, "COUNCIL_ID = ? AND BUDGET_YEAR = ?", council.id(),
                    parsed);
            BudgetEntity row;
            if (found.length == 0) {
                if (raw.version() != 0) {
                    throw new StaleVersionException();
                }
                row = ao.create(BudgetEntity.class, new DBParam("COUNCIL_ID", council.id()),
                        new DBParam("BUDGET_YEAR", parsed), new DBParam("CURRENCY", currency.name()),
                        new DBParam("VERSION", 1));
            } else {
                row = found[0];
                row.setVersion(versions.claim(BudgetEntity.class, row.getID(), raw.version()));
            }
            row.setCurrency(currency.name());
            row.setPerDiemRate(rates.perMeeting());
            row.setTransportRate(rates.transport().name());
            row.setTransportAmount(rates.transportAmount());
            row.save();
            ao.deleteWithSQL(BudgetLineEntity.class, "BUDGET_ID = ?", row.getID());
            for (BudgetLine line : lines) {
                ao.create(BudgetLineEntity.class, new DBParam("BUDGET_ID", row.getID()),
                        new DBParam("COUNCIL_ID", council.id()), new DBParam("CATEGORY", line.category().name()),
                        new DBParam("PLANNED", line.planned()), new DBParam("SPENT", line.spent()));
            }
        });
        return shown(council, parsed, read(council, parsed));
    }

    // --- rules

    private static List<BudgetLine> lines(Validation validation, List<BudgetInput.BudgetLineInput> input) {
        List<BudgetLine> lines = new ArrayList<>();
        Set<BudgetCategory> seen = EnumSet.noneOf(BudgetCategory.class);
        List<BudgetInput.BudgetLineInput> given = input == null ? List.of() : input;
        for (int i = 0; i < given.size(); i++) {
            BudgetInput.BudgetLineInput line = given.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                validation.add(FieldError.of(at + "category", "samraad.error.required"));
                continue;
            }
            validation.required(at + "category", line.category()).oneOf(at + "category", line.category(),
                    BudgetCategory.class);
            amount(validation, at + "planned", line.planned());
            amount(validation, at + "spent", line.spent());
            BudgetCategory category = Validation.parse(line.category(), BudgetCategory.class);
            if (category != null && !seen.add(category)) {
                validation.add(FieldError.of(at + "category", "samraad.budget.error.duplicate-category"));
            }
        }
        for (BudgetCategory category : BudgetCategory.values()) {
            BudgetInput.BudgetLineInput line = given.stream().filter(l -> l != null
                    && Validation.parse(l.category(), BudgetCategory.class) == category).findFirst().orElse(null);
            lines.add(new BudgetLine(category, line == null || line.planned() == null ? 0 : line.planned(),
                    line == null || line.spent() == null ? 0 : line.spent()));
        }
        return lines;
    }

    private static BudgetRates rates(Validation validation, BudgetInput.BudgetRatesInput input) {
        if (input == null) {
            return BudgetRates.NONE;
        }
        amount(validation, "rates.perMeeting", input.perMeeting());
        amount(validation, "rates.transportAmount", input.transportAmount());
        validation.oneOf("rates.transport", Validation.blankToNull(input.transport()), TransportRate.class);
        TransportRate transport = Validation.parse(Validation.blankToNull(input.transport()), TransportRate.class);
        return new BudgetRates(input.perMeeting() == null ? 0 : input.perMeeting(),
                transport == null ? TransportRate.NONE : transport,
                input.transportAmount() == null ? 0 : input.transportAmount());
    }

    private static void amount(Validation validation, String field, Long value) {
        if (value != null && (value < 0 || value > AMOUNT_MAX)) {
            validation.add(FieldError.of(field, "samraad.budget.error.amount"));
        }
    }

    /** The year typed, or -1 for blank (this year in the council's zone, once the council is known). */
    private static int year(String year) {
        Validation validation = new Validation();
        Integer parsed = validation.year("year", year, DateRule.LAST_YEAR);
        validation.throwIfInvalid();
        return parsed == null ? -1 : parsed;
    }

    private BudgetQuery.Stored read(Council council, int year) {
        return query.read(council.id(), year, currentUser.userKey().orElse(null), CouncilZone.today(time, council));
    }

    private int thisYear(Council council) {
        return CouncilZone.today(time, council).getYear();
    }

    private boolean isSecretariat(Council council, BudgetQuery.Stored stored) {
        String space = council.spaceKey();
        return permissions.canAdminister(space) || permissions.canEdit(space) && stored.callerSecretary();
    }

    private Budget shown(Council council, int year, BudgetQuery.Stored stored) {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            lines.add(stored.lines().getOrDefault(category, new BudgetLine(category, 0, 0)));
        }
        String currency = stored.currency() != null ? stored.currency().trim()
                : BudgetCurrency.forLocale(council.locale()).name();
        return new Budget(council.id(), year, currency, lines,
                lines.stream().mapToLong(BudgetLine::planned).sum(), lines.stream().mapToLong(BudgetLine::spent).sum(),
                stored.rates(), stored.approvedTotal(), stored.approvedMeetings(), stored.version());
    }
}
