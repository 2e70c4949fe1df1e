package org.samraad.plan;

/**
 * One line of who staffs a plan entry, as a client sends it: a person's name, an organisation of the directory, or
 * both (Ia Jonsson for Fontänhuset). Staff are employees and volunteers, never the citizens who come.
 */
public record PlanStaffInput(String name, Integer organisationId) {}
