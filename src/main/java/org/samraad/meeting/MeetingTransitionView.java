package org.samraad.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * A workflow button: the status it moves the meeting to, its label, for a reopen the question the editor
 * confirms first (null otherwise), for cancelling the question its inline confirmation asks (null otherwise), and
 * its look: one {@code primary} button for the one next step of the meeting's life, {@code danger} for cancelling,
 * {@code subtle} for the others (a reopen, marking held before the agenda went out).
 */
public record MeetingTransitionView(String to, String label, String confirm, String cancelConfirm, String style) {

    public boolean primary() {
        return "primary".equals(style);
    }

    public boolean danger() {
        return "danger".equals(style);
    }

    /** The first forward step (in the life's order) is the primary one; cancelling is danger; the rest subtle. */
    static List<MeetingTransitionView> styled(List<MeetingTransitionView> steps) {
        List<MeetingTransitionView> styled = new ArrayList<>();
        boolean primaryGiven = false;
        for (MeetingTransitionView step : steps) {
            String style;
            if (step.cancelConfirm() != null) {
                style = "danger";
            } else if (step.confirm() == null && !primaryGiven) {
                style = "primary";
                primaryGiven = true;
            } else {
                style = "subtle";
            }
            styled.add(new MeetingTransitionView(step.to(), step.label(), step.confirm(), step.cancelConfirm(), style));
        }
        return List.copyOf(styled);
    }
}
