package dev.partnercontacts.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sync server's address as a person types it (data contract, "The command line"): {@code http}
 * or {@code https} with a host. One that carries a user name or password
 * ({@code https://ada:secret@host}) is refused, and never echoed: the secret would land in a
 * message, the settings or a log. Plain {@code http://} is accepted, but to anything other than
 * this computer (a loopback address) it is {@link Valid#unencrypted() unencrypted} on a network,
 * which the caller shows as a warning.
 */
public final class ServerAddress {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    /** What checking an address gave. */
    public sealed interface Check {
    }

    /** A usable address; {@code unencrypted} when it is plain HTTP to another computer. */
    public record Valid(URI uri, boolean unencrypted) implements Check {
    }

    /** Not an http(s) address with a host. */
    public record NotAnAddress() implements Check {
    }

    /** The address carries a user name or password. */
    public record CarriesCredentials() implements Check {
    }

    private ServerAddress() {
    }

    public static Check check(String typed) {
        String text = typed == null ? "" : typed.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // "https://ada:se cret@host" is no URI, yet it carries a password all the same.
            return text.matches("(?i)https?://[^/@]*@.*") ? new CarriesCredentials() : new NotAnAddress();
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return new CarriesCredentials();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new NotAnAddress();
        }
        return new Valid(uri, scheme.equals("http") && !isLoopback(uri.getHost()));
    }

    /** Whether the host names this computer: {@code localhost}, 127.0.0.0/8 or ::1, without asking DNS. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || IPV4_LOOPBACK.matcher(h).matches()
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }
}
