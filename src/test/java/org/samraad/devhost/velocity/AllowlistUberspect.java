package org.samraad.devhost.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity's method lookup with Confluence's method allowlist (a blocked call resolves to nothing, so the
 * template shows the reference literally or, with {@code $!}, nothing, and the log names the method, as in
 * Confluence 9+, which logs a warning and blocks the invocation) and a note of each call's result for the
 * HTML-safe method rules. Which calls pass is {@link MethodAllowlist}'s rule.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspect.class.getName() + ".allowlist";
    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspect.class);

    private MethodAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices services) {
        allowlist = (MethodAllowlist) services.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (allowlist == null) {
            throw new IllegalStateException("No method allowlist configured for the Velocity engine");
        }
    }

    /** A call as Velocity's introspector resolves it: the target's class, the name and the arguments' classes. */
    private record Call(Class<?> type, String name, List<Class<?>> argumentTypes) {
        static Call of(Object target, String name, Object[] args) {
            Class<?>[] types = new Class<?>[args == null ? 0 : args.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = args[i] == null ? null : args[i].getClass();
            }
            return new Call(target.getClass(), name, Arrays.asList(types));
        }
    }

    /**
     * Each permitted call's method, found once. Velocity keeps a call site's method under its name and arguments
     * only, so a name called on several classes ({@code name()}, {@code label()}) is looked up again whenever the
     * class changes; this makes that a single lookup. A refusal is not kept: it is decided and logged each time.
     */
    private final Map<Call, VelMethod> permittedCalls = new ConcurrentHashMap<>();

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        Call call = target == null ? null : Call.of(target, name, args);
        VelMethod known = call == null ? null : permittedCalls.get(call);
        if (known != null) {
            return known;
        }
        VelMethod found = super.getMethod(target, name, args, info);
        if (found == null || target == null) {
            return found;
        }
        Method method = lookup(target.getClass(), name, args);
        if (!permitted(method, target, name, info)) {
            return null;
        }
        VelMethod recording = new RecordingMethod(found, EscapingRules.isHtmlSafeMethod(method));
        if (found.isCacheable() && allowlist.permits(method)) { // not a debug mode's "would block", logged each time
            // a public method, so the access check it passes anyway need not be made at every call: it showed in a
            // page view's profile. The introspector hands out one Method per class and signature, this one.
            method.trySetAccessible();
            permittedCalls.put(call, recording);
        }
        return recording;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet found = super.getPropertyGet(target, identifier, info);
        if (found == null || target == null) {
            return found;
        }
        Method method = lookup(target.getClass(), found.getMethodName(), new Object[0]);
        if (method == null) {
            method = lookup(target.getClass(), found.getMethodName(), new Object[] {identifier}); // get("key")
        }
        if (!permitted(method, target, found.getMethodName(), info)) {
            return null;
        }
        return new RecordingGet(found, EscapingRules.isHtmlSafeMethod(method));
    }

    private Method lookup(Class<?> type, String name, Object[] args) {
        try {
            return introspector.getMethod(type, name, args);
        } catch (RuntimeException ambiguous) {
            return null;
        }
    }

    /** A call whose method cannot be told (ambiguous overloads) is refused: the check fails closed. */
    private boolean permitted(Method method, Object target, String name, Info info) {
        if (method != null && allowlist.permits(method)) {
            return true;
        }
        String what = method != null ? MethodAllowlist.signature(method) : target.getClass().getName() + "#" + name;
        String where = info == null ? "" : " at " + info.getTemplateName() + ":" + info.getLine();
        if (allowlist.isDebugOnly() && method != null) {
            LOG.warn("Velocity allowlist (debug): would block {}{}", what, where);
            return true;
        }
        LOG.warn("Velocity allowlist: blocked {}{} (only the plugin's own methods listed in <velocity-allowlist>"
                + " and the product's global list may be called)", what, where);
        return false;
    }

    private record RecordingMethod(VelMethod delegate, boolean htmlSafe) implements VelMethod {
        @Override
        public Object invoke(Object target, Object[] params) throws Exception {
            Object result = delegate.invoke(target, params);
            LastInvocation.record(htmlSafe, result);
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }

        @Override
        public Class getReturnType() {
            return delegate.getReturnType();
        }
    }

    private record RecordingGet(VelPropertyGet delegate, boolean htmlSafe) implements VelPropertyGet {
        @Override
        public Object invoke(Object target) throws Exception {
            Object result = delegate.invoke(target);
            LastInvocation.record(htmlSafe, result);
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }
    }
}
