package org.samraad.council;

import java.util.function.Consumer;
import net.java.ao.Entity;

/** A column pointing at a person, and what to clear on a row that matches (erasure keeps the row as history). */
public record PersonalReference<T extends Entity>(Class<T> type, String column, Consumer<T> clear) {}
