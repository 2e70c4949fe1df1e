package org.samraad.devhost.velocity;

import java.lang.reflect.Method;
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
 * template shows the reference literally or, with {@code $!}, nothing) and a note of each call's result for
 * the HTML-safe method rules.
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

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        VelMethod found = super.getMethod(target, name, args, info);
        if (found == null || target == null) {
            return found;
        }
        Method method = lookup(target.getClass(), name, args);
        if (method != null && !permitted(method, info)) {
            return null;
        }
        return new RecordingMethod(found, method != null && EscapingRules.isHtmlSafeMethod(method));
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
        if (method != null && !permitted(method, info)) {
            return null;
        }
        return new RecordingGet(found, method != null && EscapingRules.isHtmlSafeMethod(method));
    }

    private Method lookup(Class<?> type, String name, Object[] args) {
        try {
            return introspector.getMethod(type, name, args);
        } catch (RuntimeException ambiguous) {
            return null;
        }
    }

    private boolean permitted(Method method, Info info) {
        if (allowlist.permits(method)) {
            return true;
        }
        String where = info == null ? "" : " at " + info.getTemplateName() + ":" + info.getLine();
        if (allowlist.isDebugOnly()) {
            LOG.warn("Velocity allowlist (debug): would block {}{}", MethodAllowlist.signature(method), where);
            return true;
        }
        LOG.warn("Velocity allowlist: blocked {}{} (add it to <velocity-allowlist> if it is the plugin's own getter)",
                MethodAllowlist.signature(method), where);
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
