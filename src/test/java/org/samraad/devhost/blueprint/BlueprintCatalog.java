package org.samraad.devhost.blueprint;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.BlueprintModule;
import org.samraad.devhost.descriptor.PluginDescriptor.ContentTemplateModule;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.descriptor.PluginDescriptor.WebItemModule;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * The create dialog's content: blueprints offered through {@code <web-item section="system.create.dialog/content">}
 * with a {@code blueprintKey} param, their content templates, wizard forms (Soy) and context providers.
 */
public final class BlueprintCatalog {
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";

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

    public ContentTemplateModule template(BlueprintModule blueprint) {
        String key = blueprint.contentTemplateKeys().isEmpty() ? null : blueprint.contentTemplateKeys().get(0);
        return descriptor.contentTemplate(key).orElseThrow(() ->
                new IllegalStateException("Blueprint " + blueprint.key() + " names no existing content-template"));
    }

    /** The first wizard page's Soy template as HTML, if the blueprint has a wizard and the template is found. */
    public Optional<String> wizardForm(BlueprintModule blueprint, I18nResolver i18n) {
        if (blueprint.wizardPages().isEmpty()) {
            return Optional.empty();
        }
        String templateKey = blueprint.wizardPages().get(0).templateKey();
        for (var module : descriptor.webResources()) {
            for (DownloadResource resource : module.resources()) {
                if (resource.location().endsWith(".soy")) {
                    Optional<String> html = SoyLite.render(ClasspathText.read(resource.location()), templateKey, i18n);
                    if (html.isPresent()) {
                        return html;
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
