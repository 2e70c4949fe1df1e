package org.samraad.council;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.util.Locale;
import org.samraad.platform.I18n;
import org.samraad.platform.UniquePageTitles;

/**
 * Titles a new council home page: the blueprint has no wizard, and the create-content plugin saves the context's
 * title unchecked, or an empty one when none is set. The title is the template's name in the council's language
 * ("Rådets forside"), in the reader's without a council, made unique in the space ("Rådets forside (2)"); the
 * page's headings are in the council's language too (BlueprintTexts).
 */
public class CouncilHomeBlueprintContextProvider extends AbstractBlueprintContextProvider {
    private static final String NAME_KEY = "samraad.council.home.template.name";

    private final CouncilService councils;
    private final UniquePageTitles uniqueTitles;
    private final I18n i18n;

    public CouncilHomeBlueprintContextProvider(CouncilService councils, UniquePageTitles uniqueTitles, I18n i18n) {
        this.councils = councils;
        this.uniqueTitles = uniqueTitles;
        this.i18n = i18n;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        String spaceKey = context.getSpaceKey();
        String title = councils.inSpace(spaceKey)
                .map(council -> i18n.text(Locale.forLanguageTag(council.locale()), NAME_KEY))
                .orElseGet(() -> i18n.text(NAME_KEY));
        context.setTitle(uniqueTitles.unique(spaceKey, title));
        BlueprintTexts.fill(context, i18n, BlueprintTexts.councilLanguage(councils, i18n, spaceKey, null));
        return context;
    }
}
