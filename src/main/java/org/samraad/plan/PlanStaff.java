package org.samraad.plan;

/**
 * One line of who staffs a plan entry as the caller may see it: a name follows the member list's rule (a member who
 * did not consent to publication is "name not published" to outsiders, with {@code nameHidden}).
 *
 * @param name the person's name as shown, or null for an organisation alone
 * @param organisationName the organisation's name, or null for a person alone
 */
public record PlanStaff(String name, boolean nameHidden, Integer organisationId, String organisationName) {}
