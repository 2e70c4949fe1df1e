package org.samraad.meeting;

import java.util.List;

/** A new order for a meeting's agenda: every item id of the meeting, each once, first item first. */
public record AgendaOrder(List<Integer> itemIds) {}
