package dev.partnercontacts.text;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Validation;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Puts a stored {@link Change} into words: what part of the account it concerns ("Technical
 * emergency contacts") and what happened ("added oncall@acme.example as backup 1"), the words of
 * the Activity tab, for the app and the command line alike. Names go in isolated from the words
 * around them (Unicode UAX #9 isolates) when the text is for a window; phone numbers go in as the
 * form shows them. Safe to call from any thread; loads no JavaFX class.
 */
public class ChangeWords {

    private final Wording messages;
    private final Validation phones;
    private final boolean isolate;

    /**
     * @param messages the words, in one language
     * @param phones   how phone numbers are shown: {@link Validation#phoneForDisplay}, as the form shows them
     * @param isolate  whether every name put into a sentence is wrapped in FSI … PDI (U+2068 … U+2069)
     *                 so that a right-to-left name never reorders the words around it; true for
     *                 what a window shows, false for plain text such as the command line's
     */
    public ChangeWords(Wording messages, Validation phones, boolean isolate) {
        this.messages = messages;
        this.phones = phones;
        this.isolate = isolate;
    }

    /** "Technical emergency contacts: added oncall@acme.example as backup 1". */
    public String sentence(Change c) {
        return messages.get("history.sentence", area(c), detail(c));
    }

    /** The part of the account the change concerns: a role's title, the account, or its users. */
    public String area(Change c) {
        if (c.role() != null) {
            return messages.get("role." + c.role().key() + ".title");
        }
        return c.kind().aboutUsers() ? messages.get("history.area.users") : messages.get("history.area.account");
    }

    /** What happened, in words. */
    public String detail(Change c) {
        return switch (c.kind()) {
            case ACCOUNT_CREATED -> messages.get("history.accountCreated");
            case LEGACY_SUBMIT -> messages.get("history.legacySubmit");
            case RECONFIRMED -> messages.get("history.reconfirmed");
            case CONFLICT_RESOLVED -> messages.get("REMOTE".equals(c.after()) ? "history.conflictKeptRemote"
                    : "history.conflictKeptLocal", conflictField(c));
            case ACCOUNT_REMOVED -> c.before().isEmpty()
                    ? messages.get("history.accountRemoved", nameOrNone(c.label()))
                    : messages.get("history.accountRemovedWithId", nameOrNone(c.label()), c.before());
            case SETTING_CHANGED -> setting(c);
            case CONTACT_ADDED -> messages.get("history.contactAdded", c.subject(), position(c.after()));
            case CONTACT_REMOVED -> messages.get("history.contactRemoved", c.subject());
            case CONTACT_MOVED -> messages.get("history.contactMoved", c.subject(), position(c.after()));
            case CONTACT_NAME_CHANGED -> messages.get("history.contactName", c.subject(), nameOrNone(c.before()),
                    nameOrNone(c.after()));
            case CONTACT_PHONE_CHANGED -> messages.get("history.contactPhone", c.subject(), phone(c.before()), phone(c.after()));
            case ALERT_ADDED -> messages.get("history.alertAdded", person(c));
            case ALERT_REMOVED -> messages.get("history.alertRemoved", person(c));
            case SUPPORT_ALL_WEEK -> messages.get(Boolean.parseBoolean(c.after()) ? "history.allWeekOn" : "history.allWeekOff");
            case WINDOW_ADDED -> messages.get("history.windowAdded", window(c.subject()));
            case WINDOW_REMOVED -> messages.get("history.windowRemoved", window(c.subject()));
            case USER_ADDED -> c.after().isEmpty() ? messages.get("history.userAddedNoRole", person(c))
                    : messages.get("history.userAdded", person(c), userRole(c.after()));
            case USER_REMOVED -> messages.get("history.userRemoved", person(c));
            case USER_ROLE_CHANGED -> c.before().isEmpty()
                    ? messages.get("history.userRoleSet", nameOf(c), userRole(c.after()))
                    : messages.get("history.userRole", nameOf(c), userRole(c.before()), userRole(c.after()));
            case USER_RENAMED -> messages.get("history.userRenamed", c.subject(), nameOrNone(c.before()), nameOrNone(c.after()));
        };
    }

    /** Every word a search could look for in a change, in the UI language. */
    public String searchable(Change c) {
        return area(c) + " " + detail(c);
    }

    private String setting(Change c) {
        String name = settingName(c.subject());
        if (c.before().isEmpty()) {
            return messages.get("history.settingSet", name, settingValue(c.subject(), c.after()));
        }
        if (c.after().isEmpty()) {
            return messages.get("history.settingCleared", name, settingValue(c.subject(), c.before()));
        }
        return messages.get("history.settingChanged", name, settingValue(c.subject(), c.before()),
                settingValue(c.subject(), c.after()));
    }

    private String settingName(String key) {
        return Change.Setting.byKey(key).map(s -> switch (s) {
            case NAME -> messages.get("field.accountName");
            case PARTNER_ID -> messages.get("field.partnerId");
            case INTEGRATION -> messages.get("field.integration");
            case ENVIRONMENT -> messages.get("field.environment");
        }).orElse(key);
    }

    private String settingValue(String key, String value) {
        Optional<Change.Setting> setting = Change.Setting.byKey(key);
        if (setting.isPresent() && !value.isEmpty()) {
            switch (setting.get()) {
                case INTEGRATION -> {
                    return enumLabel(Integration.class, value).map(i -> messages.get(i.labelKey())).orElse(value);
                }
                case ENVIRONMENT -> {
                    return enumLabel(Environment.class, value).map(e -> messages.get(e.labelKey())).orElse(value);
                }
                case NAME -> {
                    return name(value);
                }
                default -> {
                    return value;
                }
            }
        }
        return orNone(value);
    }

    private String position(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return index;
        }
        return i == 0 ? messages.get("history.primary") : messages.get("history.backup", i);
    }

    private String person(Change c) {
        if (c.label().isEmpty()) {
            return c.subject();
        }
        return c.subject().isEmpty() ? name(c.label()) : messages.get("history.person", name(c.label()), c.subject());
    }

    private String nameOf(Change c) {
        return c.label().isEmpty() ? c.subject() : name(c.label());
    }

    /** A name as it goes into a sentence: isolated, when this text is for a window. */
    private String name(String value) {
        return isolate ? Bidi.isolate(value) : value;
    }

    private String nameOrNone(String value) {
        return value.isEmpty() ? messages.get("history.none") : name(value);
    }

    /** A stored (E.164) number as the form shows it: {@code 347 765 4321} at home, {@code +44 20 …} abroad. */
    private String phone(String value) {
        return value.isEmpty() ? messages.get("history.none") : phones.phoneForDisplay(value);
    }

    private String userRole(String name) {
        return enumLabel(UserRole.class, name).map(r -> messages.get(r.labelKey())).orElse(name);
    }

    private String orNone(String value) {
        return value.isEmpty() ? messages.get("history.none") : value;
    }

    /** "Mon–Fri 09:00–17:00 Europe/Rome", with the day names of the UI language. */
    public String window(String stored) {
        Optional<SupportWindow> parsed = Changes.parseWindow(stored);
        if (parsed.isEmpty()) {
            return stored;
        }
        SupportWindow w = parsed.get();
        return messages.get("history.window", days(w), w.start(), w.end(), w.zone());
    }

    private String days(SupportWindow w) {
        List<String> runs = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!w.days().contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && w.days().contains(all[j + 1])) {
                j++;
            }
            String first = dayName(all[i]);
            runs.add(j - i >= 2 ? first + "–" + dayName(all[j]) : j > i ? first + ", " + dayName(all[j]) : first);
            i = j + 1;
        }
        return runs.isEmpty() ? messages.get("history.noDays") : String.join(", ", runs);
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, messages.locale());
    }

    private static <E extends Enum<E>> Optional<E> enumLabel(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /** The display name of a role, for filters. */
    public String roleTitle(Role role) {
        return messages.get("role." + role.key() + ".title");
    }

    /** The field a conflict was on, in the words of the conflict's page. */
    private String conflictField(Change c) {
        if (c.role() != null) {
            return messages.get("role." + c.role().key() + ".title");
        }
        return switch (c.subject()) {
            case "NAME" -> messages.get("sync.conflict.field.name");
            case "PARTNER_ID" -> messages.get("sync.conflict.field.partnerId");
            case "INTEGRATION" -> messages.get("sync.conflict.field.integration");
            case "ENVIRONMENT" -> messages.get("sync.conflict.field.environment");
            case "ALERT_CONTACTS" -> messages.get("sync.conflict.field.alert");
            case "SUPPORT_HOURS" -> messages.get("sync.conflict.field.supportHours");
            case "USER" -> messages.get("sync.conflict.field.user", c.label());
            case "USER_NAME" -> messages.get("sync.conflict.field.userName", c.label());
            case "USER_ROLE" -> messages.get("sync.conflict.field.userRole", c.label());
            default -> c.subject();
        };
    }
}
