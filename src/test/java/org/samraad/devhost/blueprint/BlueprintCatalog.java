package org.samraad.devhost.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.BlueprintModule;
import org.samraad.devhost.descriptor.PluginDescriptor.ContentTemplateModule;
import org.samraad.devhost.descriptor.PluginDescriptor.DialogPage;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.descriptor.PluginDescriptor.SpaceBlueprintModule;
import org.samraad.devhost.descriptor.PluginDescriptor.WebItemModule;
import com.atlassian.sal.api.message.I18nResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The create dialog's content: blueprints offered through {@code <web-item section="system.create.dialog/content">}
 * with a {@code blueprintKey} param, their content templates, wizard forms (Soy) and context providers; and the
 * create-space dialog's: space blueprints offered through {@code section="system.create.space.dialog/content"}.
 */
public final class BlueprintCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(BlueprintCatalog.class);
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";
    public static final String CREATE_SPACE_DIALOG_SECTION = "system.create.space.dialog/content";

    private final PluginDescriptor descriptor;
    private final Function<Class<?>, Object> autowire;

    public BlueprintCatalog(PluginDescriptor descriptor, Function<Class<?>, Object> autowire) {
        this.descriptor = descriptor;
        this.autowire = autowire;
    }

    public record Offer(WebItemModule item, BlueprintModule blueprint) {}

    public List<Offer> offers() {
        return descriptor.webItems().stream()
                .filter(item -> CREATE_DIALOG_SECTION.equals(item.section()) && item.params().containsKey("blueprintKey"))
                .flatMap(item -> descriptor.blueprint(item.params().get("blueprintKey")).map(b -> new Offer(item, b)).stream())
                .toList();
    }

    public Optional<Offer> offer(String webItemKey) {
        return offers().stream().filter(o -> o.item().key().equals(webItemKey)).findFirst();
    }

    public record SpaceOffer(WebItemModule item, SpaceBlueprintModule blueprint) {}

    public List<SpaceOffer> spaceOffers() {
        return descriptor.webItems().stream()
                .filter(item -> CREATE_SPACE_DIALOG_SECTION.equals(item.section()) && item.params().containsKey("blueprintKey"))
                .flatMap(item -> descriptor.spaceBlueprint(item.params().get("blueprintKey"))
                        .map(b -> new SpaceOffer(item, b)).stream())
                .toList();
    }

    public Optional<SpaceOffer> spaceOffer(String webItemKey) {
        return spaceOffers().stream().filter(o -> o.item().key().equals(webItemKey)).findFirst();
    }

    public ContentTemplateModule template(BlueprintModule blueprint) {
        return template(blueprint.key(), blueprint.contentTemplateKeys());
    }

    /** The space's home page template: the space blueprint's first content-template ref. */
    public ContentTemplateModule homePageTemplate(SpaceBlueprintModule blueprint) {
        return template(blueprint.key(), blueprint.contentTemplateKeys());
    }

    private ContentTemplateModule template(String blueprintKey, List<String> templateKeys) {
        String key = templateKeys.isEmpty() ? null : templateKeys.get(0);
        return descriptor.contentTemplate(key).orElseThrow(() ->
                new IllegalStateException("Blueprint " + blueprintKey + " names no existing content-template"));
    }

    /** The first wizard page's Soy template as HTML, if the blueprint has a wizard and the template is found. */
    public Optional<String> wizardForm(BlueprintModule blueprint, I18nResolver i18n) {
        return wizardForm(blueprint.wizardPages(), i18n);
    }

    public Optional<String> wizardForm(SpaceBlueprintModule blueprint, I18nResolver i18n) {
        return wizardForm(blueprint.wizardPages(), i18n);
    }

    /**
     * The first page's Soy template as HTML. Its own {@code <form>} tags are dropped: the host's wizard page is
     * itself the form (in Confluence the dialog collects the wizard form's values), and a form nested in a form
     * would end the host's form early.
     */
    private Optional<String> wizardForm(List<DialogPage> pages, I18nResolver i18n) {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        String templateKey = pages.get(0).templateKey();
        for (var module : descriptor.webResources()) {
            for (DownloadResource resource : module.resources()) {
                if (resource.location().endsWith(".soy")) {
                    Optional<String> html = SoyLite.render(ClasspathText.read(resource.location()), templateKey, i18n);
                    if (html.isPresent()) {
                        return html.map(form -> form.replaceAll("(?i)</?form\\b[^>]*>", ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The template context: the form's values, the space key, and what the content-template's context provider
     * adds. The provider is instantiated like a macro and called reflectively ({@code init(Map)} then
     * {@code getContextMap(Map)}), so the host needs no create-content API of its own.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> context(ContentTemplateModule template, Map<String, Object> formValues) {
        Map<String, Object> context = new HashMap<>(formValues);
        if (template.contextProviderClass() == null || template.contextProviderClass().isBlank()) {
            return context;
        }
        try {
            Class<?> type = Class.forName(template.contextProviderClass(), true, Thread.currentThread().getContextClassLoader());
            Object provider = autowire.apply(type);
            if (!(provider instanceof AbstractBlueprintContextProvider)) {
                // create-content's own warning, word for word (18.7.17 [DF] DefaultBlueprintContentGenerator)
                LOG.warn("This Blueprint ContextProvider class should extend AbstractBlueprintContextProvider: {}", type.getName());
            }
            Method init = findMethod(type, "init");
            if (init != null) {
                init.invoke(provider, new HashMap<String, String>());
            }
            Method getContextMap = findMethod(type, "getContextMap");
            if (getContextMap == null) {
                throw new IllegalStateException(type.getName() + " has no getContextMap(Map)");
            }
            Object result = getContextMap.invoke(provider, context);
            return result == null ? context : new HashMap<>((Map<String, Object>) result);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Context provider " + template.contextProviderClass() + " failed: " + cause, cause);
        }
    }

    private static Method findMethod(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isAssignableFrom(HashMap.class)) {
                return method;
            }
        }
        return null;
    }
}
