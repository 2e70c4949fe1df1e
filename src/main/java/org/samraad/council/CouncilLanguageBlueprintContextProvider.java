package org.samraad.council;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import org.samraad.platform.I18n;

/** For page templates with no context of their own to add: their texts in the council's language (BlueprintTexts). */
public class CouncilLanguageBlueprintContextProvider extends AbstractBlueprintContextProvider {
    private final CouncilService councils;
    private final I18n i18n;

    public CouncilLanguageBlueprintContextProvider(CouncilService councils, I18n i18n) {
        this.councils = councils;
        this.i18n = i18n;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        BlueprintTexts.fill(context, i18n, BlueprintTexts.councilLanguage(councils, i18n, context.getSpaceKey(),
                context.get(CouncilBlueprintListener.COUNCIL_LOCALE_FIELD)));
        return context;
    }
}
