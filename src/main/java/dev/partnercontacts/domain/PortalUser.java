package dev.partnercontacts.domain;

import java.util.Locale;

/** A user of the partner portal, stored with the id the database gave it. */
public record PortalUser(long id, String name, String email, UserRole role) {

    public PortalUser {
        name = Text.orEmpty(name).strip();
        email = Text.orEmpty(email).strip();
        role = role == null ? UserRole.EDITOR : role;
    }

    /** The address in the form used to compare users: e-mail addresses are unique regardless of case. */
    public String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }
}
