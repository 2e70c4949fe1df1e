package org.samraad.plan;

import org.samraad.council.CouncilZone;
import org.samraad.platform.PagePermissions;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.time.ZoneId;
import java.util.List;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;
import org.samraad.platform.DateRule;

/**
 * A council's annual plan (årshjul): whoever can view the council's space reads it (404 otherwise). At most three
 * statements whatever the number of lines: the council, its year, and the staff of its own entries.
 */
@Component
public class AnnualPlanService {
    private final CouncilService councils;
    private final AnnualPlanQuery query;
    private final PlanStaffReads staff;
    private final PagePermissions pages;
    private final TimeSource time;

    public AnnualPlanService(CouncilService councils, AnnualPlanQuery query, PlanStaffReads staff,
            PagePermissions pages, TimeSource time) {
        this.councils = councils;
        this.query = query;
        this.staff = staff;
        this.pages = pages;
        this.time = time;
    }

    /** The plan of a year typed as text (blank: this year in the council's zone); a wrong year is a field error. */
    public AnnualPlan plan(int councilId, String year) {
        Validation validation = new Validation();
        Integer parsed = validation.year("year", year, DateRule.LAST_YEAR);
        validation.throwIfInvalid();
        Council council = councils.get(councilId);
        return plan(council, parsed == null ? thisYear(council) : parsed);
    }

    /**
     * The plan of a council the caller already resolved (and so may view). One statement, and one more for the
     * staff when the year has own entries.
     */
    public AnnualPlan plan(Council council, int year) {
        ZoneId zone = CouncilZone.forLocale(council.locale());
        // a meeting or hearing whose page is restricted from the caller is left out of the plan
        List<AnnualPlanItem> items = pages.viewable(query.items(council.id(), year, zone), AnnualPlanItem::pageId)
                .stream().sorted(AnnualPlanItem::compare).toList();
        if (items.stream().anyMatch(item -> item.source() == AnnualPlanSource.ENTRY)) {
            Map<Integer, List<PlanStaff>> staffed = staff.ofEntriesStarting(council,
                    Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()),
                    Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
            items = items.stream().map(item -> item.source() == AnnualPlanSource.ENTRY && staffed.containsKey(item.id())
                    ? item.withStaff(staffed.get(item.id())) : item).toList();
        }
        return new AnnualPlan(council.id(), year, zone.getId(), items);
    }

    public LocalDate today(Council council) {
        return CouncilZone.today(time, council);
    }

    public int thisYear(Council council) {
        return today(council).getYear();
    }
}
