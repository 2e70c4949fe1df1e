package org.samraad.devhost.render;

import com.atlassian.confluence.macro.Macro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroModule;

/**
 * The descriptor's {@code <xhtml-macro>} modules by storage name, each instantiated once with constructor
 * autowiring from the plugin's Spring context (what Confluence's module factory does).
 */
public final class MacroRegistry {
    private final Map<String, MacroModule> modules = new LinkedHashMap<>();
    private final Map<String, Macro> macros = new LinkedHashMap<>();

    public MacroRegistry(List<MacroModule> modules, Function<Class<?>, Object> autowire) {
        for (MacroModule module : modules) {
            Object instance = autowire.apply(loadClass(module.className()));
            if (!(instance instanceof Macro macro)) {
                throw new IllegalStateException(module.className() + " does not implement " + Macro.class.getName());
            }
            this.modules.put(module.name(), module);
            this.macros.put(module.name(), macro);
        }
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    public List<MacroModule> modules() {
        return List.copyOf(modules.values());
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Macro class " + name + " named in the descriptor does not exist", e);
        }
    }
}
