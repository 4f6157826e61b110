package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.ui.common.Messages;

/** How the error summary above the form names a problem's field, in the words the form shows. */
final class SummaryText {

    private SummaryText() {
    }

    /** The summary's line for problem {@code p}: the field it is about (role, row, window), then {@code message}. */
    static String of(Messages messages, Problem p, String message) {
        FieldPath field = p.field();
        if (field instanceof FieldPath.Account a) {
            String label = switch (a.field()) {
                case NAME -> messages.get("field.accountName");
                case PARTNER_ID -> messages.get("field.partnerId");
                case INTEGRATION -> messages.get("field.integration");
                case ENVIRONMENT -> messages.get("field.environment");
            };
            return messages.get("summary.field", label, message);
        }
        String roleName = p.role() == null ? "" : messages.get("role." + p.role().key() + ".title");
        if (field instanceof FieldPath.ContactEntry c) {
            return messages.get("summary.entry", roleName, rank(messages, c.index()), message);
        }
        if (field instanceof FieldPath.SupportWindowField w) {
            return messages.get("summary.window", roleName, w.index() + 1, message);
        }
        return messages.get("summary.field", roleName, message);
    }

    /** "Primary", "Backup 1": what the row says, so the summary names it the same way. */
    static String rank(Messages messages, int index) {
        return index == 0 ? messages.get("form.entry.primary") : messages.get("form.entry.backup", index);
    }
}
