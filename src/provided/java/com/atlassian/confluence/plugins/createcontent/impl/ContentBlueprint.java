package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/impl/ContentBlueprint.java}), only so
 * the event constructors have their exact parameter types. Not API: the plugin never calls it. The real class
 * extends {@code PluginBackedBlueprint}.
 */
public class ContentBlueprint {
    public ContentBlueprint() {}
}
