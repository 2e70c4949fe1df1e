package org.samraad.devhost.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which methods templates may call, like Confluence 9+: a method only if it, or a declaration it overrides,
 * is on the plugin's {@code <velocity-allowlist>} ({@code fully.qualified.Class#method(param.Type)}, honoured
 * only for the plugin's own classes) or on the product's global list. Everything else is refused, JDK methods
 * included ({@code Map.get}, {@code List.isEmpty}, {@code String.length}…).
 *
 * <p>The global list: Atlassian documents that the product has one, of "appropriate JDK and Atlassian class
 * methods", and that plugins may list only their own classes
 * (https://developer.atlassian.com/server/framework/atlassian-sdk/configuring-the-velocity-allowlist/; built
 * into {@code com.atlassian.velocity.allowlist.uberspect.PluginAwareSecureIntrospector}, Confluence's
 * {@code com.atlassian.confluence.impl.velocity.ConfluenceAllowlistIntrospector} since 9.0.0). Its contents
 * are not published and may shrink between releases, so the dev host assumes none of it: {@link #GLOBAL} is
 * empty and the plugin's templates call only the plugin's own listed methods. A template that renders here
 * therefore renders on every Confluence 9.x and 10.x. Add an entry only with a published source beside it.
 */
public final class MethodAllowlist {
    /** The product's global entries the dev host grants (none; see the class comment for why and the source). */
    public static final Set<String> GLOBAL = Set.of();

    private final String pluginPackagePrefix;
    private final Set<String> pluginEntries;
    private final Set<String> globalEntries;
    private final boolean debugOnly;
    /**
     * Each method's decision, made once: the rule depends only on the method and the fixed lists, and Velocity asks
     * again for every call in every render (its own introspector caches the lookup, not our check).
     */
    private final Map<Method, Boolean> decisions = new ConcurrentHashMap<>();

    /**
     * @param pluginPackagePrefix e.g. {@code org.samraad.}: the plugin's own classes, the only ones its entries may name
     * @param debugOnly {@code -Datlassian.velocity.method.allowlist.debug=true}: log, but do not block
     */
    public MethodAllowlist(String pluginPackagePrefix, Set<String> pluginEntries, boolean debugOnly) {
        this(pluginPackagePrefix, pluginEntries, GLOBAL, debugOnly);
    }

    /** With a stand-in for a broader product global list, for tests of rules that need a JDK call. */
    public MethodAllowlist(String pluginPackagePrefix, Set<String> pluginEntries, Set<String> globalEntries,
            boolean debugOnly) {
        this.pluginPackagePrefix = pluginPackagePrefix;
        this.pluginEntries = Set.copyOf(pluginEntries);
        this.globalEntries = Set.copyOf(globalEntries);
        this.debugOnly = debugOnly;
    }

    public boolean isDebugOnly() {
        return debugOnly;
    }

    /** Whether {@code method} or a declaration it implements or overrides is listed. */
    public boolean permits(Method method) {
        return decisions.computeIfAbsent(method, this::listed);
    }

    private boolean listed(Method method) {
        for (Class<?> type : typesOf(method.getDeclaringClass())) {
            Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                continue;
            }
            String entry = signature(declared);
            if (globalEntries.contains(entry)
                    || (type.getName().startsWith(pluginPackagePrefix) && pluginEntries.contains(entry))) {
                return true;
            }
        }
        return false;
    }

    /** The allowlist form of a method: {@code org.samraad.x.Rec#name()} or {@code …#format(java.lang.String,int)}. */
    public static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","))
                + ")";
    }

    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.poll();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    todo.add(next.getSuperclass());
                }
                todo.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return seen;
    }
}
