package dev.partnercontacts.domain;

/**
 * The person recorded as making changes on this workstation: a name and, optionally, an e-mail
 * address. Contact details belong to the account; this says who touched them.
 */
public record Author(String name, String email) {

    public Author {
        name = Text.orEmpty(name).strip();
        email = EmailAddress.canonical(email);
    }

    /** "Ada Lovelace &lt;ada@acme.example&gt;", or just the name when there is no address. */
    public String label() {
        if (email.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? email : name + " <" + email + ">";
    }
}
