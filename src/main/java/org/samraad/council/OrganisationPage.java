package org.samraad.council;

import java.util.List;

/** One window of a sorted organisation list, and how many organisations the whole list has. */
public record OrganisationPage(List<Organisation> items, int total) {
    public OrganisationPage {
        items = List.copyOf(items);
    }
}
