package com.atlassian.core.task;

/** Stand-in (atlassian-core 8.0.1 [DF]); subset: the queue methods the plugin calls. */
public interface MultiQueueTaskManager {
    void addTask(String queueName, Task task);

    void flush(String queueName);
}
