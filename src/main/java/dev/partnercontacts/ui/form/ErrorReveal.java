package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.SupportWindowField;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which fields of the form show their errors: a field the user changed and left, and after a
 * submit attempt every field, except those of a row added since, which wait until the user
 * changed and left them or tries to submit again (a row just added is not yet wrong).
 */
final class ErrorReveal {

    private final Set<FieldPath> touched = new HashSet<>();
    private final Set<FieldPath> waiting = new HashSet<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(false);

    /** Whether the field's errors show now. */
    boolean shows(FieldPath field) {
        return touched.contains(field) || revealed.get() && !waiting.contains(field);
    }

    /** The user changed and left the field; returns whether what shows changed. */
    boolean touch(FieldPath field) {
        boolean waited = waiting.remove(field);
        return touched.add(field) || waited;
    }

    /** A submit attempt: every field shows its errors. */
    void revealAll() {
        waiting.clear();
        revealed.set(true);
    }

    /** The fields of a row just added: they wait, even after a submit attempt. */
    void holdBack(Collection<FieldPath> fields) {
        waiting.addAll(fields);
    }

    /** Other details are shown: nothing is touched or revealed any more. */
    void forget() {
        touched.clear();
        waiting.clear();
        revealed.set(false);
    }

    /** Support window {@code index} was removed: the windows below it move up one place, with what they showed. */
    void windowRemoved(int index) {
        shift(touched, index);
        shift(waiting, index);
    }

    private static void shift(Set<FieldPath> fields, int index) {
        Set<FieldPath> moved = new HashSet<>();
        fields.removeIf(f -> {
            if (f instanceof SupportWindowField w && w.index() >= index) {
                if (w.index() > index) {
                    moved.add(new SupportWindowField(w.index() - 1, w.part()));
                }
                return true;
            }
            return false;
        });
        fields.addAll(moved);
    }

    ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
