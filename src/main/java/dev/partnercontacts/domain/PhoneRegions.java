package dev.partnercontacts.domain;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The countries a default phone country can be: those the phone-number metadata knows. */
public final class PhoneRegions {

    private PhoneRegions() {
    }

    /** ISO codes, sorted by the country's name in {@code language}. */
    public static List<String> all(Locale language) {
        Collator collator = Collator.getInstance(language);
        return PhoneNumberUtil.getInstance().getSupportedRegions().stream()
                .sorted(Comparator.comparing((String r) -> new Locale("", r).getDisplayCountry(language), collator))
                .toList();
    }

    /**
     * The phone country to assume when none was chosen for the data file (issue 15, breaker 5):
     * the system locale's country when it has one with phone numbers ({@code it_IT}, {@code en_GB});
     * else the country of the interface language where that language is the language of one
     * country: Italian → Italy. English is spoken in many countries with different calling codes,
     * so an English interface on a system without a country assumes none, and a number typed
     * without {@code +} is refused with a message that says to add the country code or choose
     * the country.
     *
     * @param chosen   the data file's setting, when one was stored (empty string: "none" was chosen)
     * @param system   the system locale
     * @param language the interface language
     * @return an ISO 3166 region, or empty for none
     */
    public static String defaultFor(Optional<String> chosen, Locale system, Locale language) {
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
        if (supported.contains(system.getCountry())) {
            return system.getCountry();
        }
        return "it".equals(language.getLanguage()) ? "IT" : "";
    }

    /** "Italy (+39)", in {@code language}; empty for none. */
    public static String name(String region, Locale language) {
        if (region == null || region.isBlank()) {
            return "";
        }
        int code = PhoneNumberUtil.getInstance().getCountryCodeForRegion(region);
        return new Locale("", region).getDisplayCountry(language) + (code == 0 ? "" : " (+" + code + ")");
    }
}
