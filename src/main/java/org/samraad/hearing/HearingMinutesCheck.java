package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import org.samraad.meeting.MinutesCheck;
import org.samraad.platform.ConfirmationRequiredException.Reason;
import org.springframework.stereotype.Component;

/**
 * Before minutes are approved: a decision on a hearing's item approves the response only if the hearing is in
 * council review (see {@link HearingAgenda#approveWithMinutes}). One still in drafting would be left as it is, so
 * the approver is told, by item number and hearing title; the hearing page then offers the move to review.
 */
@Component
public class HearingMinutesCheck implements MinutesCheck {
    private final ActiveObjects ao;

    public HearingMinutesCheck(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Reason> beforeApproval(int councilId, List<MinutesItem> items) {
        List<Reason> reasons = new ArrayList<>();
        for (MinutesItem item : items) {
            if (item.hearingId() == null || !item.decided()) {
                continue;
            }
            HearingEntity hearing = ao.get(HearingEntity.class, item.hearingId());
            if (hearing != null && hearing.getCouncilId() == councilId
                    && HearingStatus.DRAFTING.name().equals(hearing.getStatus())) {
                reasons.add(Reason.about("HEARING_IN_DRAFTING", hearing.getID(), item.number(), hearing.getSubject(),
                        "samraad.hearing.confirm.drafting", item.number(), hearing.getSubject()));
            }
        }
        return reasons;
    }
}
