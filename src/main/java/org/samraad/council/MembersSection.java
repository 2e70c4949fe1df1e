package org.samraad.council;

import java.util.Locale;
import java.util.Map;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * The member list as its macro shows it: what {@link MembersMacro} renders in a page, and what the live page fetches
 * after a save ({@code GET /councils/{id}/members/view?groupBy=}) to put the list, the composition and the terms in
 * the macro's place without reloading. One view, so both show the list alike. Three statements: the council, its
 * seats, its members.
 */
@Component
public class MembersSection {
    static final String TEMPLATE = "templates/council/members.vm";

    private final CouncilService councils;
    private final MemberService members;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public MembersSection(CouncilService councils, MemberService members, MacroRenderer renderer, I18n i18n) {
        this.councils = councils;
        this.members = members;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    MembersView view(Council council, boolean groupBySeat, boolean interactive) {
        return MembersView.of(members.memberList(council), groupBySeat, interactive,
                MacroRenderer.uniqueElementId("samraad-members-" + council.id()), i18n);
    }

    /** The live page's list after a change (404 for a council the caller cannot view); "role" groups by role. */
    public String html(int councilId, String groupBy) {
        boolean bySeat = groupBy == null || !"role".equals(groupBy.trim().toLowerCase(Locale.ROOT));
        Council council = councils.get(councilId);
        return renderer.renderFragment(TEMPLATE, Map.of("members", view(council, bySeat, true),
                "contentLang", ContentLanguage.of(council.locale(), i18n)));
    }
}
