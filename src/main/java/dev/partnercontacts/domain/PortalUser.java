package dev.partnercontacts.domain;

/**
 * A user of the partner portal, stored with the id the database gave it. The e-mail address is
 * kept in its {@link EmailAddress#canonical} form, the name in its {@link PersonName#canonical} form.
 */
public record PortalUser(long id, String name, String email, UserRole role) {

    public PortalUser {
        name = PersonName.canonical(name);
        email = EmailAddress.canonical(email);
        role = role == null ? UserRole.EDITOR : role;
    }

    /** The address in the form users are compared in ({@link EmailAddress#key}): unique within an account. */
    public String emailKey() {
        return EmailAddress.key(email);
    }
}
