package dev.partnercontacts.ui.app;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.ui.common.AppVersion;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.LinkOpener;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SupportAddressDialog;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.main.MainMenu;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the main menu's Help items do: Contact support (as the gate's link: the support page, or
 * an e-mail naming the current account) and About (the name and the build's version,
 * {@link AppVersion}).
 */
public final class HelpMenu {

    private HelpMenu() {
    }

    /**
     * @param account the current account's settings (its name and partner ID go into the e-mail)
     * @param owner   the window the About dialog belongs to
     * @param opener  opens the support page or {@code mailto:} address in the desktop's handler; when
     *                nothing opens it, the address and subject are shown to copy ({@link SupportAddressDialog})
     */
    public static MainMenu.Help of(SupportContact support, LinkOpener opener, Supplier<AccountSettings> account,
                                   Dialogs dialogs, Supplier<Window> owner, Messages messages) {
        Runnable contact = () -> {
            AccountSettings s = account.get();
            String subject = messages.get("support.mail.subject", s.name());
            opener.open(support.uri(subject, messages.get("support.mail.body", s.name(), s.partnerId())),
                    () -> SupportAddressDialog.show(owner.get(), messages, support, subject));
        };
        Runnable about = () -> dialogs.ask(owner.get(), new Dialogs.Question(messages.get("about.title"),
                messages.get("about.header", AppVersion.text()), messages.get("about.content"),
                List.of(Dialogs.Choice.safe(messages.get("about.close"), "aboutCloseButton"))));
        return new MainMenu.Help(contact, about);
    }
}
