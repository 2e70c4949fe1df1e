package org.samraad.meeting;

/** One organisation in "attendance by organisation": its name and who came for it, as one text. */
public record OrganisationAttendanceView(String organisation, String people) {}
