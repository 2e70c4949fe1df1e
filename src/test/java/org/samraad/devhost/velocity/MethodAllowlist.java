package org.samraad.devhost.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which methods templates may call, like Confluence 9+: methods declared by the plugin's own classes only if
 * listed in a {@code <velocity-allowlist>} ({@code fully.qualified.Class#method(param.Type)}); reflection,
 * class loading and process control never; everything else (JDK collections, strings, enums…) freely.
 */
public final class MethodAllowlist {
    private static final Set<String> NEVER = Set.of(
            "java.lang.Class", "java.lang.ClassLoader", "java.lang.Thread", "java.lang.Runtime",
            "java.lang.System", "java.lang.ProcessBuilder", "java.lang.Process");

    private final String restrictedPackagePrefix;
    private final Set<String> allowed;
    private final boolean debugOnly;

    /**
     * @param restrictedPackagePrefix e.g. {@code org.samraad.}: classes under it need an allowlist entry
     * @param debugOnly {@code -Datlassian.velocity.method.allowlist.debug=true}: log, but do not block
     */
    public MethodAllowlist(String restrictedPackagePrefix, Set<String> allowed, boolean debugOnly) {
        this.restrictedPackagePrefix = restrictedPackagePrefix;
        this.allowed = Set.copyOf(allowed);
        this.debugOnly = debugOnly;
    }

    public boolean isDebugOnly() {
        return debugOnly;
    }

    public boolean permits(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        String type = declaring.getName();
        if (NEVER.contains(type) || type.startsWith("java.lang.reflect.") || type.startsWith("java.lang.invoke.")
                || (method.getName().equals("getClass") && method.getParameterCount() == 0)) {
            return false;
        }
        return !type.startsWith(restrictedPackagePrefix) || allowed.contains(signature(method));
    }

    /** The allowlist form of a method: {@code org.samraad.x.Rec#name()} or {@code …#format(java.lang.String,int)}. */
    public static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","))
                + ")";
    }
}
