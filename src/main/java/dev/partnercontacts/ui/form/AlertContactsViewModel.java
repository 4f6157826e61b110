package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.PortalUser;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The alert contacts: which of the account's portal users receive alerts. It follows the
 * account's users — a list that lives as long as the workspace — through a copy of its own, so
 * that the form and its view hang on nothing longer-lived than themselves; {@link #dispose()}
 * stops following. Before, a listener on the workspace's list kept every gate ever opened, with
 * its whole scene graph (~8 MB each).
 */
public final class AlertContactsViewModel {

    private final ObservableList<PortalUser> users = FXCollections.observableArrayList();
    private final ObservableList<PortalUser> usersView = FXCollections.unmodifiableObservableList(users);
    private final ObservableList<Long> chosen = FXCollections.observableArrayList();
    private Subscription following;

    /**
     * @param accountUsers the account's portal users (the workspace's list, read-only)
     * @param edited       runs after the choice changed
     * @param usersChanged runs after the account's users changed (the choice keeps only those that remain)
     */
    AlertContactsViewModel(ObservableList<PortalUser> accountUsers, Runnable edited, Runnable usersChanged) {
        users.setAll(accountUsers);
        chosen.addListener((ListChangeListener<Long>) c -> edited.run());
        ListChangeListener<PortalUser> follow = c -> {
            users.setAll(accountUsers);
            chosen.removeIf(id -> users.stream().noneMatch(u -> u.id() == id));
            usersChanged.run();
        };
        accountUsers.addListener(follow);
        following = () -> accountUsers.removeListener(follow);
    }

    /** The account's portal users, in the order they were added. */
    public ObservableList<PortalUser> users() {
        return usersView;
    }

    /** The ids of the users who receive alerts. */
    public ObservableList<Long> chosen() {
        return chosen;
    }

    public void choose(long userId, boolean receivesAlerts) {
        if (receivesAlerts && !chosen.contains(userId)) {
            chosen.add(userId);
        } else if (!receivesAlerts) {
            chosen.remove(userId);
        }
    }

    void load(List<Long> ids) {
        chosen.setAll(ids);
    }

    /** Stops following the account's users; the choice stays as it is. */
    public void dispose() {
        following.unsubscribe();
        following = Subscription.EMPTY;
    }
}
