package dev.partnercontacts.domain;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** "Italy (+39)", in {@code language}; empty for none. */
    public static String name(String region, Locale language) {
        if (region == null || region.isBlank()) {
            return "";
        }
        int code = PhoneNumberUtil.getInstance().getCountryCodeForRegion(region);
        return new Locale("", region).getDisplayCountry(language) + (code == 0 ? "" : " (+" + code + ")");
    }
}
