package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/impl/SpaceBlueprint.java}), only so
 * the event constructors have their exact parameter types. Not API: the plugin never calls it, the host passes
 * null. The real class extends {@code PluginBackedBlueprint} and has a private no-argument constructor.
 */
public class SpaceBlueprint {
    private SpaceBlueprint() {}
}
