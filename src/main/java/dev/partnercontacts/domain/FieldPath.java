package dev.partnercontacts.domain;

import java.util.Optional;

/**
 * Which field of the account's data something is about, as data: the domain names fields by
 * what they are (the phone of the second backup of a role), and the UI alone decides which
 * node shows them. Problems, the form's touched fields and the error summary all use it.
 */
public sealed interface FieldPath {

    /** The role the field belongs to, or empty for account settings and users. */
    default Optional<Role> owner() {
        return Optional.empty();
    }

    /** The fields of the account settings at the top of the form. */
    enum AccountField { NAME, PARTNER_ID, INTEGRATION, ENVIRONMENT }

    /** The parts of a contact entry. */
    enum ContactPart { EMAIL, NAME, PHONE }

    /** The parts of a support window. */
    enum WindowPart { DAYS, START, END, ZONE }

    /** The fields of the Users tab: the add form, the list itself and the selected user's role control. */
    enum UserField { NAME, EMAIL, ROLE, LIST, ROLE_CHANGE }

    /** An account setting. */
    record Account(AccountField field) implements FieldPath {
    }

    /** One part of entry {@code index} (0 = primary) of a contact role. */
    record ContactEntry(Role role, int index, ContactPart part) implements FieldPath {

        public ContactEntry {
            if (role.kind() != Role.Kind.CONTACTS || index < 0) {
                throw new IllegalArgumentException(role + " entry " + index);
            }
        }

        @Override
        public Optional<Role> owner() {
            return Optional.of(role);
        }
    }

    /** One part of support window {@code index}. */
    record SupportWindowField(int index, WindowPart part) implements FieldPath {

        public SupportWindowField {
            if (index < 0) {
                throw new IllegalArgumentException("window " + index);
            }
        }

        @Override
        public Optional<Role> owner() {
            return Optional.of(Role.OPS_SUPPORT);
        }
    }

    /** A role as a whole: too many entries, none at all, no alert contact ticked. */
    record WholeRole(Role role) implements FieldPath {

        @Override
        public Optional<Role> owner() {
            return Optional.of(role);
        }
    }

    /** A field of the Users tab. */
    record User(UserField field) implements FieldPath {
    }

    /** A place in a document read from outside (a bundle, a server's document), e.g. {@code users[1].email}. */
    record InDocument(String path) implements FieldPath {
    }

    static FieldPath account(AccountField field) {
        return new Account(field);
    }

    static FieldPath contact(Role role, int index, ContactPart part) {
        return new ContactEntry(role, index, part);
    }

    static FieldPath window(int index, WindowPart part) {
        return new SupportWindowField(index, part);
    }

    static FieldPath wholeRole(Role role) {
        return new WholeRole(role);
    }

    static FieldPath user(UserField field) {
        return new User(field);
    }

    static FieldPath document(String path) {
        return new InDocument(path);
    }
}
