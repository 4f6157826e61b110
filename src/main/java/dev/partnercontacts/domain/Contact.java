package dev.partnercontacts.domain;

/**
 * One entry of a contact role, as typed: the e-mail address is required, name and phone are
 * optional. Values are kept raw so a draft can hold what the user typed; {@link Validation}
 * says whether they are acceptable and {@link Validation#normalize(Contact)} gives the stored form.
 */
public record Contact(String email, String name, String phone) {

    public static final Contact EMPTY = new Contact("", "", "");

    public Contact {
        email = Text.orEmpty(email);
        name = Text.orEmpty(name);
        phone = Text.orEmpty(phone);
    }

    public boolean isBlank() {
        return email.isBlank() && name.isBlank() && phone.isBlank();
    }
}
