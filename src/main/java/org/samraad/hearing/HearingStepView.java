package org.samraad.hearing;

/** One step of the status bar: its name, and whether it is done, the current one or still ahead, in words. */
public record HearingStepView(String label, String state, String stateText, boolean current) {

    /** The step's state as an AUI lozenge class: done green, current in progress, skipped moved, ahead plain. */
    public String lozenge() {
        return switch (state) {
            case "done" -> "aui-lozenge-success";
            case "current" -> "aui-lozenge-current";
            case "skipped" -> "aui-lozenge-moved";
            default -> "aui-lozenge-subtle";
        };
    }
}
