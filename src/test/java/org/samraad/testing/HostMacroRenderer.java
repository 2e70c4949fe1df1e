package org.samraad.testing;

import org.samraad.devhost.descriptor.PluginDescriptorParser;
import org.samraad.devhost.services.HostPageBuilderService;
import org.samraad.devhost.velocity.HostTemplateRenderer;
import org.samraad.devhost.velocity.MethodAllowlist;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.Templates;

/** The plugin's macro renderer over the dev host's product-like Velocity: HTML encoding and the descriptor's allowlist. */
public final class HostMacroRenderer {
    private HostMacroRenderer() {}

    public static MacroRenderer create(I18n i18n) {
        MethodAllowlist allowlist = new MethodAllowlist("org.samraad.",
                PluginDescriptorParser.fromClasspath("atlassian-plugin.xml").velocityAllowlist(), false);
        return new MacroRenderer(new Templates(new HostTemplateRenderer(allowlist)), i18n, new HostPageBuilderService());
    }
}
