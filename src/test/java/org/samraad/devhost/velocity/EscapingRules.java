package org.samraad.devhost.velocity;

import com.atlassian.velocity.htmlsafe.HtmlSafe;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confluence's exceptions to automatic HTML encoding (reference §4.2, velocity-htmlsafe 4.0.3): which
 * references, values and method results are inserted raw. Everything else is encoded.
 */
public final class EscapingRules {
    private static final Set<String> SAFE_SCALAR_NAMES = Set.of("body", "head", "xHtmlContent");
    private static final ClassValue<Boolean> SAFE_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").isAnnotationPresent(HtmlSafe.class);
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };
    private static final Map<Method, Boolean> SAFE_METHOD = new ConcurrentHashMap<>();

    private EscapingRules() {}

    /** A reference without a dot, e.g. {@code $!{fooHtml}}: raw if its name ends in "html" or is body/head/xHtmlContent. */
    public static boolean isRawScalarReference(String reference) {
        if (!isScalar(reference)) {
            return false;
        }
        String name = baseName(reference);
        return endsWithHtmlIgnoreCase(name) || SAFE_SCALAR_NAMES.contains(name);
    }

    public static boolean isScalar(String reference) {
        return reference.indexOf('.') < 0;
    }

    /** The reference name without the {@code $ ! { }} decoration, up to the first dot. */
    static String baseName(String reference) {
        StringBuilder name = new StringBuilder(reference.length());
        for (char c : reference.toCharArray()) {
            if (c == '.') {
                break;
            }
            if (c != '$' && c != '!' && c != '{' && c != '}') {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The value's class declares (or inherits) a toString() annotated @HtmlSafe, e.g. an HtmlFragment. */
    public static boolean hasHtmlSafeToString(Object value) {
        return SAFE_TO_STRING.get(value.getClass());
    }

    /** Named …Html (any case), render…, getRender…, or annotated @HtmlSafe here or on a method it overrides. */
    public static boolean isHtmlSafeMethod(Method method) {
        return SAFE_METHOD.computeIfAbsent(method, m -> {
            String name = m.getName();
            return endsWithHtmlIgnoreCase(name)
                    || name.startsWith("render")
                    || name.startsWith("getRender")
                    || annotatedInHierarchy(m);
        });
    }

    static boolean endsWithHtmlIgnoreCase(String name) {
        return name.length() >= 4 && name.regionMatches(true, name.length() - 4, "html", 0, 4);
    }

    private static boolean annotatedInHierarchy(Method method) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(method.getDeclaringClass());
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            try {
                if (type.getDeclaredMethod(method.getName(), method.getParameterTypes()).isAnnotationPresent(HtmlSafe.class)) {
                    return true;
                }
            } catch (NoSuchMethodException ignored) {
                // not declared here; look further up
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(java.util.Arrays.asList(type.getInterfaces()));
        }
        return false;
    }
}
