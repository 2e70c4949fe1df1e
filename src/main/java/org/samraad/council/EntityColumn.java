package org.samraad.council;

import net.java.ao.RawEntity;

/** A column of an entity's table, as Active Objects names it ("MEMBER_ID"). */
public record EntityColumn(Class<? extends RawEntity<Integer>> type, String name) {}
