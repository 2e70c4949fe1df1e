package org.samraad.council;

/** One group of seats in the members macro's composition table; texts already in the reader's language. */
public record SeatLineView(
        int seatId, String label, int required, int filled, int vacancies, String filledText, String statusText) {}
