package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Contact;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of a contact role. */
public final class ContactEntry {

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");

    ContactEntry(Contact c) {
        set(c);
    }

    /** Shows another contact in this row. */
    void set(Contact c) {
        email.set(c.email());
        name.set(c.name());
        phone.set(c.phone());
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    Contact toContact() {
        return new Contact(email.get(), name.get(), phone.get());
    }
}
