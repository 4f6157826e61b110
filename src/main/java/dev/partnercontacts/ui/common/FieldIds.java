package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.Account;
import dev.partnercontacts.domain.FieldPath.ContactEntry;
import dev.partnercontacts.domain.FieldPath.SupportWindowField;
import dev.partnercontacts.domain.FieldPath.User;
import dev.partnercontacts.domain.FieldPath.WholeRole;
import dev.partnercontacts.domain.Role;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The one place that knows which node shows a field: it maps a {@link FieldPath} to the node
 * id of the UI contract ({@code techEmergency-email-0}, {@code opsSupport-start-1},
 * {@code alertContacts}, {@code userEmail}…). Ids are only ever built here, never parsed back.
 */
public final class FieldIds {

    private FieldIds() {
    }

    /** The node id of the field. */
    public static String id(FieldPath path) {
        // Java 17 has no pattern matching in switch: one test per kind of path.
        if (path instanceof Account a) {
            return switch (a.field()) {
                case NAME -> "accountName";
                case PARTNER_ID -> "partnerId";
                case INTEGRATION -> "integration";
                case ENVIRONMENT -> "environment";
            };
        }
        if (path instanceof ContactEntry c) {
            return c.role().key() + "-" + c.part().name().toLowerCase(Locale.ROOT) + "-" + c.index();
        }
        if (path instanceof SupportWindowField w) {
            return "opsSupport-" + w.part().name().toLowerCase(Locale.ROOT) + "-" + w.index();
        }
        if (path instanceof WholeRole r) {
            // The alert role is its list of portal users; other roles are their sections.
            return r.role() == Role.ALERT ? "alertContacts" : "role-" + r.role().key();
        }
        if (path instanceof FieldPath.InDocument d) {
            return d.path();
        }
        User u = (User) path;
        return switch (u.field()) {
            case NAME -> "userName";
            case EMAIL -> "userEmail";
            case ROLE -> "userRole";
            case LIST -> "usersTable";
            case ROLE_CHANGE -> "userRoleChoice";
        };
    }

    /** The id of the label that shows the field's error. */
    public static String errorId(FieldPath path) {
        return id(path) + "-error";
    }

    /** The node showing the field inside {@code root}, if it is there. */
    public static Optional<Node> node(Parent root, FieldPath path) {
        return Optional.ofNullable(root.lookup("#" + id(path)));
    }
}
