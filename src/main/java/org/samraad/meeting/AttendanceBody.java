package org.samraad.meeting;

/**
 * One body a meeting's attendance lists its people under: the meeting's own council (the host) and, at a joint
 * meeting, each council it is held with, in the order the meeting names them.
 *
 * @param host the meeting's own council: its members make the quorum
 */
public record AttendanceBody(int councilId, String name, boolean host) {}
