package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The browser session: which demo user the switcher selected, the chosen language, and the form token
 * ({@code atl_token}) every host form posts back, so a foreign site cannot drive the host's forms.
 */
final class HostSession {
    static final String TOKEN_PARAMETER = "atl_token";
    private static final String USER = "devhost.user";
    private static final String LOCALE = "devhost.locale";
    private static final String TOKEN = "devhost.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HostSession() {}

    static Optional<String> username(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER));
    }

    static void setUsername(HttpServletRequest request, String username) {
        request.getSession(true).setAttribute(USER, username);
    }

    static Optional<Locale> locale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(LOCALE));
    }

    static void setLocale(HttpServletRequest request, Locale locale) {
        request.getSession(true).setAttribute(LOCALE, locale);
    }

    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(TOKEN, token);
        }
        return token;
    }

    static boolean hasValidToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String given = request.getParameter(TOKEN_PARAMETER);
        return expected != null && given != null && java.security.MessageDigest.isEqual(expected.getBytes(), given.getBytes());
    }
}
