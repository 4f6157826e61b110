package dev.partnercontacts.ui.sheet;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An account's contact details as a sheet to send to the partner for confirmation: the stored
 * (submitted) details, role by role in the form's order, the roles that do not apply to the
 * account left out, phone numbers in their international form (the partner may be abroad).
 * The same lines make the text copied to the clipboard and the printed page
 * ({@link SheetPage}).
 */
public final class ContactSheet {

    /** What a line is, for the printed page's look. */
    public enum Kind { TITLE, SUBTITLE, HEADING, ENTRY, NOTE }

    /** One line of the sheet. */
    public record Line(Kind kind, String text) {
    }

    private final Messages messages;
    private final ChangeText words;

    public ContactSheet(Messages messages) {
        this.messages = messages;
        this.words = new ChangeText(messages);
    }

    /**
     * The sheet's lines.
     *
     * @param key         the account's key, which the partner quotes back
     * @param stored      the submitted details
     * @param users       the account's portal users (alert contacts are users)
     * @param submittedAt when the details were last submitted; null if never
     * @param now         when the sheet is made
     */
    public List<Line> lines(String key, ContactDetails stored, List<PortalUser> users, Instant submittedAt, Instant now) {
        AccountSettings s = stored.settings();
        List<Line> lines = new ArrayList<>();
        String name = s.name().isBlank() ? messages.get("account.unnamed") : s.name();
        lines.add(new Line(Kind.TITLE, messages.get("sheet.title", name)));
        String settings = messages.get(s.integration().labelKey()) + " · " + messages.get(s.environment().labelKey());
        lines.add(new Line(Kind.SUBTITLE, s.partnerId().isBlank() ? settings
                : messages.get("sheet.partnerId", s.partnerId()) + " · " + settings));
        lines.add(new Line(Kind.SUBTITLE, messages.get("sheet.key", key)));
        lines.add(new Line(Kind.SUBTITLE, submittedAt == null ? messages.get("sheet.neverSubmitted")
                : messages.get("sheet.submitted", messages.dateTime(submittedAt))));
        Map<Long, PortalUser> byId = users.stream().collect(Collectors.toMap(PortalUser::id, Function.identity(), (a, b) -> a));
        for (Role role : Role.values()) {
            if (!s.requires(role)) {
                continue;
            }
            lines.add(new Line(Kind.HEADING, messages.get("role." + role.key() + ".title")));
            List<String> entries = switch (role.kind()) {
                case PORTAL_USERS -> stored.alertUserIds().stream().map(byId::get).filter(u -> u != null)
                        .map(u -> person(u.name(), u.email(), "")).toList();
                case CONTACTS -> contacts(stored.contacts(role));
                case SUPPORT_HOURS -> stored.supportHours().allWeek() ? List.of(messages.get("sheet.allWeek"))
                        : stored.supportHours().windows().stream().map(w -> words.window(Changes.windowText(w))).toList();
            };
            if (entries.isEmpty()) {
                lines.add(new Line(Kind.ENTRY, messages.get("sheet.none")));
            }
            entries.forEach(e -> lines.add(new Line(Kind.ENTRY, e)));
        }
        lines.add(new Line(Kind.NOTE, messages.get("sheet.footer", messages.dateTime(now))));
        return lines;
    }

    /** The lines as plain text: a blank line before each role, entries indented. */
    public static String text(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            switch (line.kind()) {
                case HEADING, NOTE -> out.append('\n').append(line.text());
                case ENTRY -> out.append("  ").append(line.text());
                default -> out.append(line.text());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private List<String> contacts(List<Contact> entries) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Contact c = entries.get(i);
            String place = i == 0 ? messages.get("form.entry.primary") : messages.get("form.entry.backup", i);
            out.add(place + ": " + person(c.name(), c.email(), c.phone()));
        }
        return out;
    }

    /** "Ada Lovelace <ada@acme.example>, +44 20 7031 3000", leaving out what is not there. */
    private String person(String name, String email, String phone) {
        String who = name.isBlank() ? email : messages.get("sheet.person", name, email);
        List<String> forms = Validation.phoneForms(phone);
        String number = forms.isEmpty() ? phone.strip() : forms.get(0);
        return number.isEmpty() ? who : who + ", " + number;
    }
}
