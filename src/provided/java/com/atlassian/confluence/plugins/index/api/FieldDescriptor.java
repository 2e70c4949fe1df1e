package com.atlassian.confluence.plugins.index.api;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code plugins/index/api/FieldDescriptor.java}): a field an extractor adds to the
 * index document. Empty: the plugin adds no fields, it only names the type in {@code Extractor2.extractFields}.
 */
public class FieldDescriptor {
}
