package dev.partnercontacts.ui.common;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Where the Contact support link leads: the support page when one is configured, otherwise a
 * pre-filled e-mail to the support address. Read from {@code support.properties}.
 */
public record SupportContact(String url, String email) {

    public static final String URL_KEY = "support.url";
    public static final String EMAIL_KEY = "support.email";

    public static SupportContact from(Properties p) {
        return new SupportContact(p.getProperty(URL_KEY, "").strip(), p.getProperty(EMAIL_KEY, "").strip());
    }

    /** The address to open: the page, or a {@code mailto:} with the subject and body given. */
    public String uri(String subject, String body) {
        if (!url.isEmpty()) {
            return URI.create(url).toString();
        }
        return "mailto:" + email + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
