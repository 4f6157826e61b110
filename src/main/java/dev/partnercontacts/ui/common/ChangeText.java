package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.text.ChangeWords;

/**
 * The history's words in the UI language, as windows show them: names isolated from the words
 * around them, phone numbers as the form shows them ({@link ChangeWords}).
 */
public final class ChangeText extends ChangeWords {

    /** Phone numbers in their international form (no home region). */
    public ChangeText(Messages messages) {
        this(messages, new Validation(""));
    }

    /** Phone numbers as the form with these rules shows them: national at home, international abroad. */
    public ChangeText(Messages messages, Validation phones) {
        super(messages, phones, true);
    }
}
