package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.ContactEntry;
import dev.partnercontacts.domain.FieldPath.SupportWindowField;
import dev.partnercontacts.domain.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
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

    /** Contact row {@code index} of {@code role} is being added: its fields wait. */
    void contactAdded(Role role, int index) {
        holdBack(Arrays.stream(FieldPath.ContactPart.values()).map(part -> FieldPath.contact(role, index, part)).toList());
    }

    /** Support window {@code index} is being added: its fields wait. */
    void windowAdded(int index) {
        holdBack(Arrays.stream(FieldPath.WindowPart.values()).map(part -> FieldPath.window(index, part)).toList());
    }

    /** Other details are shown: nothing is touched or revealed any more. */
    void forget() {
        touched.clear();
        waiting.clear();
        revealed.set(false);
    }

    /** Support window {@code index} was removed: the windows below it move up one place, with what they showed. */
    void windowRemoved(int index) {
        renumber(f -> f instanceof SupportWindowField w ? w.index() : -1,
                (f, i) -> new SupportWindowField(i, ((SupportWindowField) f).part()), i -> i == index ? -1 : i > index ? i - 1 : i);
    }

    /** Contact row {@code index} of {@code role} was removed: the rows below it move up one place, with what they showed. */
    void contactRemoved(Role role, int index) {
        renumber(contactIndex(role), ErrorReveal::contactAt, i -> i == index ? -1 : i > index ? i - 1 : i);
    }

    /** Contact row {@code index} of {@code role} swapped places with the row above it, each with what it showed. */
    void contactMovedUp(Role role, int index) {
        renumber(contactIndex(role), ErrorReveal::contactAt, i -> i == index ? index - 1 : i == index - 1 ? index : i);
    }

    private static Function<FieldPath, Integer> contactIndex(Role role) {
        return f -> f instanceof ContactEntry c && c.role() == role ? c.index() : -1;
    }

    private static FieldPath contactAt(FieldPath f, int index) {
        ContactEntry c = (ContactEntry) f;
        return new ContactEntry(c.role(), index, c.part());
    }

    /**
     * Gives the rows' fields (those {@code index} numbers, -1 for other fields) their new numbers
     * ({@code moved}: -1 for a removed row), in both sets.
     */
    private void renumber(Function<FieldPath, Integer> index, BiFunction<FieldPath, Integer, FieldPath> at,
                          IntUnaryOperator moved) {
        for (Set<FieldPath> fields : List.of(touched, waiting)) {
            Set<FieldPath> renumbered = new HashSet<>();
            fields.removeIf(f -> {
                int i = index.apply(f);
                if (i < 0 || moved.applyAsInt(i) == i) {
                    return false;
                }
                if (moved.applyAsInt(i) >= 0) {
                    renumbered.add(at.apply(f, moved.applyAsInt(i)));
                }
                return true;
            });
            fields.addAll(renumbered);
        }
    }

    ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
