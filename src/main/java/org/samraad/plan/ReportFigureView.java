package org.samraad.plan;

/** One line of a figures table: what is counted and the figure in words ("3 of 4 (75 %)", "no meetings held"). */
public record ReportFigureView(String label, String value) {}
