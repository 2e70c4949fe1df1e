package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Stand-in (sal-api 5.1.4 [DF]); resolves in the current user's locale unless one is given. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(Message message);

    String getText(Locale locale, Message message);

    String getRawText(String key);

    String getRawText(Locale locale, String key);

    Message createMessage(String key, Serializable... arguments);

    MessageCollection createMessageCollection();

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
