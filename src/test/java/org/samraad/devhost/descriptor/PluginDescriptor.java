package org.samraad.devhost.descriptor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the dev host reads from {@code atlassian-plugin.xml}: only the module types it wires. Everything the
 * plugin offers to Confluence goes through here, so a module missing from the descriptor is missing in the
 * host too.
 */
public record PluginDescriptor(
        String key,
        String name,
        List<String> i18nLocations,
        List<DownloadResource> pluginResources,
        AoModule ao,
        List<MacroModule> macros,
        List<RestModule> rest,
        List<WebResourceModule> webResources,
        Set<String> velocityAllowlist,
        List<ContentTemplateModule> contentTemplates,
        List<BlueprintModule> blueprints,
        List<SpaceBlueprintModule> spaceBlueprints,
        List<WebItemModule> webItems,
        List<JobConfigModule> jobs,
        List<Extractor2Module> extractors,
        List<ServletModule> servlets) {

    public Optional<MacroModule> macro(String name) {
        return macros.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    public Optional<ContentTemplateModule> contentTemplate(String moduleKey) {
        return contentTemplates.stream().filter(t -> t.key().equals(moduleKey)).findFirst();
    }

    public Optional<BlueprintModule> blueprint(String moduleKey) {
        return blueprints.stream().filter(b -> b.key().equals(moduleKey)).findFirst();
    }

    public Optional<SpaceBlueprintModule> spaceBlueprint(String moduleKey) {
        return spaceBlueprints.stream().filter(b -> b.key().equals(moduleKey)).findFirst();
    }

    public String completeKey(String moduleKey) {
        return key + ":" + moduleKey;
    }

    /** {@code <resource type="download">} at plugin level or inside a module; a name ending in / is a folder. */
    public record DownloadResource(String name, String location) {
        public Optional<String> locationFor(String requested) {
            if (name.endsWith("/") && requested.startsWith(name)) {
                String rest = requested.substring(name.length());
                return rest.contains("..") || rest.isEmpty() ? Optional.empty() : Optional.of(location + rest);
            }
            return name.equals(requested) ? Optional.of(location) : Optional.empty();
        }
    }

    /** {@code <ao namespace>}: the namespace names the tables; the plugin key stands in when it is absent. */
    public record AoModule(String namespace, List<String> entityClasses) {}

    public record MacroModule(
            String key,
            String name,
            String className,
            String descriptionKey,
            String icon,
            List<String> categories,
            boolean hidden,
            List<MacroParameter> parameters) {}

    public record MacroParameter(
            String name,
            String type,
            boolean required,
            boolean multiple,
            String defaultValue,
            List<String> values,
            List<String> aliases) {}

    public record RestModule(String key, String path, String version, List<String> packages) {}

    /** @param jsTransformers the keys of {@code <transformation extension="js">}'s transformers, e.g. jsI18n */
    public record WebResourceModule(
            String key,
            List<String> dependencies,
            List<DownloadResource> resources,
            List<String> contexts,
            List<String> jsTransformers) {}

    public record ContentTemplateModule(
            String key, String i18nNameKey, String templateLocation, String contextProviderClass) {}

    public record BlueprintModule(
            String key,
            String indexKey,
            String i18nNameKey,
            List<String> contentTemplateKeys,
            String createResult,
            List<DialogPage> wizardPages) {}

    /**
     * {@code <space-blueprint>}: the first {@code <content-template ref>} is the space's home page; promoted
     * blueprints are listed first in the space's create dialog (the host only records them).
     */
    public record SpaceBlueprintModule(
            String key,
            String i18nNameKey,
            String category,
            List<String> contentTemplateKeys,
            List<String> promotedBlueprintKeys,
            List<DialogPage> wizardPages) {}

    public record DialogPage(
            String id,
            String templateKey,
            String titleKey,
            String descriptionHeaderKey,
            String descriptionContentKey,
            boolean last) {}

    /**
     * {@code <job-config>}: JobId = module key; the JobRunner is the plugin bean named by {@code <job key>};
     * {@code perClusterJob="true"} is RunMode.RUN_ONCE_PER_CLUSTER, anything else RUN_LOCALLY (the attribute's default).
     */
    public record JobConfigModule(String key, String name, String i18nNameKey, String runnerBean, String cron,
            boolean perCluster) {}

    /**
     * {@code <extractor2>}: a search extractor, created by the plugin container; lower priorities run first.
     * {@code requires-latest-version} asks to see only the latest version of content (the host indexes no other).
     */
    public record Extractor2Module(String key, String className, int priority, boolean requiresLatestVersion) {}

    /** {@code link} is the {@code <link>} element's text (e.g. an admin page's path); null without one. */
    public record WebItemModule(
            String key,
            String section,
            String i18nNameKey,
            String descriptionKey,
            java.util.Map<String, String> params,
            String iconLocation,
            String link) {}

    /**
     * {@code <servlet>}: a plugin servlet, created by the plugin container, answering at
     * {@code /plugins/servlet} + each url-pattern (exact paths only; the plugin's patterns have no wildcards).
     */
    public record ServletModule(String key, String className, List<String> urlPatterns) {}
}
