package dev.partnercontacts.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Questions put to the user in a modal dialog. Behind an interface so that what asks (quit
 * flows, view-models) can be tested with scripted answers.
 */
public interface Dialogs {

    /** One answer a question offers: its text and the id its button carries (for UI tests). */
    record Choice(String text, String id, boolean isDefault, boolean isCancel) {

        public static Choice of(String text, String id) {
            return new Choice(text, id, false, false);
        }

        public static Choice confirm(String text, String id) {
            return new Choice(text, id, true, false);
        }

        public static Choice cancel(String text, String id) {
            return new Choice(text, id, false, true);
        }

        /**
         * The safe answer to a destructive question: Enter and Escape both choose it, and the
         * destructive answer ({@link #of}) needs a click (issue 15: Enter removed an account).
         */
        public static Choice safe(String text, String id) {
            return new Choice(text, id, true, true);
        }
    }

    /** A question with its title, header, text and answers. */
    record Question(String title, String header, String content, List<Choice> choices) {
    }

    /**
     * Asks and waits for the answer (the FX thread keeps running events meanwhile).
     *
     * @return the choice made; empty when the dialog was closed without one
     */
    Optional<Choice> ask(Window owner, Question question);
}
