package dev.partnercontacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line: {@code --db=PATH}, {@code --locale=en|it}, and {@code --smoke-test}
 * (quit as soon as the first window is shown; used to check a build or an installed package
 * and to measure start-up).
 */
record AppArguments(String db, Optional<Locale> locale, boolean smokeTest) {

    static AppArguments parse(List<String> raw) {
        String db = null;
        Optional<Locale> locale = Optional.empty();
        boolean smoke = false;
        for (String arg : raw) {
            if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.startsWith("--locale=")) {
                String tag = arg.substring("--locale=".length()).strip();
                if (!tag.isEmpty()) {
                    locale = Optional.of(Locale.forLanguageTag(tag));
                }
            } else if (arg.equals("--smoke-test")) {
                smoke = true;
            }
        }
        return new AppArguments(db, locale, smoke);
    }
}
