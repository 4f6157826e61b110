package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The entries of one contact role (every role but the alert contacts and the support hours):
 * ordered, the first the primary, at most {@link Role#maxEntries()}, never fewer than one row.
 * Holds only its own rows: nothing to let go of.
 */
public final class ContactRoleViewModel {

    private final Role role;
    private final ObservableList<ContactEntry> entries = FXCollections.observableArrayList(
            e -> new Observable[] {e.emailProperty(), e.nameProperty(), e.phoneProperty()});

    /** @param edited runs after every change of the rows or their fields */
    ContactRoleViewModel(Role role, Runnable edited) {
        this.role = role;
        entries.addListener((ListChangeListener<ContactEntry>) c -> edited.run());
    }

    public Role role() {
        return role;
    }

    /** The rows, primary first. */
    public ObservableList<ContactEntry> entries() {
        return entries;
    }

    public void add() {
        if (entries.size() < role.maxEntries()) {
            entries.add(new ContactEntry(Contact.EMPTY));
        }
    }

    public void remove(int index) {
        if (entries.size() > 1 && index >= 0 && index < entries.size()) {
            entries.remove(index);
        }
    }

    /** Moves an entry one place towards the primary. */
    public void moveUp(int index) {
        if (index > 0 && index < entries.size()) {
            List<ContactEntry> copy = new ArrayList<>(entries);
            Collections.swap(copy, index, index - 1);
            entries.setAll(copy);
        }
    }

    /**
     * Shows these contacts, at least one (empty) row. With as many rows as before, the rows are
     * updated in place, so the view keeps its nodes, the focus and the scroll position.
     */
    void load(List<Contact> contacts) {
        List<Contact> shown = new ArrayList<>(contacts);
        if (shown.isEmpty()) {
            shown.add(Contact.EMPTY);
        }
        if (shown.size() == entries.size()) {
            for (int i = 0; i < shown.size(); i++) {
                entries.get(i).set(shown.get(i));
            }
        } else {
            entries.setAll(shown.stream().map(ContactEntry::new).toList());
        }
    }

    /** The rows as typed; a single blank row is no entry. */
    List<Contact> snapshot() {
        return entries.stream().map(ContactEntry::toContact)
                .filter(c -> !(c.isBlank() && entries.size() == 1))
                .toList();
    }
}
