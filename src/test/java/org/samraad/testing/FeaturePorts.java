package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import org.samraad.action.ActionCouncilReferences;
import org.samraad.action.ActionOverviewCounts;
import org.samraad.action.ActionPersonalData;
import org.samraad.action.ActionSpaceData;
import org.samraad.council.CouncilReferences;
import org.samraad.council.OverviewCounts;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReferences;
import org.samraad.council.SpaceDataHolder;
import org.samraad.hearing.HearingCouncilReferences;
import org.samraad.hearing.HearingOverviewCounts;
import org.samraad.hearing.HearingPersonalData;
import org.samraad.hearing.HearingSpaceData;
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
                new PlanCouncilReferences());
    }

    public static List<OverviewCounts> overviewCounts() {
        return List.of(new MeetingOverviewCounts(), new ActionOverviewCounts(), new HearingOverviewCounts());
    }

    public static PersonalReferences personalReferences(ActiveObjects ao) {
        return new PersonalReferences(personalData(ao));
    }

    public static List<PersonalDataHolder> personalData(ActiveObjects ao) {
        return List.of(new MeetingPersonalData(ao, new SystemTimeSource()), new ActionPersonalData(ao), new HearingPersonalData(),
                new PlanPersonalData(), new FinalReportData());
    }

    public static List<SpaceDataHolder> spaceData() {
        return List.of(new MeetingSpaceData(), new ActionSpaceData(), new HearingSpaceData(), new PlanSpaceData(),
                new FinalReportData());
    }
}
