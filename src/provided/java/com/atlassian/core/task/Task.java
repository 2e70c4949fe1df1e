package com.atlassian.core.task;

import java.io.Serializable;

/** Stand-in (atlassian-core 8.0.1 [DF]). */
public interface Task extends Serializable {
    void execute() throws Exception;
}
