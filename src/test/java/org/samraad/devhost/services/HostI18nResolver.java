package org.samraad.devhost.services;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SAL i18n over the descriptor's {@code <resource type="i18n">} bundles, in the request user's language, except
 * where Confluence's resolver differs: the one-argument {@code getAllTranslationsForPrefix} answers in the JVM's
 * default locale, as SAL's {@code ConfluenceI18nResolver} does (confluence 8.7.2 [DF]). A
 * language's file overrides the base file key by key, as resource bundles do. {@code getText} always applies
 * MessageFormat (so an apostrophe is written {@code ''}, as in Atlassian bundles); raw text and prefix maps do
 * not. A missing key renders as the key itself and is logged, so gaps are visible on the page.
 */
public final class HostI18nResolver implements I18nResolver {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"));
    private static final Logger LOG = LoggerFactory.getLogger(HostI18nResolver.class);

    private final List<String> baseNames;
    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();
    /** {@link #byLanguage} by the locales callers ask in, so a text's lookup does not parse a language tag. */
    private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();
    private static final int MAX_LOCALES = 64;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();
    /** Each language's texts under a prefix, gathered once: the bundles do not change while the host runs. */
    private final Map<String, Map<String, String>> byPrefix = new ConcurrentHashMap<>();

    /** @param locations descriptor locations such as {@code i18n.samraad} (dots become folders) */
    public HostI18nResolver(List<String> locations) {
        this.baseNames = locations.stream().map(l -> l.replace('.', '/')).toList();
    }

    public static Locale supported(String languageTag) {
        if (languageTag == null) {
            return RequestContext.DEFAULT_LOCALE;
        }
        String language = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(RequestContext.DEFAULT_LOCALE);
    }

    @Override
    public String getText(String key) {
        return getText(currentLocale(), key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(currentLocale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = texts(locale).get(key);
        if (pattern == null) {
            reportMissing(locale, key);
            return key;
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // what MessageFormat gives back for a pattern without arguments or quotes, unparsed
        }
        return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getText(Message message) {
        return getText(message.getKey(), message.getArguments());
    }

    @Override
    public String getText(Locale locale, Message message) {
        return getText(locale, message.getKey(), message.getArguments());
    }

    @Override
    public String getRawText(String key) {
        return getRawText(currentLocale(), key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        String raw = texts(locale).get(key);
        if (raw == null) {
            reportMissing(locale, key);
            return key;
        }
        return raw;
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        return new HostMessage(key, arguments);
    }

    @Override
    public MessageCollection createMessageCollection() {
        return new HostMessageCollection();
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        return getAllTranslationsForPrefix(prefix, Locale.getDefault());
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        String language = supported(locale.toLanguageTag()).getLanguage();
        return byPrefix.computeIfAbsent(language + "\n" + prefix, k -> {
            Map<String, String> found = new TreeMap<>();
            texts(locale).forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    found.put(key, value);
                }
            });
            return Map.copyOf(found); // immutable: the plugin's own Map.copyOf of it is then no copy
        });
    }

    private Locale currentLocale() {
        return RequestContext.current().locale();
    }

    private Map<String, String> texts(Locale locale) {
        Map<String, String> known = byLocale.get(locale);
        if (known != null) {
            return known;
        }
        String language = supported(locale.toLanguageTag()).getLanguage();
        Map<String, String> texts = byLanguage.computeIfAbsent(language, this::load);
        if (byLocale.size() < MAX_LOCALES) { // any locale a caller names may come here: keep the map small
            byLocale.put(locale, texts);
        }
        return texts;
    }

    private Map<String, String> load(String language) {
        Map<String, String> texts = new TreeMap<>();
        for (String base : baseNames) {
            putAll(texts, base + ".properties");
            if (!language.equals("en")) {
                putAll(texts, base + "_" + language + ".properties");
            }
        }
        return Map.copyOf(texts);
    }

    private static void putAll(Map<String, String> texts, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("i18n file {} is missing", resource);
                return;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader); // UTF-8, as Java 9+ resource bundles read them on Confluence's Java 21
            }
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private void reportMissing(Locale locale, String key) {
        if (reportedMissing.add(locale.getLanguage() + ":" + key)) {
            LOG.warn("Missing i18n key '{}' ({})", key, locale.getLanguage());
        }
    }

    private record HostMessage(String key, Serializable[] arguments) implements Message {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Serializable[] getArguments() {
            return arguments.clone();
        }
    }

    private static final class HostMessageCollection implements MessageCollection {
        private final java.util.List<Message> messages = new java.util.ArrayList<>();

        @Override
        public void addMessage(String key, Serializable... arguments) {
            messages.add(new HostMessage(key, arguments));
        }

        @Override
        public void addMessage(Message message) {
            messages.add(message);
        }

        @Override
        public void addAll(List<Message> more) {
            messages.addAll(more);
        }

        @Override
        public boolean isEmpty() {
            return messages.isEmpty();
        }

        @Override
        public List<Message> getMessages() {
            return List.copyOf(messages);
        }
    }
}
