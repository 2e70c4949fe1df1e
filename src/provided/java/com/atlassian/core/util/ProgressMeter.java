package com.atlassian.core.util;

/** Stand-in (atlassian-core 8.0.1 [DF]); only carried by SpaceRemoveEvent, never called by the plugin. */
public class ProgressMeter {
    public ProgressMeter() {}
}
