package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import org.samraad.action.ActionCouncilReferences;
import org.samraad.action.ActionOverviewCounts;
import org.samraad.action.ActionPersonalData;
import org.samraad.action.ActionSpaceData;
import org.samraad.budget.BudgetCouncilReferences;
import org.samraad.budget.BudgetPersonalData;
import org.samraad.budget.BudgetSpaceData;
import org.samraad.communication.CommunicationPersonalData;
import org.samraad.communication.CommunicationSpaceData;
import org.samraad.council.CouncilReferences;
import org.samraad.council.OverviewCounts;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReferences;
import org.samraad.council.SpaceDataHolder;
import org.samraad.hearing.HearingCouncilReferences;
import org.samraad.hearing.HearingOverviewCounts;
import org.samraad.hearing.HearingPersonalData;
import org.samraad.hearing.HearingSpaceData;
import org.samraad.involvement.InvolvementCouncilReferences;
import org.samraad.involvement.InvolvementPersonalData;
import org.samraad.involvement.InvolvementSpaceData;
import org.samraad.meeting.MeetingCouncilReferences;
import org.samraad.meeting.MeetingOverviewCounts;
import org.samraad.meeting.MeetingPersonalData;
import org.samraad.meeting.MeetingSpaceData;
import org.samraad.plan.FinalReportData;
import org.samraad.plan.PlanCouncilReferences;
import org.samraad.plan.PlanPersonalData;
import org.samraad.plan.PlanSpaceData;
import org.samraad.platform.SystemTimeSource;

/**
 * Every feature's implementation of council's cross-feature interfaces, for tests that wire council by hand: what
 * the plugin container finds by scanning, so council's rules see the whole plugin as in the product.
 */
public final class FeaturePorts {
    private FeaturePorts() {}

    public static List<CouncilReferences> councilReferences() {
        return List.of(new MeetingCouncilReferences(), new ActionCouncilReferences(), new HearingCouncilReferences(),
                new PlanCouncilReferences(), new InvolvementCouncilReferences(), new BudgetCouncilReferences());
    }

    public static List<OverviewCounts> overviewCounts() {
        return List.of(new MeetingOverviewCounts(), new ActionOverviewCounts(), new HearingOverviewCounts());
    }

    public static PersonalReferences personalReferences(ActiveObjects ao) {
        return new PersonalReferences(personalData(ao));
    }

    public static List<PersonalDataHolder> personalData(ActiveObjects ao) {
        // no texts: only the holders' columns are read here
        return List.of(new MeetingPersonalData(ao, new SystemTimeSource(), null), new ActionPersonalData(ao),
                new HearingPersonalData(), new CommunicationPersonalData(ao), new PlanPersonalData(),
                new InvolvementPersonalData(ao), new BudgetPersonalData(), new FinalReportData());
    }

    public static List<SpaceDataHolder> spaceData() {
        // communication's first: its rows are found through the meetings that meeting's removes
        return List.of(new CommunicationSpaceData(), new MeetingSpaceData(), new ActionSpaceData(),
                new HearingSpaceData(), new PlanSpaceData(), new InvolvementSpaceData(), new BudgetSpaceData(),
                new FinalReportData());
    }
}
