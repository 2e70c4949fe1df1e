package org.samraad.platform;

/**
 * 409: a workflow step lost a race. Someone moved the meeting or hearing on after the caller read it, so the step
 * the caller chose was meant for a state that is gone. The answer carries the state as it is now, so the caller
 * can show it and decide again instead of reading a 400 about a step they never saw refused.
 */
public class WorkflowConflictException extends StaleVersionException {
    private final transient Object current;

    /**
     * @param current the item as the API shows it now (e.g. a Meeting)
     * @param statusText its status in the caller's language, for the message
     */
    public WorkflowConflictException(Object current, String statusText) {
        super("samraad.error.workflow-conflict", statusText);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
