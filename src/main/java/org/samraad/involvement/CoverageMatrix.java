package org.samraad.involvement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.samraad.platform.I18n;

/**
 * The coverage rule: an actor covers a cell when its involvement was held and it covered both the cell's dimension
 * and target group; an actor still to contact or agreed that knows both is expected there. Declined and unanswered
 * actors count for neither. Empty cells are said in words, never by colour alone.
 */
final class CoverageMatrix {
    private CoverageMatrix() {}

    static Coverage of(int councilId, StoredSettings settings, List<ActorRow> actors, I18n i18n) {
        List<Coverage.Cell> cells = new ArrayList<>();
        int gaps = 0;
        for (InvolvementTopic dimension : settings.dimensions()) {
            for (InvolvementTopic group : settings.targetGroups()) {
                List<Coverage.Actor> heard = new ArrayList<>();
                List<Coverage.Actor> expected = new ArrayList<>();
                for (ActorRow actor : actors) {
                    if (actor.dimensionIds().contains(dimension.id()) && actor.targetGroupIds().contains(group.id())) {
                        if (actor.status() == ActorStatus.HELD) {
                            heard.add(new Coverage.Actor(actor.id(), actor.title()));
                        } else if (actor.status().isExpected()) {
                            expected.add(new Coverage.Actor(actor.id(), actor.title()));
                        }
                    }
                }
                String text;
                if (!heard.isEmpty()) {
                    text = i18n.text("samraad.involvement.coverage.heard", titles(heard));
                } else {
                    gaps++;
                    text = i18n.text("samraad.involvement.coverage.gap", group.name(), dimension.name())
                            + (expected.isEmpty() ? ""
                                    : " " + i18n.text("samraad.involvement.coverage.expected", titles(expected)));
                }
                cells.add(new Coverage.Cell(dimension.id(), group.id(), heard, expected, text));
            }
        }
        String summary = cells.isEmpty() ? i18n.text("samraad.involvement.coverage.no-topics")
                : gaps == 0 ? i18n.text("samraad.involvement.coverage.all-covered", cells.size())
                : i18n.text(gaps == 1 ? "samraad.involvement.coverage.one-gap" : "samraad.involvement.coverage.gaps",
                        gaps, cells.size());
        return new Coverage(councilId, settings.dimensions(), settings.targetGroups(), cells, gaps, summary);
    }

    private static String titles(List<Coverage.Actor> actors) {
        return actors.stream().map(Coverage.Actor::title).collect(Collectors.joining(", "));
    }
}
