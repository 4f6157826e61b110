package dev.partnercontacts.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The time zones a user picks from: places (Area/City), each once under its current name. The
 * runtime also knows the old spellings and aliases kept for compatibility (Africa/Asmera,
 * Asia/Calcutta, Europe/Kiev, US/Pacific…); stored data may still use them and stays valid
 * ({@link Validation#isZone}), but they are not offered.
 */
public final class Zones {

    private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /** Region-style links of the tz database's "backward" file: renamed or merged places. */
    private static final Set<String> DEPRECATED = Set.of(
            "Africa/Asmera", "Africa/Timbuktu", "America/Argentina/ComodRivadavia", "America/Atka",
            "America/Buenos_Aires", "America/Catamarca", "America/Coral_Harbour", "America/Cordoba",
            "America/Ensenada", "America/Fort_Wayne", "America/Godthab", "America/Indianapolis",
            "America/Jujuy", "America/Knox_IN", "America/Louisville", "America/Mendoza", "America/Montreal",
            "America/Nipigon", "America/Pangnirtung", "America/Porto_Acre", "America/Rainy_River",
            "America/Rosario", "America/Santa_Isabel", "America/Shiprock", "America/Thunder_Bay",
            "America/Virgin", "America/Yellowknife", "Antarctica/South_Pole", "Asia/Ashkhabad",
            "Asia/Calcutta", "Asia/Chongqing", "Asia/Chungking", "Asia/Dacca", "Asia/Harbin", "Asia/Istanbul",
            "Asia/Kashgar", "Asia/Katmandu", "Asia/Macao", "Asia/Rangoon", "Asia/Saigon", "Asia/Tel_Aviv",
            "Asia/Thimbu", "Asia/Ujung_Pandang", "Asia/Ulan_Bator", "Atlantic/Faeroe", "Atlantic/Jan_Mayen",
            "Australia/ACT", "Australia/Canberra", "Australia/Currie", "Australia/LHI", "Australia/NSW",
            "Australia/North", "Australia/Queensland", "Australia/South", "Australia/Tasmania",
            "Australia/Victoria", "Australia/West", "Australia/Yancowinna", "Europe/Belfast", "Europe/Kiev",
            "Europe/Nicosia", "Europe/Tiraspol", "Europe/Uzhgorod", "Europe/Zaporozhye", "Pacific/Enderbury",
            "Pacific/Johnston", "Pacific/Ponape", "Pacific/Samoa", "Pacific/Truk", "Pacific/Yap",
            "Asia/Choibalsan");

    private Zones() {
    }

    /** Whether the id names a place under its current name (not an alias, not Etc/GMT+5). */
    public static boolean isCanonicalPlace(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && AREAS.contains(id.substring(0, slash)) && !DEPRECATED.contains(id)
                && Validation.isZone(id);
    }

    /**
     * This computer's zone as the app offers and stores it: {@link #plain} of the JVM's default
     * zone (a computer set to {@code Etc/UTC} is in {@code UTC}).
     */
    public static java.time.ZoneId thisComputer() {
        return plain(java.time.ZoneId.systemDefault());
    }

    /**
     * {@code UTC} for every name of universal time ({@code Etc/UTC}, {@code Zulu}, {@code GMT},
     * {@code Z}: zones whose rules are a fixed offset of zero), so that it is offered and shown
     * once; any other zone as it is (a place, an old alias, {@code Etc/GMT+5}).
     */
    public static java.time.ZoneId plain(java.time.ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? java.time.ZoneId.of("UTC") : zone;
    }

    /** Every place the runtime knows under its current name, sorted by id. */
    public static List<String> canonicalPlaces() {
        return ZoneId.getAvailableZoneIds().stream().filter(Zones::isCanonicalPlace).sorted().toList();
    }
}
