package org.samraad.involvement;

import java.util.List;

/** The actors of one status, e.g. "Held (8)". */
public record InvolvementGroupView(String status, String heading, List<InvolvementLineView> actors) {}
