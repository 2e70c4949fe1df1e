package org.samraad.involvement;

/**
 * A target group (people with substance use, homeless people, …) or a dimension of the plan (the individual effort,
 * less nuisance, coordination) as the secretary set it. The id stays when the name is corrected, so what actors
 * covered follows the rename.
 */
public record InvolvementTopic(int id, String name) {}
